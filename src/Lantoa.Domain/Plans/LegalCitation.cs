using System.Text.RegularExpressions;
using Lantoa.Domain.Dates;

namespace Lantoa.Domain.Plans;

/// <summary>
/// One document cited in a plan's legal bases: "Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia".
/// </summary>
/// <param name="Text">The citation as written, without the "Căn cứ"/"Thực hiện" lead-in.</param>
/// <param name="DocumentType">"Quyết định", "Công văn", "Luật" …</param>
/// <param name="Symbol">"505/QĐ-TTg"; null when the citation gives none.</param>
/// <param name="Date">The date the document was issued.</param>
/// <param name="Issuer">"Thủ tướng Chính phủ", "UBND tỉnh", "Ban Thường vụ Tỉnh ủy"; "Quốc hội" for a law.</param>
/// <param name="Subject">What it is about: the words after "về"/"về việc", or the verb phrase ("phê duyệt …", "thực hiện …"), or a law's name.</param>
public sealed partial record LegalCitation(string Text, string? DocumentType, DocumentSymbol? Symbol, DateOnly? Date, string? Issuer, string? Subject)
{
    private static readonly string[] DocumentTypes =
    [
        "Thông tư liên tịch", "Nghị quyết", "Nghị định", "Quyết định", "Công văn", "Công điện", "Chương trình", "Kế hoạch",
        "Thông tư", "Bộ luật", "Luật", "Chỉ thị", "Tờ trình", "Thông báo", "Hướng dẫn", "Báo cáo", "Kết luận", "Pháp lệnh",
        "Đề án", "Quy chế", "Quy định", "Hiến pháp", "Văn bản",
    ];

    /// <summary>
    /// Splits a legal-basis paragraph (or a list of them, one per line) into one citation per cited document.
    /// A new citation starts at a line start (after "Căn cứ", "Thực hiện", "Theo đề nghị của … tại") or after ";";
    /// a document named inside a subject stays part of that subject. Parts that do not start with a capitalised document type
    /// ("Quyết định", not "kế hoạch này") are skipped.
    /// </summary>
    public static IReadOnlyList<LegalCitation> ParseAll(string paragraph)
    {
        var citations = new List<LegalCitation>();
        foreach (var line in (paragraph ?? "").Split('\n'))
            foreach (var part in PlanText.Clean(line).Split(';'))
                if (ParseOne(part) is { } citation)
                    citations.Add(citation);
        return citations;
    }

    private static LegalCitation? ParseOne(string part)
    {
        var text = part.Trim().TrimEnd('.', ',', ':', ' ');
        var intro = LeadIn().Match(text);
        var type = TypeWord().Match(text, intro.Length);
        if (!type.Success || !char.IsUpper(text[type.Index])) return null;
        var citationText = text[type.Index..];
        var pos = type.Index + type.Length;

        DocumentSymbol? symbol = null;
        if (SymbolAfterType().Match(text, pos) is { Success: true } sym && DocumentSymbol.TryParse(sym.Groups["symbol"].Value, out symbol))
            pos = sym.Index + sym.Length;

        var headEnd = HeadEnd().Match(text, pos) is { Success: true } end ? end.Index : text.Length;
        var head = text[pos..headEnd];
        var date = ReadDate(head);
        var name = DateWords().Replace(Parenthesis().Replace(head, ""), "").Trim(' ', ',');
        if (Parenthesis().Match(head) is { Success: true } note)
        {
            if (symbol is null && NumberedSymbol().Match(note.Groups["inner"].Value) is { Success: true } inner)
                DocumentSymbol.TryParse(inner.Groups["symbol"].Value, out symbol);
            date ??= ReadDate(note.Groups["inner"].Value);
        }

        pos = headEnd;
        string? issuer = null;
        if (IssuedBy().Match(text, pos) is { Success: true } by)
        {
            issuer = by.Groups["issuer"].Value;
            pos = by.Index + by.Length;
        }
        else if (intro.Groups["proposer"].Success)
        {
            issuer = intro.Groups["proposer"].Value;
        }
        else if (symbol?.Issuer.StartsWith("QH", StringComparison.Ordinal) == true)
        {
            issuer = "Quốc hội";
        }

        var rest = About().Replace(text[pos..].Trim(), "");
        var subject = rest.Length > 0 ? rest : name.Length > 0 ? name : null;
        return new LegalCitation(citationText, Canonical(type.Value), symbol, date, issuer, subject);
    }

