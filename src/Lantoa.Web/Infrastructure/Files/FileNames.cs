using System.Globalization;
using System.Text;

namespace Lantoa.Web.Infrastructure.Files;

/// <summary>
/// Uploaded file names as Lantoa stores and shows them: the last path segment only, NFC, without control characters
/// and without invisible format characters — the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069)
/// that make "hoadon‮fdp.exe" look like "hoadonexe.pdf", zero-width spaces and joiners, the byte-order mark, soft
/// hyphens — with runs of whitespace made one space, and at most 200 characters (the extension kept).
/// </summary>
public static class FileNames
{
    public const int MaxLength = 200;

    /// <summary>The cleaned name; <paramref name="fallback"/> when nothing is left.</summary>
    public static string Clean(string? name, string fallback = "tep-tai-len")
    {
        if (string.IsNullOrEmpty(name)) return fallback;
        var last = name.Replace('\\', '/');
        last = last[(last.LastIndexOf('/') + 1)..];
        var sb = new StringBuilder(last.Length);
        var space = false;
        foreach (var rune in last.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                space = sb.Length > 0;
                continue;
            }

            if (IsInvisible(rune)) continue;

            if (space) sb.Append(' ');
            space = false;
            sb.Append(rune.ToString());
        }

        var cleaned = sb.ToString().Trim().TrimEnd('.');
        if (cleaned.Length > MaxLength)
        {
            var extension = Path.GetExtension(cleaned);
            if (extension.Length > 16) extension = "";
            cleaned = cleaned[..(MaxLength - extension.Length)].TrimEnd() + extension;
        }

        return cleaned is "" or "." or ".." ? fallback : cleaned.Normalize(NormalizationForm.FormC);
    }

    private static bool IsInvisible(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control => true,               // C0, DEL, C1
        UnicodeCategory.Format => true,                // bidi controls, ZWSP/ZWJ/ZWNJ, BOM, soft hyphen, tags
        UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse => true,
        UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        _ => false,
    };
}
