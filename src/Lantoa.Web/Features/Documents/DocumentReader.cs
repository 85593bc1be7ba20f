using System.Security.Cryptography;
using Lantoa.Domain.Documents;
using Lantoa.Domain.Findings;
using Lantoa.Web.Infrastructure.Files;
using SourceFormat = Lantoa.Domain.Documents.DocumentFormat;

namespace Lantoa.Web.Features.Documents;

/// <summary>
/// Reads an uploaded plan document, whatever it is: a .docx goes to <see cref="DocxReader"/>, a .txt or .md to
/// <see cref="TextDocumentReader"/>; anything else gives a document with no blocks and one error finding in Vietnamese.
/// </summary>
/// <remarks>
/// <para>The bytes decide before the name: a zip package (a .docx, or an .xlsx/.odt/.zip that
/// <see cref="DocxReader"/> names and refuses) and an OLE compound file (a .doc, or a password-protected .docx) go to
/// <see cref="DocxReader"/> whatever their extension; a PDF, an RTF file or a picture is refused even when named .txt.
/// Only then does the extension count: .txt, .md and .markdown (and a file without extension whose bytes look like
/// text) are read as text; .docx that is no zip is read by <see cref="DocxReader"/>, which says it is damaged; the rest
/// is refused.</para>
/// <para>Refusals: "empty" for an empty file, "too-large" over <see cref="MaxBytes"/> (checked first, before anything
/// else is read), "unsupported-format" for any other format. A refused document's <see cref="SourceDocument.Format"/>
/// follows the extension (.md: Markdown, .docx: Docx, anything else: Text), since the enum has no "unknown".</para>
/// </remarks>
public static class DocumentReader
{
    /// <summary>The largest file read (20 MB), whatever its format.</summary>
    public const long MaxBytes = DocxReader.MaxBytes;

    public const string Supported = "Lantoa đọc .docx, .txt và .md.";

    /// <summary>
    /// Reads the bytes of the file named <paramref name="fileName"/>. Never throws on bad bytes; a .docx whose reading
    /// outlasts <paramref name="ct"/> is refused (see <see cref="DocxReader.Read"/>).
    /// </summary>
    public static SourceDocument Read(string fileName, byte[] bytes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(bytes);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (bytes.Length > MaxBytes)
            return Refused(fileName, extension, null, "too-large", $"Tệp quá lớn (tối đa {MaxBytes / (1024 * 1024)} MB); Lantoa không đọc tệp này.");
        if (bytes.Length == 0) return Refused(fileName, extension, null, "empty", "Tệp rỗng.");

        if (ZipGuard.LooksLikeZip(bytes)) return DocxReader.Read(fileName, bytes, ct);
        if (FileSignature.IsOleCompound(bytes))
            return extension is ".xls" or ".ppt" or ".msg" or ".xlsx" or ".pptx" ? Unsupported(fileName, extension, bytes, extension) : DocxReader.Read(fileName, bytes, ct);
        if (FileSignature.IsPdf(bytes)) return Unsupported(fileName, extension, bytes, "PDF");
        if (FileSignature.IsRtf(bytes)) return Unsupported(fileName, extension, bytes, "RTF (.rtf)");
        if (FileSignature.ImageKind(bytes) is { } image) return Unsupported(fileName, extension, bytes, $"ảnh {image}");

        return extension switch
        {
            ".txt" or ".md" or ".markdown" => TextDocumentReader.Read(fileName, bytes),
            "" when FileSignature.LooksLikeText(bytes) => TextDocumentReader.Read(fileName, bytes),
            ".docx" or ".docm" or ".dotx" or ".dotm" => DocxReader.Read(fileName, bytes, ct),
            "" => Unsupported(fileName, extension, bytes, "của tệp này"),
            _ => Unsupported(fileName, extension, bytes, extension),
        };
    }

    private static SourceDocument Unsupported(string fileName, string extension, byte[] bytes, string format) =>
        Refused(fileName, extension, Convert.ToHexStringLower(SHA256.HashData(bytes)), "unsupported-format",
            $"Định dạng {format} chưa được hỗ trợ. {Supported}");

    private static SourceDocument Refused(string fileName, string extension, string? hash, string code, string message) =>
        new(fileName, FormatOf(extension), [], [new Finding(Severity.Error, code, message)]) { ContentHash = hash };

    private static SourceFormat FormatOf(string extension) => extension switch
    {
        ".md" or ".markdown" => SourceFormat.Markdown,
        ".docx" or ".docm" or ".dotx" or ".dotm" => SourceFormat.Docx,
        _ => SourceFormat.Text,
    };
}
