using System.Text;

namespace Lantoa.Web.Infrastructure.Files;

/// <summary>What the first bytes of an uploaded file say it is, whatever its name claims.</summary>
public static class FileSignature
{
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G'];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LeBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BeBom = [0xFE, 0xFF];

    /// <summary>
    /// "EncryptedPackage" in UTF-16: the stream in which Office keeps a password-protected .docx/.xlsx inside an OLE
    /// compound file.
    /// </summary>
    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");

    /// <summary>An OLE compound file: an old .doc/.xls/.ppt, or an Office file protected by a password.</summary>
    public static bool IsOleCompound(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Ole);

    /// <summary>An OLE compound file holding an encrypted Office Open XML package.</summary>
    public static bool IsEncryptedOffice(ReadOnlySpan<byte> bytes) => IsOleCompound(bytes) && bytes.IndexOf(EncryptedPackage) >= 0;

    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes.StartsWith("%PDF"u8);

    public static bool IsRtf(ReadOnlySpan<byte> bytes) => bytes.StartsWith(@"{\rtf"u8);

    /// <summary>The kind of picture (PNG, JPEG, GIF, BMP, TIFF, WebP), or null.</summary>
    public static string? ImageKind(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Png)) return "PNG";
        if (bytes.StartsWith(Jpeg)) return "JPEG";
        if (bytes.StartsWith("GIF8"u8)) return "GIF";
        if (bytes.StartsWith("BM"u8) && bytes.Length > 14) return "BMP";
        if (bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8)) return "TIFF";
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return "WebP";
        return null;
    }

    /// <summary>
    /// Whether the bytes look like plain text: a Unicode byte-order mark, or no NUL and no control characters other
    /// than tab, line feed, carriage return and form feed in the first 64 KB.
    /// </summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom) || bytes.StartsWith(Utf16LeBom) || bytes.StartsWith(Utf16BeBom)) return true;
        foreach (var b in bytes[..Math.Min(bytes.Length, 64 * 1024)])
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) return false;
            if (b == 0x7F) return false;
        }

        return true;
    }
}
