namespace Lantoa.Domain.Quizzes;

/// <summary>A question of the bank as papers draw it: its id, topic, difficulty and option ids.</summary>
public sealed record BankItem(long Id, string Topic, Difficulty Difficulty, IReadOnlyList<long> OptionIds);

/// <summary>How many questions of a topic (null = any) and difficulty (null = any) a paper takes.</summary>
public sealed record PaperQuota(string? Topic, Difficulty? Difficulty, int Count);

/// <summary>A drawn question: its id and its options in the order this entrant sees them.</summary>
public sealed record PaperQuestion(long QuestionId, IReadOnlyList<long> OptionOrder);

/// <summary>
/// Draws an entrant's paper from the approved bank: each quota in turn takes that many questions not yet taken, at
/// random; what the quotas leave of <c>count</c> comes from the rest of the bank. The questions and each question's
/// options are shuffled, so neighbours do not share a paper's order.
/// </summary>
public static class QuizPaper
{
    public static IReadOnlyList<PaperQuestion> Draw(IReadOnlyList<BankItem> bank, IReadOnlyList<PaperQuota> quotas, int count, Random random)
    {
        if (count <= 0) throw new DomainException("Đề thi phải có ít nhất một câu hỏi.");
        if (quotas.Sum(q => q.Count) > count) throw new DomainException($"Tổng số câu theo cơ cấu đề ({quotas.Sum(q => q.Count)}) vượt quá số câu của đề ({count}).");
        if (bank.Count < count) throw new DomainException($"Ngân hàng chỉ có {bank.Count} câu đã duyệt, chưa đủ {count} câu cho một đề.");
        var taken = new HashSet<long>();
        var chosen = new List<BankItem>();
        foreach (var quota in quotas)
        {
            var pool = bank.Where(b => !taken.Contains(b.Id)
                && (quota.Topic is null || string.Equals(b.Topic, quota.Topic, StringComparison.OrdinalIgnoreCase))
                && (quota.Difficulty is null || b.Difficulty == quota.Difficulty)).ToList();
            if (pool.Count < quota.Count)
                throw new DomainException($"Ngân hàng chỉ có {pool.Count} câu đã duyệt thuộc chủ đề \"{quota.Topic ?? "bất kỳ"}\", mức độ {(quota.Difficulty is { } d ? QuestionBankText.LevelName(d) : "bất kỳ")}; cơ cấu đề cần {quota.Count}.");
            foreach (var item in Take(pool, quota.Count, random)) { taken.Add(item.Id); chosen.Add(item); }
        }
        var rest = bank.Where(b => !taken.Contains(b.Id)).ToList();
        chosen.AddRange(Take(rest, count - chosen.Count, random));
        var order = chosen.ToArray();
        random.Shuffle(order);
        return [.. order.Select(q => { var o = q.OptionIds.ToArray(); random.Shuffle(o); return new PaperQuestion(q.Id, o); })];
    }

    private static IEnumerable<BankItem> Take(List<BankItem> pool, int n, Random random)
    {
        var a = pool.ToArray();
        random.Shuffle(a);
        return a.Take(n);
    }
}