    private static string Canonical(string typeWord) =>
        DocumentTypes.First(t => string.Equals(t, typeWord, StringComparison.OrdinalIgnoreCase));

    private static DateOnly? ReadDate(string text)
    {
        if (DateWords().Match(text) is not { Success: true } m) return null;
        var start = TimeWindowParser.Parse(m.Value).Window.Start;
        return start is { Precision: DatePrecision.Day } day ? day.FirstDay : null;
    }

    private const string CommitteeWord = "(?:Ủy|Uỷ|ủy|uỷ|UỶ)";
    private const string SubjectStart = "về|phê duyệt|ban hành|thực hiện|triển khai|quy định|hướng dẫn|sửa đổi|bổ sung|tại";
    private const string Place = @"\p{Lu}\p{Ll}*(?:(?:\s+|\s*-\s*)\p{Lu}\p{Ll}*)+";
    private const string NameEnd = @"(?=\s+(?:" + SubjectStart + @"|ngày)(?!\p{L})|\s*[,;(.:]|\s*$)";

    /// <summary>"Căn cứ", "Thực hiện", "Theo đề nghị của &lt;proposer&gt; tại", a list number or bullet.</summary>
    [GeneratedRegex(@"^(?:(?:[0-9]+[.)]|[-+•])\s*)?(?:(?i:căn cứ(?: vào)?|thực hiện|tiếp theo|theo đề nghị của\s+(?<proposer>.+?)\s+tại|theo)\s+)?")]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\G(?i:thông tư liên tịch|nghị quyết|nghị định|quyết định|công văn|công điện|chương trình|kế hoạch|thông tư|bộ luật|luật|chỉ thị|tờ trình|thông báo|hướng dẫn|báo cáo|kết luận|pháp lệnh|đề án|quy chế|quy định|hiến pháp|văn bản)(?!\p{L})")]
    private static partial Regex TypeWord();

    /// <summary>"số 505/QĐ-TTg", "số /KH-UBND", "21-NQ/TU", "số 11789/QĐ- UBND".</summary>
    [GeneratedRegex(@"\G\s*(?:(?i:số)\s*:?\s*)?(?<symbol>[\p{L}0-9]*(?:\s?[/-]\s?[\p{L}0-9]+)+)")]
    private static partial Regex SymbolAfterType();

    [GeneratedRegex(@"(?i:số)\s*:?\s*(?<symbol>[\p{L}0-9]*(?:\s?[/-]\s?[\p{L}0-9]+)+)")]
    private static partial Regex NumberedSymbol();

    /// <summary>Where the part about the document itself (date, a law's name, a parenthesis) ends: "của" or the subject.</summary>
    [GeneratedRegex(@"\s+(?:của|" + SubjectStart + @")(?!\p{L})")]
    private static partial Regex HeadEnd();

    [GeneratedRegex(@"(?i:ngày)\s+[0-9]{1,2}(?:[/.-][0-9]{1,2}[/.-][0-9]{4}|\s+(?i:tháng)\s+[0-9]{1,2}\s+(?i:năm)\s+[0-9]{4})")]
    private static partial Regex DateWords();

    [GeneratedRegex(@"\((?<inner>[^()]*)\)")]
    private static partial Regex Parenthesis();

    /// <summary>"của Thủ tướng Chính phủ", "của UBND tỉnh", "của Tỉnh ủy Tiền Giang", "của Bộ trưởng Bộ Thông tin và Truyền thông".</summary>
    [GeneratedRegex(
        @"\G\s+của\s+(?<issuer>" +
        @"(?:(?:Chủ tịch|Phó Chủ tịch|Bộ trưởng|Thứ trưởng|Giám đốc|Thủ trưởng|Ban Thường vụ|Ban Chấp hành|Thường trực|Văn phòng)\s+)?" +
        @"(?:Thủ tướng Chính phủ|Chính phủ|Quốc hội|" + CommitteeWord + @" ban Thường vụ Quốc hội|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?" +
        @"|(?:Tỉnh|Thành|Huyện|Đảng) " + CommitteeWord + @"(?:\s+" + Place + ")?" +
        @"|(?:UBND|HĐND|" + CommitteeWord + @" ban nhân dân|Hội đồng nhân dân)(?:\s+(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn))?(?:\s+" + Place + ")?" +
        @"|[^\s,;()]+(?:\s+[^\s,;()]+){0,9}?" + NameEnd + @"))(?!\p{L})")]
    private static partial Regex IssuedBy();

    [GeneratedRegex(@"^về(?: việc)?\s+")]
    private static partial Regex About();
}
