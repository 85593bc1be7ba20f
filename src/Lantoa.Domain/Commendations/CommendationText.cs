using System.Text.RegularExpressions;

namespace Lantoa.Domain.Commendations;

/// <summary>
/// Reads the awards a plan's activity announces: "+ Bằng khen của Chủ tịch UBND tỉnh cho **15** tập thể Tổ Công nghệ
/// số cộng đồng (*…, mỗi huyện khen thưởng 01 Tổ CNSCD tiêu biểu*)" → the form "Bằng khen của Chủ tịch UBND tỉnh", 15
/// collectives, described "Tổ Công nghệ số cộng đồng", 1 per district. What it cannot read it leaves out.
/// </summary>
public static partial class CommendationText
{
    public sealed record Announced(string FormName, string FormTitle, NomineeKind Kind, int Count, string? Description, int? PerUnit, string? PerUnitWord);

    public static IReadOnlyList<Announced> Read(string? content)
    {
        if (string.IsNullOrWhiteSpace(content)) return [];
        var result = new List<Announced>();
        foreach (var raw in content.Split('\n'))
        {
            var line = Text.VietnameseText.Normalize(raw.Replace("*", "", StringComparison.Ordinal)).Trim().TrimStart('+', '-', '•', ' ');
            var m = AwardLine().Match(line);
            if (!m.Success || !int.TryParse(m.Groups["n"].Value.Replace(".", "", StringComparison.Ordinal), out var count) || count <= 0) continue;
            var kind = m.Groups["kind"].Value.StartsWith("tập", StringComparison.OrdinalIgnoreCase) ? NomineeKind.Collective : NomineeKind.Individual;
            var description = m.Groups["desc"].Value.Trim().TrimEnd('.', ',', ';').Trim();
            if (description.StartsWith("là ", StringComparison.OrdinalIgnoreCase)) description = description[3..].Trim();
            var per = PerUnit().Match(line);
            int? perUnit = per.Success && int.TryParse(per.Groups["q"].Value, out var q) ? q : null;
            var title = m.Groups["title"].Value;
            result.Add(new Announced(m.Groups["form"].Value.Trim(), char.ToUpperInvariant(title[0]) + title[1..].ToLowerInvariant(), kind, count,
                description.Length == 0 ? null : description, perUnit, per.Success ? per.Groups["who"].Value.ToLowerInvariant() : null));
        }

        return result;
    }

    [GeneratedRegex(@"^(?<form>(?<title>Bằng khen|Giấy khen|Giấy chứng nhận|Kỷ niệm chương)\b.*?)\s+cho\s+(?<n>\d[\d.]*)\s+(?<kind>tập thể|cá nhân)(?<desc>[^(]*)", RegexOptions.IgnoreCase)]
    private static partial Regex AwardLine();

    [GeneratedRegex(@"mỗi\s+(?<who>huyện|xã|đơn vị|sở|ngành|cơ quan)\b[^\d)]*?(?<q>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex PerUnit();
}
