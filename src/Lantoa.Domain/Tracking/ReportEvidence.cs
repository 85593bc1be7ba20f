using Lantoa.Domain.Text;

namespace Lantoa.Domain.Tracking;

public enum EvidenceKind
{
    /// <summary>A web address: the article, the post, the video on the portal.</summary>
    Link,

    /// <summary>An uploaded file, kept by the storage outside the web root under <see cref="ReportEvidence.StoredName"/>.</summary>
    File,
}

/// <summary>
/// Evidence attached to a report: a link (http or https only) or a file accepted by <see cref="EvidencePolicy"/>.
/// For a file Lantoa keeps the name the storage gave it, the name the user uploaded, the content type to serve it
/// with and its size; the bytes live in the storage, which is not the domain's business.
/// </summary>
public sealed class ReportEvidence
{
    public const int MaxUrlLength = 2000;

    private ReportEvidence() { }

    private ReportEvidence(EvidenceKind kind, string? title, DateTimeOffset now)
    {
        Kind = kind;
        Title = string.IsNullOrWhiteSpace(title) ? null : VietnameseText.Normalize(title);
        if (Title?.Length > 500) throw new DomainException("Tiêu đề minh chứng quá dài (tối đa 500 ký tự).");
        AddedAt = now;
    }

    public int Id { get; private set; }
    public int ReportId { get; private set; }
    public EvidenceKind Kind { get; private set; }

    /// <summary>What the evidence shows, as the user describes it ("Bài viết trên Báo Long An ngày 12/02/2024").</summary>
    public string? Title { get; private set; }

    public string? Url { get; private set; }
    public string? StoredName { get; private set; }
    public string? OriginalName { get; private set; }
    public string? ContentType { get; private set; }
    public long? Size { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>A link; refused unless it is an absolute http or https address.</summary>
    public static ReportEvidence Link(string url, string? title, DateTimeOffset now)
    {
        var text = (url ?? "").Trim();
        if (text.Length == 0) throw new DomainException("Hãy nhập đường dẫn minh chứng.");
        if (text.Length > MaxUrlLength) throw new DomainException($"Đường dẫn minh chứng quá dài (tối đa {MaxUrlLength} ký tự).");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
            throw new DomainException($"Đường dẫn minh chứng \"{text}\" không hợp lệ: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://.");
        return new ReportEvidence(EvidenceKind.Link, title, now) { Url = uri.AbsoluteUri };
    }

    /// <summary>
    /// A file the policy accepted and the storage saved as <paramref name="storedName"/> (a bare file name the storage
    /// chose — no folders, never the user's name).
    /// </summary>
    public static ReportEvidence File(string storedName, AcceptedEvidenceFile file, string? title, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (string.IsNullOrWhiteSpace(storedName) || storedName.Length > 200
            || storedName.IndexOfAny(['/', '\\', ':', '\0']) >= 0 || storedName.Contains("..", StringComparison.Ordinal)
            || storedName.Trim() != storedName)
            throw new ArgumentException("Tên lưu trữ của tệp không hợp lệ.", nameof(storedName));
        return new ReportEvidence(EvidenceKind.File, title, now)
        {
            StoredName = storedName,
            OriginalName = file.OriginalName,
            ContentType = file.ContentType,
            Size = file.Size,
        };
    }

    /// <summary>"baocao.pdf (1,2 MB)" or the address.</summary>
    public string ToDisplay() => Kind == EvidenceKind.Link
        ? Title is null ? Url! : $"{Title} ({Url})"
        : $"{Title ?? OriginalName} ({EvidencePolicy.SizeText(Size ?? 0)})";
}
