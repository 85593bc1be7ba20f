using Lantoa.Domain.Text;

namespace Lantoa.Domain.Plans;

/// <summary>
/// A plan's number as people read it, and its documents' file names. A draft has no number yet: its symbol is empty
/// or only the type and issuer ("/KH-UBND"), and every page shows "(chưa có số)" instead.
/// </summary>
public static class PlanNumber
{
    public const string Missing = "(chưa có số)";

    /// <summary>True when the symbol carries a document number ("140/KH-UBND"), not only its type ("/KH-UBND").</summary>
    public static bool HasNumber(string? numberSymbol) =>
        !string.IsNullOrWhiteSpace(numberSymbol) && DocumentSymbol.TryParse(numberSymbol.Trim(), out var symbol) && !string.IsNullOrEmpty(symbol.Number);

    /// <summary>"140/KH-UBND", or "(chưa có số)".</summary>
    public static string Display(string? numberSymbol) => HasNumber(numberSymbol) ? numberSymbol!.Trim() : Missing;

    /// <summary>
    /// A meaningful ASCII file name: "KH-203-UBND-Ngay-CDS-Lang-Son-2022.docx" — the symbol (number first), what the
    /// plan is, its province and year; a draft says "Du-thao" where the number would be.
    /// </summary>
    public static string FileName(string? numberSymbol, PlanKind kind, string title, string? province, int year, string extension, string? prefix = null)
    {
        var parts = new List<string>();
        if (prefix is not null) parts.Add(prefix);
        if (HasNumber(numberSymbol) && DocumentSymbol.TryParse(numberSymbol!.Trim(), out var s))
            parts.Add(string.Join("-", Words(string.Join(" ", s.TypeCode ?? "KH", s.Number, s.Issuer, s.DraftingUnit)).Select(w => w)));
        else
            parts.Add("Du-thao");
        parts.Add(kind switch
        {
            PlanKind.DxDay => "Ngay-CDS",
            PlanKind.DxWeek => "Tuan-le-CDS",
            PlanKind.Communications => "Truyen-thong-CDS",
            _ => string.Join("-", Words(title).Take(6)),
        });
        if (!string.IsNullOrWhiteSpace(province)) parts.Add(string.Join("-", Words(province).SkipWhile(w => w is "Tinh" or "Thanh" or "Pho")));
        parts.Add(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var name = string.Join("-", parts.Where(p => p.Length > 0));
        return name + "." + extension.TrimStart('.');
    }

    /// <summary>Words of a Vietnamese text without diacritics ("Lạng Sơn" → Lang, Son), ASCII letters and digits only,
    /// the first letter upper-case.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in VietnameseText.Normalize(text).Normalize(System.Text.NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => char.IsAsciiLetterOrDigit(c) ? c : ' ' });
        }

        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
    }
}
