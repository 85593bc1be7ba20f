using System.Text.RegularExpressions;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Text;

namespace Lantoa.Domain.Quizzes;

/// <summary>A question read from a bank file, by its number in the file ("Câu 12").</summary>
public sealed record NumberedQuestion(int Number, Question Question);

/// <summary>What a bank file gave: the questions that are fine, and every problem by question number.</summary>
public sealed record BankReading(IReadOnlyList<NumberedQuestion> Questions, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}

/// <summary>
/// Reads the writers' text form of a question bank (as typed in Word or pasted from it):
/// <code>
/// Câu 1: Luật An ninh mạng được Quốc hội thông qua năm nào?
/// A. 2015
/// B. 2018
/// Đáp án: B
/// </code>
/// A question may say it has several answers ("(nhiều đáp án)" or "(chọn nhiều đáp án)" after its text, or a line
/// "Loại: nhiều đáp án"); otherwise it has one. The answer is the "Đáp án:" line ("A, C" for several) or options marked
/// with "*" ("*B. …"). Optional lines: "Chủ đề:", "Mức độ: Dễ | Trung bình | Khó", "Nguồn:", "Giải thích:". Every problem
/// is reported with its question number; duplicates are found without regard to diacritics, case or punctuation,
/// within the file and against the bank it goes into.
/// </summary>
public static partial class QuestionBankText
{
    [GeneratedRegex(@"^\s*(?:Câu|Cau)\s*(\d{1,5})\s*[:.)\-–]\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionLine();

    [GeneratedRegex(@"^\s*(\*?)\s*([A-Fa-f])\s*[.)]\s*(\*?)\s*(.*)$")]
    private static partial Regex OptionLine();

    [GeneratedRegex(@"^\s*(Đáp án|Dap an|Đáp án đúng)\s*[:.]\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerLine();

    [GeneratedRegex(@"^\s*(Chủ đề|Mức độ|Nguồn|Giải thích|Loại)\s*:\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex MetaLine();

    [GeneratedRegex(@"\(\s*(?:chọn\s+)?nhiều\s+đáp\s+án\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex MultipleMark();

    private sealed class Block
    {
        public int Number;
        public int Line;
        public string Text = "";
        public readonly List<(string Key, string Text, bool Marked)> Options = [];
        public string? Answer;
        public bool Multiple;
        public string? Topic, Level, Source, Explanation;
    }

    public static BankReading Read(string text, IEnumerable<string>? existingTexts = null, string defaultTopic = "Chung")
    {
        var blocks = new List<Block>();
        var findings = new List<Finding>();
        Block? current = null;
        string? lastField = null;
        var lines = (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = VietnameseText.Normalize(lines[i]).Trim();
            if (line.Length == 0) continue;
            if (QuestionLine().Match(line) is { Success: true } q)
            {
                current = new Block { Number = int.Parse(q.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Line = i + 1, Text = q.Groups[2].Value.Trim() };
                blocks.Add(current);
                lastField = "text";
                continue;
            }
            if (current is null)
            {
                findings.Add(new Finding(Severity.Warning, "bank-stray-line", $"Dòng {i + 1} nằm ngoài mọi câu hỏi và được bỏ qua: \"{Short(line)}\".", $"dòng {i + 1}", i + 1));
                continue;
            }
            if (AnswerLine().Match(line) is { Success: true } a) { current.Answer = a.Groups[2].Value.Trim(); lastField = null; continue; }
            if (MetaLine().Match(line) is { Success: true } m)
            {
                var value = m.Groups[2].Value.Trim();
                switch (VietnameseText.Fold(m.Groups[1].Value))
                {
                    case "chu de": current.Topic = value; break;
                    case "muc do": current.Level = value; break;
                    case "nguon": current.Source = value; break;
                    case "giai thich": current.Explanation = value; lastField = "explanation"; continue;
                    case "loai": if (VietnameseText.Fold(value).Contains("nhieu", StringComparison.Ordinal)) current.Multiple = true; break;
                }
                lastField = null;
                continue;
            }
            if (OptionLine().Match(line) is { Success: true } o && (current.Options.Count > 0 || lastField == "text"))
            {
                current.Options.Add((o.Groups[2].Value.ToUpperInvariant(), o.Groups[4].Value.Trim(), o.Groups[1].Value == "*" || o.Groups[3].Value == "*"));
                lastField = "option";
                continue;
            }
            // A continuation line of the question's text, of the last option or of the explanation.
            switch (lastField)
            {
                case "text": current.Text += " " + line; break;
                case "option": var last = current.Options[^1]; current.Options[^1] = (last.Key, last.Text + " " + line, last.Marked); break;
                case "explanation": current.Explanation += " " + line; break;
                default: findings.Add(new Finding(Severity.Warning, "bank-stray-line", $"Câu {current.Number}: dòng {i + 1} không hiểu được và được bỏ qua: \"{Short(line)}\".", $"Câu {current.Number}", i + 1)); break;
            }
        }

        if (blocks.Count == 0)
            findings.Add(new Finding(Severity.Error, "bank-empty", "Không tìm thấy câu hỏi nào (mỗi câu bắt đầu bằng \"Câu 1:\", \"Câu 2:\" …)."));

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var existing = new HashSet<string>((existingTexts ?? []).Select(Question.DuplicateKey), StringComparer.Ordinal);
        var numbers = new HashSet<int>();
        var questions = new List<NumberedQuestion>();
        foreach (var b in blocks)
        {
            var where = $"Câu {b.Number}";
            void Error(string code, string message) => findings.Add(new Finding(Severity.Error, code, $"{where}: {message}", where, b.Line));
            if (!numbers.Add(b.Number)) Error("bank-number-repeated", "số thứ tự câu bị lặp lại.");
            if (MultipleMark().IsMatch(b.Text)) { b.Multiple = true; b.Text = MultipleMark().Replace(b.Text, "").Trim(); }
            var keys = b.Options.Select(o => o.Key).ToList();
            if (keys.Distinct().Count() != keys.Count) Error("bank-option-repeated", "có phương án trùng chữ cái.");
            HashSet<string> correct;
            if (b.Answer is not null)
            {
                correct = [.. b.Answer.Split([',', ';', ' ', '/', '&'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim('.', ')').ToUpperInvariant())];
                var unknown = correct.Where(k => !keys.Contains(k)).ToList();
                if (unknown.Count > 0) { Error("bank-answer-unknown", $"đáp án \"{b.Answer}\" không phải phương án của câu (có {string.Join(", ", keys)})."); continue; }
            }
            else correct = [.. b.Options.Where(o => o.Marked).Select(o => o.Key)];

            var options = b.Options.Select(o => new QuestionOption(o.Key, o.Text, correct.Contains(o.Key))).ToList();
            var problems = Question.Problems(b.Text, options, b.Multiple);
            if (problems.Count > 0)
            {
                foreach (var p in problems) Error(Code(p), VietnameseText.LowerFirst(p));
                continue;
            }
            var level = ParseLevel(b.Level);
            if (level is null) { Error("bank-level", $"mức độ \"{b.Level}\" không hiểu được (Dễ, Trung bình hoặc Khó)."); continue; }
            var question = new Question(b.Text, options, b.Multiple, b.Topic ?? defaultTopic, level.Value, b.Source, b.Explanation);
            var key = Question.DuplicateKey(question.Text);
            if (seen.TryGetValue(key, out var first)) { Error("bank-duplicate", $"trùng với Câu {first} (không kể dấu, hoa thường)."); continue; }
            if (existing.Contains(key)) { Error("bank-duplicate-existing", "đã có trong ngân hàng câu hỏi (không kể dấu, hoa thường)."); continue; }
            seen[key] = b.Number;
            questions.Add(new NumberedQuestion(b.Number, question));
        }
        return new BankReading(questions, findings);
    }

    /// <summary>"Dễ", "Trung bình", "Khó" (or 1–3), none = medium; null when unreadable.</summary>
    public static Difficulty? ParseLevel(string? text) => string.IsNullOrWhiteSpace(text) ? Difficulty.Medium : VietnameseText.FoldKey(text) switch
    {
        "de" or "1" or "nhan biet" => Difficulty.Easy,
        "trung binh" or "2" or "thong hieu" => Difficulty.Medium,
        "kho" or "3" or "van dung" => Difficulty.Hard,
        _ => null,
    };

    public static string LevelName(Difficulty d) => d switch { Difficulty.Easy => "Dễ", Difficulty.Hard => "Khó", _ => "Trung bình" };

    private static string Code(string problem) =>
        problem.Contains("chưa có đáp án", StringComparison.Ordinal) ? "bank-no-answer"
        : problem.Contains("một đáp án", StringComparison.Ordinal) ? "bank-two-answers"
        : problem.Contains("phương án", StringComparison.Ordinal) ? "bank-options"
        : "bank-question";

    private static string Short(string s) => s.Length <= 60 ? s : s[..57] + "…";
}
