namespace Lantoa.Domain.Quizzes;

/// <summary>A question of a paper as scored: its correct option ids.</summary>
public sealed record ScoredQuestion(long QuestionId, IReadOnlySet<long> CorrectOptionIds);

/// <summary>The result of an attempt: questions answered exactly right, out of how many.</summary>
public sealed record QuizScore(int Correct, int Total)
{
    public bool AllCorrect => Total > 0 && Correct == Total;
}

/// <summary>
/// A question counts when the chosen options are exactly its correct options (for a multiple-answer question: all of
/// them and none other); an unanswered question counts nothing. The score is the number of correct questions.
/// </summary>
public static class QuizScoring
{
    public static QuizScore Score(IReadOnlyList<ScoredQuestion> paper, IReadOnlyDictionary<long, IReadOnlyCollection<long>> answers)
    {
        var correct = paper.Count(q => answers.TryGetValue(q.QuestionId, out var chosen) && chosen.Count == q.CorrectOptionIds.Count
                                       && chosen.All(q.CorrectOptionIds.Contains));
        return new QuizScore(correct, paper.Count);
    }
}
