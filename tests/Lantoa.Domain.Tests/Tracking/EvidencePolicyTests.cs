using System.Text;
using Lantoa.Domain.Tracking;

namespace Lantoa.Domain.Tests.Tracking;

public class EvidencePolicyTests
{
    private static readonly DateTimeOffset Now = new(2024, 10, 20, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly EvidencePolicy Policy = EvidencePolicy.Default;

    private static readonly byte[] PdfHead = "%PDF-1.7\n%âãÏÓ\n1 0"u8.ToArray();
    private static readonly byte[] PngHead = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] JpegHead = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1];
    private static readonly byte[] ZipHead = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0, 0, 0];
    private static readonly byte[] Mp4Head = [0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6F, 0x6D, 0, 0, 2, 0];
    private static readonly byte[] WindowsExe = [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];
    private static readonly byte[] LinuxElf = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    private static readonly byte[] MachO64 = [0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1, 3, 0, 0, 0, 2, 0, 0, 0];
    private static readonly byte[] Script = Encoding.ASCII.GetBytes("#!/bin/sh\nrm -rf ");

    [Theory]
    [InlineData("Báo cáo kết quả.pdf", "application/pdf", "pdf", "application/pdf")]
    [InlineData("KE HOACH.PDF", null, "pdf", "application/pdf")]
    [InlineData("bao-cao.pdf", "application/octet-stream", "pdf", "application/pdf")]
    [InlineData("bao-cao.pdf", "application/pdf; charset=binary", "pdf", "application/pdf")]
    public void A_pdf_is_accepted_and_stored_with_the_policy_content_type(string name, string? declared, string extension, string contentType)
    {
        Assert.Null(Policy.Check(name, declared, 120_000, PdfHead));
        var accepted = Policy.Accept(name, declared, 120_000, PdfHead);

        Assert.Equal((name, extension, contentType, 120_000L), (accepted.OriginalName, accepted.Extension, accepted.ContentType, accepted.Size));
    }

    [Fact]
    public void Images_office_files_and_videos_are_accepted_by_their_signatures()
    {
        Assert.Null(Policy.Check("anh-le-ra-quan.jpg", "image/jpeg", 2_000_000, JpegHead));
        Assert.Null(Policy.Check("anh.png", "image/png", 500_000, PngHead));
        Assert.Null(Policy.Check("bang-so-lieu.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 40_000, ZipHead));
        Assert.Null(Policy.Check("bao-cao.docx", null, 40_000, ZipHead));
        Assert.Null(Policy.Check("phong-su.mp4", "video/mp4", 19 * 1024 * 1024, Mp4Head));
    }

    [Fact]
    public void An_exe_renamed_pdf_is_refused_by_its_bytes()
    {
        var error = Policy.Check("bao-cao.pdf", "application/pdf", 300_000, WindowsExe);

        Assert.Equal("Tệp \"bao-cao.pdf\" chứa chương trình máy tính (tệp thực thi), không được tải lên làm minh chứng.", error);
        var ex = Assert.Throws<DomainException>(() => Policy.Accept("bao-cao.pdf", "application/pdf", 300_000, WindowsExe));
        Assert.Equal(error, ex.Message);
    }

    [Theory]
    [InlineData("anh.jpg")]
    [InlineData("bang.xlsx")]
    [InlineData("video.mp4")]
    public void Linux_macOS_and_script_executables_are_refused_whatever_their_name(string name)
    {
        foreach (var head in new[] { LinuxElf, MachO64, Script, WindowsExe })
            Assert.Contains("tệp thực thi", Policy.Check(name, null, 10_000, head));
    }

    [Theory]
    [InlineData("setup.exe", "exe")]
    [InlineData("bao-cao.pdf.exe", "exe")]
    [InlineData("cai-dat.msi", "msi")]
    [InlineData("chay.bat", "bat")]
    [InlineData("script.PS1", "ps1")]
    [InlineData("macro.vbs", "vbs")]
    public void Executables_are_refused_by_their_extension(string name, string extension)
    {
        var error = Policy.Check(name, null, 10_000, PdfHead);

        Assert.Equal($"Tệp \"{name}\" là tệp chương trình (.{extension}), không được tải lên làm minh chứng.", error);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused()
    {
        var size = 25L * 1024 * 1024 + 300 * 1024;

        var error = Policy.Check("phong-su.mp4", "video/mp4", size, Mp4Head);

        Assert.Equal("Tệp \"phong-su.mp4\" có dung lượng 25,3 MB, vượt quá giới hạn 20 MB.", error);
        Assert.Null(Policy.Check("phong-su.mp4", "video/mp4", EvidencePolicy.DefaultMaxBytes, Mp4Head));
        Assert.NotNull(Policy.Check("phong-su.mp4", "video/mp4", EvidencePolicy.DefaultMaxBytes + 1, Mp4Head));
    }

    [Fact]
    public void The_limit_can_be_configured()
    {
        var strict = Policy.WithMaxBytes(5 * 1024 * 1024);

        Assert.Equal("Tệp \"anh.png\" có dung lượng 6 MB, vượt quá giới hạn 5 MB.", strict.Check("anh.png", null, 6 * 1024 * 1024, PngHead));
        Assert.Null(Policy.Check("anh.png", null, 6 * 1024 * 1024, PngHead));
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal("Tệp \"trong.pdf\" rỗng.", Policy.Check("trong.pdf", "application/pdf", 0, []));
    }

    [Fact]
    public void Types_not_on_the_list_are_refused_with_the_list()
    {
        var error = Policy.Check("tai-lieu.rar", null, 1000, [0x52, 0x61, 0x72, 0x21]);

        Assert.StartsWith("Không nhận tệp loại .rar (\"tai-lieu.rar\"). Chỉ nhận các loại tệp: pdf, doc, docx,", error);
        Assert.Contains("không có phần mở rộng", Policy.Check("baocao", null, 1000, PdfHead));
    }

    [Fact]
    public void Content_that_does_not_match_the_extension_is_refused()
    {
        Assert.Equal("Nội dung tệp \"anh.pdf\" không phải là tệp .pdf hợp lệ.", Policy.Check("anh.pdf", null, 1000, PngHead));
        Assert.Equal("Nội dung tệp \"trang.docx\" không phải là tệp .docx hợp lệ.",
            Policy.Check("trang.docx", null, 1000, "<html><script>"u8.ToArray()));
    }

    [Fact]
    public void A_declared_content_type_that_contradicts_the_extension_is_refused()
    {
        Assert.Equal("Kiểu nội dung \"text/html\" không khớp với tệp .pdf (\"bao-cao.pdf\").",
            Policy.Check("bao-cao.pdf", "text/html", 1000, PdfHead));
    }

    [Fact]
    public void The_name_keeps_only_its_last_path_segment()
    {
        var accepted = Policy.Accept(@"C:\Users\canbo\Desktop\Báo cáo.pdf", null, 1000, PdfHead);

        Assert.Equal("Báo cáo.pdf", accepted.OriginalName);
        Assert.Equal("bao-cao.pdf", EvidencePolicy.CleanFileName("../../bao-cao.pdf"));
    }

    [Fact]
    public void Small_sizes_are_shown_in_kilobytes()
    {
        Assert.Equal("340 KB", EvidencePolicy.SizeText(340 * 1024));
        Assert.Equal("1 KB", EvidencePolicy.SizeText(10));
        Assert.Equal("1,5 MB", EvidencePolicy.SizeText(1536 * 1024));
    }

    [Theory]
    [InlineData("https://baolongan.vn/chuyen-doi-so/bai-1.html")]
    [InlineData("http://longan.gov.vn/tin-tuc?id=12")]
    [InlineData("  https://www.youtube.com/watch?v=abc  ")]
    public void An_http_or_https_link_is_accepted(string url)
    {
        var link = ReportEvidence.Link(url, "Bài viết", Now);

        Assert.Equal(EvidenceKind.Link, link.Kind);
        Assert.StartsWith("http", link.Url);
        Assert.Equal("Bài viết", link.Title);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.longan.gov.vn/bao-cao.pdf")]
    [InlineData("file:///C:/bao-cao.pdf")]
    [InlineData("baolongan.vn/bai-1")]
    [InlineData("/uploads/bai-1")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    public void A_link_must_be_http_or_https(string url)
    {
        var ex = Assert.Throws<DomainException>(() => ReportEvidence.Link(url, null, Now));
        Assert.EndsWith("không hợp lệ: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://.", ex.Message);
    }

    [Fact]
    public void An_empty_link_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => ReportEvidence.Link(" ", null, Now));
        Assert.Equal("Hãy nhập đường dẫn minh chứng.", ex.Message);
    }
}
