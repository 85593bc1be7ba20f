using System.Text;
using Lantoa.Domain.Text;

namespace Lantoa.Domain.Publishing;

/// <summary>
/// The web name of a province's public site: its name without "Tỉnh"/"Thành phố", without diacritics, lower case, words
/// joined by hyphens ("Long An" → "long-an", "Thành phố Hồ Chí Minh" → "ho-chi-minh", "Bà Rịa - Vũng Tàu" →
/// "ba-ria-vung-tau"). Two provinces whose names fold alike get their code appended, all but the one with the lowest code.
/// </summary>
public static class PublicSlug
{
    public static string Of(string provinceName)
    {
        var folded = VietnameseText.Fold(Geography.ProvinceNames.Short(provinceName));
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    /// <summary>A unique slug for each province (code → slug).</summary>
    public static IReadOnlyDictionary<string, string> ForAll(IEnumerable<(string Code, string Name)> provinces)
    {
        var result = new Dictionary<string, string>();
        foreach (var group in provinces.GroupBy(p => Of(p.Name)))
        {
            var first = true;
            foreach (var p in group.OrderBy(p => p.Code, StringComparer.Ordinal))
            {
                var slug = group.Key.Length == 0 ? p.Code : first ? group.Key : $"{group.Key}-{p.Code}";
                result[p.Code] = slug;
                first = false;
            }
        }
        return result;
    }
}
