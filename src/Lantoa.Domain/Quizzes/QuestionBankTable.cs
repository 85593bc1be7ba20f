using System.Text;
using Lantoa.Domain.Text;

namespace Lantoa.Domain.Quizzes;

/// <summary>
/// The table form of a question bank (a Word table or an Excel sheet): a header row naming the columns — "STT"/"Câu"
/// (the number), "Câu hỏi"/"Nội dung", one column per option ("A", "B" … or "Phương án A" …), "Đáp án", and optionally
/// "Chủ đề", "Mức độ", "Nguồn", "Giải thích", "Loại" — then one question a row. The rows are turned into the writers'
/// text form, so <see cref="QuestionBankText"/> checks them and reports problems by question number (the "STT" column,
/// or the row's place when there is none).
/// </summary>
public static class QuestionBankTable
{
    /// <summary>True when <paramref name="row"/> names a question column and at least two option columns.</summary>
    public static bool IsHeader(IReadOnlyList<string?> row) => Columns(row) is { Text: >= 0, Options.Count: >= 2 };

    /// <summary>The writers' text of the rows after the first header row; null when no row is a header.</summary>
    public static string? ToText(IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        var start = -1;
        for (var i = 0; i < rows.Count && start < 0; i++) if (IsHeader(rows[i])) start = i;
        if (start < 0) return null;
        var c = Columns(rows[start]);
        var text = new StringBuilder();
        var place = 0;
        for (var i = start + 1; i < rows.Count; i++)
        {
            var row = rows[i];
            string Cell(int index) => index >= 0 && index < row.Count ? Flat(row[index]) : "";
            var question = Cell(c.Text);
            var options = c.Options.Select(o => (o.Key, Text: Cell(o.Index))).Where(o => o.Text.Length > 0).ToList();
            if (question.Length == 0 && options.Count == 0) continue;
            place++;
            var number = int.TryParse(Cell(c.Number).TrimEnd('.'), out var n) && n > 0 ? n : place;
            text.Append("Câu ").Append(number).Append(": ").Append(question);
            if (c.Kind >= 0 && VietnameseText.Fold(Cell(c.Kind)).Contains("nhieu", StringComparison.Ordinal)) text.Append(" (nhiều đáp án)");
            text.Append('\n');
            foreach (var (key, option) in options) text.Append(key).Append(". ").Append(option).Append('\n');
            if (Cell(c.Answer) is { Length: > 0 } answer) text.Append("Đáp án: ").Append(answer).Append('\n');
            if (Cell(c.Topic) is { Length: > 0 } topic) text.Append("Chủ đề: ").Append(topic).Append('\n');
            if (Cell(c.Level) is { Length: > 0 } level) text.Append("Mức độ: ").Append(level).Append('\n');
            if (Cell(c.Source) is { Length: > 0 } source) text.Append("Nguồn: ").Append(source).Append('\n');
            if (Cell(c.Explanation) is { Length: > 0 } why) text.Append("Giải thích: ").Append(why).Append('\n');
            text.Append('\n');
        }
        return text.ToString();
    }

    private sealed record Map(int Number, int Text, List<(string Key, int Index)> Options, int Answer, int Topic, int Level, int Source, int Explanation, int Kind);

    private static Map Columns(IReadOnlyList<string?> row)
    {
        int number = -1, text = -1, answer = -1, topic = -1, level = -1, source = -1, explanation = -1, kind = -1;
        var options = new List<(string, int)>();
        for (var i = 0; i < row.Count; i++)
        {
            var h = VietnameseText.FoldKey(row[i] ?? "");
            switch (h)
            {
                case "stt" or "tt" or "so tt" or "cau" or "so cau" or "cau so": number = number < 0 ? i : number; continue;
                case "cau hoi" or "noi dung" or "noi dung cau hoi": text = text < 0 ? i : text; continue;
                case "dap an" or "dap an dung": answer = i; continue;
                case "chu de": topic = i; continue;
                case "muc do": level = i; continue;
                case "nguon" or "can cu": source = i; continue;
                case "giai thich": explanation = i; continue;
                case "loai" or "loai cau hoi": kind = i; continue;
            }
            var key = h.StartsWith("phuong an ", StringComparison.Ordinal) ? h["phuong an ".Length..] : h;
            if (key.Length == 1 && key[0] is >= 'a' and <= 'f') options.Add((key.ToUpperInvariant(), i));
        }
        return new Map(number, text, options, answer, topic, level, source, explanation, kind);
    }

    private static string Flat(string? cell) => string.Join(' ', (cell ?? "").Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim())).Trim();
}

/// <summary>
/// Near-duplicates that are not the same text without diacritics (those <see cref="QuestionBankText"/> refuses): two
/// questions whose folded words overlap by at least <see cref="Threshold"/> (Jaccard), e.g. one word changed or added.
/// A warning for the writer and the reviewer, not a refusal.
/// </summary>
public static class QuestionSimilarity
{
    public const double Threshold = 0.8;

    public static double Similarity(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        return (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    /// <summary>For each new question (by number), the first existing or earlier new text it nearly repeats.</summary>
    public static IReadOnlyList<(int Number, string Similar)> Find(IReadOnlyList<NumberedQuestion> questions, IEnumerable<string> existing)
    {
        var known = existing.Select(t => (Text: t, Words: Words(t))).ToList();
        var result = new List<(int, string)>();
        foreach (var q in questions)
        {
            var words = Words(q.Question.Text);
            var hit = known.FirstOrDefault(k => k.Words.Count > 0 && words.Count > 0
                && (double)words.Intersect(k.Words).Count() / words.Union(k.Words).Count() >= Threshold);
            if (hit.Text is not null) result.Add((q.Number, hit.Text));
            known.Add((q.Question.Text, words));
        }
        return result;
    }

    private static HashSet<string> Words(string text) =>
        [.. VietnameseText.Fold(text).Split([' ', ',', '.', '?', ':', ';', '!', '"', '(', ')', '-', '–', '/'], StringSplitOptions.RemoveEmptyEntries)];
}
