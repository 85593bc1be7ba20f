using Lantoa.Domain.Text;

namespace Lantoa.Domain.Quizzes;

/// <summary>Where a question stands in the bank: written, sent for review (thẩm định), approved for papers.</summary>
public enum QuestionStatus { Written, InReview, Approved, Rejected }

/// <summary>How hard a question is; papers draw by topic and difficulty quotas.</summary>
public enum Difficulty { Easy = 1, Medium = 2, Hard = 3 }

/// <summary>One option of a question; <see cref="Key"/> is its letter in the writers' form (A, B, …).</summary>
public sealed record QuestionOption(string Key, string Text, bool Correct);

/// <summary>
/// A multiple-choice question of a province's bank: 2–6 options, one correct (single) or at least one (multiple), a
/// topic, a difficulty, the source it tests (a law, a document) and an explanation. Who wrote and who reviewed it is
/// kept, since the budget pays per question written and per question reviewed.
/// </summary>
public sealed class Question
{
    public const int MinOptions = 2;
    public const int MaxOptions = 6;

    public Question(string text, IReadOnlyList<QuestionOption> options, bool multiple, string topic, Difficulty difficulty,
        string? source = null, string? explanation = null)
    {
        var problems = Problems(text, options, multiple);
        if (problems.Count > 0) throw new DomainException(problems[0]);
        Text = VietnameseText.Normalize(text.Trim());
        Options = options;
        Multiple = multiple;
        Topic = string.IsNullOrWhiteSpace(topic) ? "Chung" : VietnameseText.Normalize(topic.Trim());
        Difficulty = difficulty;
        Source = source;
        Explanation = explanation;
    }

    public string Text { get; }
    public IReadOnlyList<QuestionOption> Options { get; }
    public bool Multiple { get; }
    public string Topic { get; }
    public Difficulty Difficulty { get; }
    public string? Source { get; }
    public string? Explanation { get; }

    /// <summary>The keys of the correct options, in order.</summary>
    public IReadOnlyList<string> CorrectKeys => [.. Options.Where(o => o.Correct).Select(o => o.Key)];

    /// <summary>What is wrong with a question, in Vietnamese (empty when it is fine).</summary>
    public static IReadOnlyList<string> Problems(string? text, IReadOnlyList<QuestionOption> options, bool multiple)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) problems.Add("Câu hỏi chưa có nội dung.");
        if (options.Count < MinOptions) problems.Add($"Câu hỏi cần ít nhất {MinOptions} phương án (có {options.Count}).");
        if (options.Count > MaxOptions) problems.Add($"Câu hỏi có tối đa {MaxOptions} phương án (có {options.Count}).");
        if (options.Any(o => string.IsNullOrWhiteSpace(o.Text))) problems.Add("Có phương án trả lời để trống.");
        var correct = options.Count(o => o.Correct);
        if (correct == 0) problems.Add("Câu hỏi chưa có đáp án.");
        else if (!multiple && correct > 1)
            problems.Add($"Câu hỏi một đáp án nhưng có {correct} đáp án được đánh dấu ({string.Join(", ", options.Where(o => o.Correct).Select(o => o.Key))}).");
        var same = options.GroupBy(o => VietnameseText.FoldKey(o.Text)).FirstOrDefault(g => g.Key.Length > 0 && g.Count() > 1);
        if (same is not null) problems.Add($"Các phương án {string.Join(", ", same.Select(o => o.Key))} trùng nội dung.");
        return problems;
    }

    /// <summary>The key near-duplicates share: text folded (no diacritics, case, punctuation or spacing).</summary>
    public static string DuplicateKey(string text) => VietnameseText.FoldKey(text);
}
