using System.IO.Compression;
using ICSharpCode.SharpZipLib.Zip;
using Lantoa.Domain.Findings;

namespace Lantoa.Web.Features.Budgets;

/// <summary>
/// Checks an uploaded file before NPOI loads it: that it is an .xlsx at all (and, if not, what it is: an old .xls, a
/// Word or OpenDocument file, a PDF), and that it is no zip bomb. NPOI loads every part of the package into memory, so
/// the parts must inflate to at most <see cref="EstimateWorkbook.MaxUncompressedBytes"/> together.
/// </summary>
/// <remarks>
/// Two passes, because a zip has two tables of contents. The central directory (read by System.IO.Compression) names
/// the parts and declares their sizes: cheap to check, and enough to tell a .docx from an .xlsx. NPOI, however, reads
/// the local headers one after the other with SharpZipLib's ZipInputStream, and a crafted file can hide entries from the
/// central directory or declare false sizes. So the second pass inflates the entries exactly as NPOI will, counting the
/// bytes and stopping at the limit. It also refuses parts with a DTD (OOXML never has one; a DTD is the way to an XML
/// entity bomb).
/// </remarks>
internal static class XlsxGuard
{
    private static readonly byte[] Doctype = "<!DOCTYPE"u8.ToArray();

    /// <summary>Null when the bytes look like a safe .xlsx; otherwise the refusal.</summary>
    public static Finding? Check(byte[] bytes)
    {
        if (bytes.Length >= 8 && bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
            return EstimateWorkbook.Refusal("xlsx-legacy",
                "Tệp này là tệp Excel cũ (.xls) hoặc tệp Office có đặt mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu nếu có, rồi lưu lại dưới dạng \"Excel Workbook (.xlsx)\".");
        if (bytes.Length >= 4 && bytes.AsSpan(0, 4).SequenceEqual("%PDF"u8))
            return NotXlsx("Tệp này là tệp PDF, không phải bảng tính Excel (.xlsx).");
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K')
            return NotXlsx("Tệp này không phải là bảng tính Excel (.xlsx). Hãy chọn tệp .xlsx có bảng dự toán.");

        return CheckDirectory(bytes) ?? CheckLocalEntries(bytes);
    }

    private static Finding? CheckDirectory(byte[] bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > EstimateWorkbook.MaxZipEntries) return Bomb();
            var names = new HashSet<string>(archive.Entries.Select(e => e.FullName), StringComparer.OrdinalIgnoreCase);
            if (names.Contains("word/document.xml"))
                return NotXlsx("Tệp này là văn bản Word (.docx), không phải bảng tính Excel (.xlsx).");
            if (names.Contains("ppt/presentation.xml"))
                return NotXlsx("Tệp này là bản trình chiếu PowerPoint (.pptx), không phải bảng tính Excel (.xlsx).");
            if (names.Contains("content.xml") && names.Contains("mimetype"))
                return NotXlsx("Tệp này là tệp OpenDocument (.ods/.odt). Hãy mở tệp và lưu lại dưới dạng \"Excel Workbook (.xlsx)\".");
            if (!names.Contains("xl/workbook.xml") || !names.Contains("[Content_Types].xml"))
                return NotXlsx("Tệp nén này không phải là bảng tính Excel (.xlsx).");

            long declared = 0;
            foreach (var entry in archive.Entries)
            {
                declared += entry.Length;
                if (entry.Length < 0 || declared > EstimateWorkbook.MaxUncompressedBytes) return Bomb();
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return Corrupt();
        }
        catch (NotSupportedException)
        {
            return Corrupt();
        }
    }

    private static Finding? CheckLocalEntries(byte[] bytes)
    {
        try
        {
            using var zip = new ZipInputStream(new MemoryStream(bytes, writable: false));
            var buffer = new byte[81920];
            long total = 0;
            var entries = 0;
            while (zip.GetNextEntry() is { } entry)
            {
                if (++entries > EstimateWorkbook.MaxZipEntries) return Bomb();
                var isXml = entry.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                            || entry.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
                            || entry.Name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);
                var matched = 0;
                int read;
                while ((read = zip.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > EstimateWorkbook.MaxUncompressedBytes) return Bomb();
                    if (isXml && ContainsDoctype(buffer.AsSpan(0, read), ref matched))
                        return EstimateWorkbook.Refusal("xlsx-dtd",
                            "Tệp Excel có phần nội dung không hợp lệ (khai báo DOCTYPE), Lantoa không đọc tệp này.");
                }
            }

            return entries == 0 ? Corrupt() : null;
        }
        catch (Exception e) when (e is ICSharpCode.SharpZipLib.SharpZipBaseException or InvalidDataException or NotSupportedException
                                      or IOException)
        {
            return Corrupt();
        }
    }

    /// <summary>Looks for "&lt;!DOCTYPE" across buffer boundaries; <paramref name="matched"/> carries the partial match.</summary>
    private static bool ContainsDoctype(ReadOnlySpan<byte> data, ref int matched)
    {
        foreach (var b in data)
        {
            if (b == Doctype[matched])
            {
                if (++matched == Doctype.Length) return true;
            }
            else
            {
                matched = b == Doctype[0] ? 1 : 0; // '<' occurs only at the start of the pattern
            }
        }

        return false;
    }

    private static Finding NotXlsx(string message) => EstimateWorkbook.Refusal("xlsx-not-xlsx", message);

    private static Finding Corrupt() =>
        EstimateWorkbook.Refusal("xlsx-corrupt", "Tệp Excel bị hỏng hoặc không đúng định dạng .xlsx, Lantoa không đọc được.");

    private static Finding Bomb() => EstimateWorkbook.Refusal("xlsx-too-large",
        $"Tệp Excel giải nén ra quá lớn (hơn {EstimateWorkbook.MaxUncompressedBytes / (1024 * 1024)} MB) hoặc có quá nhiều thành phần; Lantoa không đọc tệp này.");
}
