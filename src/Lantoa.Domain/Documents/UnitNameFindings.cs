using System.Globalization;
using Lantoa.Domain.Findings;

namespace Lantoa.Domain.Documents;

/// <summary>
/// The finding for a written unit name that was not matched: "ambiguous-unit" when two units fit it equally,
/// "other-province-unit" when it names another province, else "unknown-unit" with the nearest suggestions.
/// </summary>
public static class UnitNameFindings
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static (string Code, string Message) For(ParsedUnit unit, string where)
    {
        var suggestions = unit.Suggestions.Take(3).Select(s => $"{s.Candidate.Name} ({s.Score.ToString("0.00", Vietnamese)})").ToList();
        var hint = suggestions.Count > 0 ? $" Gần nhất: {string.Join("; ", suggestions)}." : "";
        if (unit.Resolution?.ForeignProvince is { } foreign)
            return ("other-province-unit", $"{where}: “{unit.Written}” là đơn vị của {foreign.ProvinceName}, không thuộc tỉnh của kế hoạch; không ghép với đơn vị nào.");
        if (unit.Resolution?.IsAmbiguous == true)
        {
            var equal = unit.Suggestions.Where(s => s.Score >= 1.0).Select(s => s.Candidate.Name);
            return ("ambiguous-unit", $"{where}: “{unit.Written}” trùng tên với nhiều đơn vị ({string.Join("; ", equal)}); hãy chọn đơn vị đúng.");
        }

        return ("unknown-unit", $"{where}: không nhận ra đơn vị “{unit.Written}”.{hint}");
    }

}
