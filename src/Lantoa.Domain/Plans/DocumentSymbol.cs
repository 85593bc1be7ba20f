using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Lantoa.Domain.Plans;

/// <summary>
/// The number and symbol (số, ký hiệu) of an administrative document, per Decree 30/2020/NĐ-CP:
/// "505/QĐ-TTg" (number/TYPE-ISSUER), "13/2023/NĐ-CP" and "20/2023/QH15" (with the year, for legal normative documents),
/// "3240/BTTTT-CĐSQG" (a công văn: ISSUER-DRAFTING UNIT, no type), "08-NQ/TU" (Party style: number-TYPE/ISSUER),
/// "/KH-UBND" (a draft, number left blank).
/// </summary>
/// <param name="Number">The number as written ("06", "3288"); null when left blank in a draft.</param>
/// <param name="Year">The year of a legal normative document ("13/2023/NĐ-CP").</param>
/// <param name="TypeCode">"QĐ", "KH", "NQ", "CTr" …; null for a công văn or a law.</param>
/// <param name="Issuer">"TTg", "UBND", "BTTTT", "QH15", "TU".</param>
/// <param name="PartyStyle">Written the Communist Party way: "08-NQ/TU".</param>
public sealed partial record DocumentSymbol(string? Number, int? Year, string? TypeCode, string Issuer, bool PartyStyle)
{
    /// <summary>The drafting unit of a công văn: "CĐSQG" in "3240/BTTTT-CĐSQG".</summary>
    public string? DraftingUnit { get; init; }

    /// <summary>Type codes of Decree 30/2020 (Appendix III) and of Party documents, with their names.</summary>
    private static readonly Dictionary<string, (string Code, string Name)> Types = new (string Code, string Name)[]
    {
        ("NQ", "Nghị quyết"),
        ("NĐ", "Nghị định"),
        ("QĐ", "Quyết định"),
        ("CT", "Chỉ thị"),
        ("TT", "Thông tư"),
        ("TTLT", "Thông tư liên tịch"),
        ("QC", "Quy chế"),
        ("QyĐ", "Quy định"),
        ("TB", "Thông báo"),
        ("HD", "Hướng dẫn"),
        ("CTr", "Chương trình"),
        ("KH", "Kế hoạch"),
        ("PA", "Phương án"),
        ("ĐA", "Đề án"),
        ("DA", "Dự án"),
        ("BC", "Báo cáo"),
        ("BB", "Biên bản"),
        ("TTr", "Tờ trình"),
        ("HĐ", "Hợp đồng"),
        ("CĐ", "Công điện"),
        ("BGN", "Bản ghi nhớ"),
        ("BTT", "Bản thỏa thuận"),
        ("GUQ", "Giấy ủy quyền"),
        ("GM", "Giấy mời"),
        ("GGT", "Giấy giới thiệu"),
        ("GNP", "Giấy nghỉ phép"),
        ("PG", "Phiếu gửi"),
        ("PC", "Phiếu chuyển"),
        ("PB", "Phiếu báo"),
        ("KL", "Kết luận"),
        ("CV", "Công văn"),
        ("PL", "Pháp lệnh"),
    }.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The kind of document the symbol names: "Quyết định" for QĐ …; "Luật" for a National Assembly symbol with a year
    /// ("20/2023/QH15" — its resolutions look the same); "Công văn" when there is no type code; null when unknown.
    /// </summary>
    public string? TypeName =>
        TypeCode is not null ? Types[TypeCode].Name
        : Year is not null && Issuer.StartsWith("QH", StringComparison.OrdinalIgnoreCase) ? "Luật"
        : Year is null && !PartyStyle ? "Công văn"
        : null;

    /// <summary>Reads a symbol, with or without a leading "Số:"; tolerates stray spaces ("11789/QĐ- UBND") and any case of the type code.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DocumentSymbol? symbol)
    {
        symbol = null;
        var s = NumberLabel().Replace(PlanText.Clean(text), "").Replace('–', '-');
        s = SpacedSeparator().Replace(s, "$1");
        if (PartyForm().Match(s) is { Success: true } party)
        {
            if (!Types.TryGetValue(party.Groups["type"].Value, out var partyType)) return false;
            symbol = new DocumentSymbol(NumberOf(party), null, partyType.Code, party.Groups["issuer"].Value, true);
            return true;
        }
        var state = StateForm().Match(s);
        if (!state.Success) return false;
        int? year = state.Groups["year"].Success ? int.Parse(state.Groups["year"].ValueSpan, CultureInfo.InvariantCulture) : null;
        if (year is < 1945 or > 2200) return false;
        var head = state.Groups["head"].Value;
        var tail = state.Groups["tail"].Success ? state.Groups["tail"].Value : null;
        if (Types.TryGetValue(head, out var type))
        {
            if (tail is null) return false;
            symbol = new DocumentSymbol(NumberOf(state), year, type.Code, tail, false);
        }
        else
        {
            symbol = new DocumentSymbol(NumberOf(state), year, null, head, false) { DraftingUnit = tail };
        }
        return true;
    }

    /// <summary>Like <see cref="TryParse"/>, but throws <see cref="FormatException"/> when the text is not a symbol.</summary>
    public static DocumentSymbol Parse(string text) =>
        TryParse(text, out var symbol) ? symbol : throw new FormatException($"Số, ký hiệu văn bản không hợp lệ: \"{text}\".");

    /// <summary>The canonical form: "505/QĐ-TTg", "13/2023/NĐ-CP", "3240/BTTTT-CĐSQG", "08-NQ/TU", "/KH-UBND".</summary>
    public override string ToString() =>
        PartyStyle
            ? $"{Number}-{TypeCode}/{Issuer}"
            : $"{Number}/{(Year is { } y ? $"{y}/" : "")}{(TypeCode is { } t ? $"{t}-" : "")}{Issuer}{(DraftingUnit is { } d ? $"-{d}" : "")}";

    private static string? NumberOf(Match m) => m.Groups["number"].Length == 0 ? null : m.Groups["number"].Value;

    private const string Code = @"\p{L}[\p{L}0-9&]*";

    [GeneratedRegex(@"^s[ốo]\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLabel();

    [GeneratedRegex(@"\s*([/-])\s*")]
    private static partial Regex SpacedSeparator();

    /// <summary>"08-NQ/TU", "-NQ/TU".</summary>
    [GeneratedRegex(@"^(?<number>[0-9]{0,7})-(?<type>\p{L}+)/(?<issuer>" + Code + "(?:-" + Code + ")*)$")]
    private static partial Regex PartyForm();

    /// <summary>"505/QĐ-TTg", "13/2023/NĐ-CP", "20/2023/QH15", "3240/BTTTT-CĐSQG", "/KH-UBND".</summary>
    [GeneratedRegex(@"^(?<number>[0-9]{0,7})/(?:(?<year>[0-9]{4})/)?(?<head>" + Code + ")(?:-(?<tail>" + Code + "(?:-" + Code + ")*))?$")]
    private static partial Regex StateForm();
}
