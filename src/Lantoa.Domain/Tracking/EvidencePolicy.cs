namespace Lantoa.Domain.Tracking;

/// <summary>A byte pattern a file type starts with (at <paramref name="Offset"/>): "%PDF-" for a PDF.</summary>
public sealed record FileSignature(int Offset, byte[] Bytes)
{
    public bool Matches(ReadOnlySpan<byte> head) =>
        head.Length >= Offset + Bytes.Length && head.Slice(Offset, Bytes.Length).SequenceEqual(Bytes);

    public static FileSignature Ascii(string text, int offset = 0) => new(offset, System.Text.Encoding.ASCII.GetBytes(text));
}

/// <summary>
/// One kind of file accepted as evidence: its extension, the content type Lantoa stores and serves it with, the
/// content types a browser may declare for it, and the signatures its first bytes must match (none: not checked).
/// </summary>
public sealed record EvidenceFileType(
    string Extension, string ContentType, IReadOnlyList<string> OtherContentTypes, IReadOnlyList<FileSignature> Signatures)
{
    public bool Accepts(string declaredContentType) =>
        string.Equals(declaredContentType, ContentType, StringComparison.OrdinalIgnoreCase)
        || OtherContentTypes.Contains(declaredContentType, StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// A file the policy has accepted: the name to show (path parts and control characters removed), its extension, the
/// content type to store and serve it with (the policy's, not the browser's), its size. Only
/// <see cref="EvidencePolicy.Accept"/> makes one, so a report holds only checked files.
/// </summary>
public sealed record AcceptedEvidenceFile
{
    internal AcceptedEvidenceFile(string originalName, string extension, string contentType, long size)
    {
        OriginalName = originalName;
        Extension = extension;
        ContentType = contentType;
        Size = size;
    }

    public string OriginalName { get; }
    public string Extension { get; }
    public string ContentType { get; }
    public long Size { get; }
}

/// <summary>
/// What may be uploaded as evidence of a report. A file is accepted when its extension is on the list, the content
/// type the browser declared (if any, other than application/octet-stream) fits that extension, its size is between
/// 1 byte and <see cref="MaxBytes"/>, its first bytes are not a program (MZ — Windows .exe/.dll; ELF — Linux; Mach-O —
/// macOS; "#!" — a script), and they match the signature of its type (a .pdf starts with "%PDF-"; .docx/.xlsx are ZIP
/// containers and start with "PK"). The web layer reads the first <see cref="HeadLength"/> bytes of the upload and
/// passes them to <see cref="Accept"/> before it stores anything. Not checked: what a ZIP-based Office file contains.
/// </summary>
public sealed class EvidencePolicy
{
    /// <summary>How many leading bytes <see cref="Check"/> needs to see.</summary>
    public const int HeadLength = 16;

    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    private static readonly FileSignature Pdf = FileSignature.Ascii("%PDF-");
    private static readonly FileSignature Ole = new(0, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    private static readonly FileSignature Zip = new(0, [0x50, 0x4B, 0x03, 0x04]);
    private static readonly FileSignature Jpeg = new(0, [0xFF, 0xD8, 0xFF]);
    private static readonly FileSignature Png = new(0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
    private static readonly FileSignature Gif87 = FileSignature.Ascii("GIF87a");
    private static readonly FileSignature Gif89 = FileSignature.Ascii("GIF89a");
    private static readonly FileSignature Webp = FileSignature.Ascii("WEBP", 8);
    private static readonly FileSignature IsoMedia = FileSignature.Ascii("ftyp", 4);

    /// <summary>Extensions refused by name alone, with a message saying why (they run when opened).</summary>
    private static readonly HashSet<string> ExecutableExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "exe", "dll", "com", "bat", "cmd", "msi", "msp", "scr", "pif", "cpl", "ps1", "psm1", "vbs", "vbe", "js", "jse",
        "wsf", "wsh", "hta", "jar", "sh", "bash", "apk", "app", "dmg", "bin", "elf", "run", "lnk", "reg", "py", "pl",
    };

    public static EvidencePolicy Default { get; } = new(DefaultMaxBytes,
    [
        Type("pdf", "application/pdf", [], [Pdf]),
        Type("doc", "application/msword", [], [Ole]),
        Type("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [], [Zip]),
        Type("xls", "application/vnd.ms-excel", [], [Ole]),
        Type("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [], [Zip]),
        Type("ppt", "application/vnd.ms-powerpoint", [], [Ole]),
        Type("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", [], [Zip]),
        Type("odt", "application/vnd.oasis.opendocument.text", [], [Zip]),
        Type("ods", "application/vnd.oasis.opendocument.spreadsheet", [], [Zip]),
        Type("jpg", "image/jpeg", ["image/jpg", "image/pjpeg"], [Jpeg]),
        Type("jpeg", "image/jpeg", ["image/jpg", "image/pjpeg"], [Jpeg]),
        Type("png", "image/png", [], [Png]),
        Type("gif", "image/gif", [], [Gif87, Gif89]),
        Type("webp", "image/webp", [], [Webp]),
        Type("mp4", "video/mp4", [], [IsoMedia]),
        Type("mov", "video/quicktime", [], [IsoMedia]),
    ]);

    private readonly Dictionary<string, EvidenceFileType> _byExtension;

    public EvidencePolicy(long maxBytes, IEnumerable<EvidenceFileType> types)
    {
        if (maxBytes <= 0) throw new ArgumentOutOfRangeException(nameof(maxBytes));
        MaxBytes = maxBytes;
        Types = types.ToList();
        _byExtension = Types.ToDictionary(t => t.Extension.TrimStart('.').ToLowerInvariant());
    }

    public long MaxBytes { get; }
    public IReadOnlyList<EvidenceFileType> Types { get; }

    /// <summary>"pdf, doc, docx, …" — for the upload form and for messages.</summary>
    public string AllowedList => string.Join(", ", Types.Select(t => t.Extension));

    /// <summary>The same policy with another size limit.</summary>
    public EvidencePolicy WithMaxBytes(long maxBytes) => new(maxBytes, Types);

    /// <summary>
    /// Checks an upload; null when it is acceptable, else the Vietnamese reason it is not.
    /// <paramref name="head"/> holds the first bytes of the file (at least <see cref="HeadLength"/>, or the whole file
    /// when shorter).
    /// </summary>
    public string? Check(string fileName, string? declaredContentType, long size, ReadOnlySpan<byte> head) =>
        Evaluate(fileName, declaredContentType, size, head, out _);

    /// <summary>Checks an upload and returns what to store, or throws a <see cref="DomainException"/> with the reason.</summary>
    public AcceptedEvidenceFile Accept(string fileName, string? declaredContentType, long size, ReadOnlySpan<byte> head)
    {
        var refusal = Evaluate(fileName, declaredContentType, size, head, out var accepted);
        if (refusal is not null) throw new DomainException(refusal);
        return accepted!;
    }

    /// <summary>True when the bytes start like a program: MZ (Windows PE), ELF, Mach-O (32/64-bit, either byte order, universal) or "#!".</summary>
    public static bool LooksExecutable(ReadOnlySpan<byte> head)
    {
        if (head.Length < 2) return false;
        if (head[0] == (byte)'M' && head[1] == (byte)'Z') return true;
        if (head[0] == (byte)'#' && head[1] == (byte)'!') return true;
        if (head.Length < 4) return false;
        ReadOnlySpan<byte> first = head[..4];
        return first.SequenceEqual((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]) // ELF
               || first.SequenceEqual((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCE])
               || first.SequenceEqual((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCF])
               || first.SequenceEqual((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE])
               || first.SequenceEqual((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE])
               || first.SequenceEqual((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]); // Mach-O universal
    }

    /// <summary>The last segment of a path the browser may have sent ("C:\Users\a\bao cao.pdf" → "bao cao.pdf"), NFC, without control characters nor invisible format characters (bidirectional overrides, zero-width spaces).</summary>
    public static string CleanFileName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        // Format characters too: a right-to-left override (U+202E) makes "hoadon\u202Efdp.exe" show as "hoadonexe.pdf".
        name = new string(name.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            .ToArray()).Normalize().Trim().Trim('.').Trim();
        return name;
    }

    private string? Evaluate(string fileName, string? declaredContentType, long size, ReadOnlySpan<byte> head,
        out AcceptedEvidenceFile? accepted)
    {
        accepted = null;
        var name = CleanFileName(fileName);
        if (name.Length == 0) return "Tệp minh chứng không có tên.";
        if (name.Length > 255) return "Tên tệp minh chứng quá dài (tối đa 255 ký tự).";
        var dot = name.LastIndexOf('.');
        var extension = dot < 0 ? "" : name[(dot + 1)..].ToLowerInvariant();
        if (ExecutableExtensions.Contains(extension))
            return $"Tệp \"{name}\" là tệp chương trình (.{extension}), không được tải lên làm minh chứng.";
        if (!_byExtension.TryGetValue(extension, out var type))
            return extension.Length == 0
                ? $"Tệp \"{name}\" không có phần mở rộng. Chỉ nhận các loại tệp: {AllowedList}."
                : $"Không nhận tệp loại .{extension} (\"{name}\"). Chỉ nhận các loại tệp: {AllowedList}.";
        var declared = declaredContentType?.Split(';')[0].Trim();
        if (!string.IsNullOrEmpty(declared)
            && !string.Equals(declared, "application/octet-stream", StringComparison.OrdinalIgnoreCase)
            && !type.Accepts(declared))
            return $"Kiểu nội dung \"{declared}\" không khớp với tệp .{extension} (\"{name}\").";
        if (size <= 0) return $"Tệp \"{name}\" rỗng.";
        if (size > MaxBytes)
            return $"Tệp \"{name}\" có dung lượng {SizeText(size)}, vượt quá giới hạn {SizeText(MaxBytes)}.";
        if (LooksExecutable(head))
            return $"Tệp \"{name}\" chứa chương trình máy tính (tệp thực thi), không được tải lên làm minh chứng.";
        if (type.Signatures.Count > 0 && !MatchesAny(type.Signatures, head))
            return $"Nội dung tệp \"{name}\" không phải là tệp .{extension} hợp lệ.";
        accepted = new AcceptedEvidenceFile(name, extension, type.ContentType, size);
        return null;
    }

    /// <summary>"20 MB", "25,3 MB"; below one megabyte in kilobytes: "340 KB".</summary>
    public static string SizeText(long bytes) => bytes < 1024 * 1024
        ? TrackingCalendar.Number(Math.Max(1, Math.Ceiling(bytes / 1024m)), 0) + " KB"
        : TrackingCalendar.Number(bytes / (1024m * 1024m), 1) + " MB";

    private static bool MatchesAny(IReadOnlyList<FileSignature> signatures, ReadOnlySpan<byte> head)
    {
        foreach (var signature in signatures)
            if (signature.Matches(head)) return true;
        return false;
    }

    private static EvidenceFileType Type(string extension, string contentType, string[] others, FileSignature[] signatures) =>
        new(extension, contentType, others, signatures);
}
