using Lantoa.Domain.Findings;
using Lantoa.Web.Infrastructure.Files;

namespace Lantoa.Web.Features.Budgets;

/// <summary>
/// Checks an uploaded file before NPOI loads it: that it is an .xlsx at all (and, if not, what it is: an old .xls, a
/// Word or OpenDocument file, a PDF), and that it is no zip bomb. NPOI loads every part of the package into memory, so
/// the parts must inflate to at most <see cref="EstimateWorkbook.MaxUncompressedBytes"/> together.
/// </summary>
/// <remarks>
/// The zip checks are <see cref="ZipGuard"/>'s: the central directory first (cheap, and enough to tell a .docx from an
/// .xlsx), then the local headers inflated exactly as NPOI will read them (SharpZipLib's ZipInputStream), counting the
/// bytes and stopping at the limit, and refusing parts with a DTD. This class only says what the findings mean for a
/// workbook.
/// </remarks>
internal static class XlsxGuard
{
    private static readonly ZipLimits Limits = new(EstimateWorkbook.MaxUncompressedBytes, EstimateWorkbook.MaxZipEntries)
    {
        MaxXmlBytes = EstimateWorkbook.MaxUncompressedBytes,
        Xml = XmlLimits.Office,
    };

    /// <summary>
    /// Null when the bytes look like a safe .xlsx; otherwise the refusal. Every XML part (workbook, shared strings,
    /// styles, sheets…) is read by <see cref="XmlGuard"/> as it inflates; when <paramref name="ct"/> is cancelled (the
    /// upload's time budget) the file is refused as too complex.
    /// </summary>
    public static Finding? Check(byte[] bytes, CancellationToken ct = default)
    {
        if (bytes.Length >= 8 && bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
            return EstimateWorkbook.Refusal("xlsx-legacy",
                "Tệp này là tệp Excel cũ (.xls) hoặc tệp Office có đặt mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu nếu có, rồi lưu lại dưới dạng \"Excel Workbook (.xlsx)\".");
        if (bytes.Length >= 4 && bytes.AsSpan(0, 4).SequenceEqual("%PDF"u8))
            return NotXlsx("Tệp này là tệp PDF, không phải bảng tính Excel (.xlsx).");
        if (!ZipGuard.LooksLikeZip(bytes))
            return NotXlsx("Tệp này không phải là bảng tính Excel (.xlsx). Hãy chọn tệp .xlsx có bảng dự toán.");

        try
        {
            return CheckDirectory(bytes) ?? CheckLocalEntries(bytes, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return EstimateWorkbook.Refusal("xlsx-too-slow",
                "Tệp Excel quá phức tạp, Lantoa không đọc xong trong thời gian cho phép. Hãy lưu lại tệp bằng Excel hoặc tách thành nhiều tệp.");
        }
    }

    private static Finding? CheckDirectory(byte[] bytes)
    {
        var directory = ZipGuard.ReadDirectory(bytes, Limits);
        if (directory.Corrupt) return Corrupt();
        if (directory.TooManyEntries) return Bomb();
        if (directory.Contains("word/document.xml"))
            return NotXlsx("Tệp này là văn bản Word (.docx), không phải bảng tính Excel (.xlsx).");
        if (directory.Contains("ppt/presentation.xml"))
            return NotXlsx("Tệp này là bản trình chiếu PowerPoint (.pptx), không phải bảng tính Excel (.xlsx).");
        if (directory.Contains("content.xml") && directory.Contains("mimetype"))
            return NotXlsx("Tệp này là tệp OpenDocument (.ods/.odt). Hãy mở tệp và lưu lại dưới dạng \"Excel Workbook (.xlsx)\".");
        if (!directory.Contains("xl/workbook.xml") || !directory.Contains("[Content_Types].xml"))
            return NotXlsx("Tệp nén này không phải là bảng tính Excel (.xlsx).");
        return directory.DeclaredTooLarge ? Bomb() : null;
    }

    private static Finding? CheckLocalEntries(byte[] bytes, CancellationToken ct) => ZipGuard.InflateLocalEntries(bytes, Limits, ct) switch
    {
        ZipVerdict.Safe => null,
        ZipVerdict.TooLarge => Bomb(),
        ZipVerdict.Doctype => EstimateWorkbook.Refusal("xlsx-dtd",
            "Tệp Excel có phần nội dung không hợp lệ (khai báo DOCTYPE), Lantoa không đọc tệp này."),
        ZipVerdict.TooComplex => EstimateWorkbook.Refusal("xlsx-too-complex",
            "Tệp Excel có cấu trúc quá phức tạp (lồng nhau quá sâu, quá nhiều thành phần hoặc chuỗi quá dài), Lantoa không đọc tệp này."),
        _ => Corrupt(),
    };

    private static Finding NotXlsx(string message) => EstimateWorkbook.Refusal("xlsx-not-xlsx", message);

    private static Finding Corrupt() =>
        EstimateWorkbook.Refusal("xlsx-corrupt", "Tệp Excel bị hỏng hoặc không đúng định dạng .xlsx, Lantoa không đọc được.");

    private static Finding Bomb() => EstimateWorkbook.Refusal("xlsx-too-large",
        $"Tệp Excel giải nén ra quá lớn (hơn {EstimateWorkbook.MaxUncompressedBytes / (1024 * 1024)} MB) hoặc có quá nhiều thành phần; Lantoa không đọc tệp này.");
}
