using Lantoa.Domain.Contests;
using Lantoa.Web.Infrastructure.Web;

namespace Lantoa.Web.Features.Contests;

/// <summary>
/// The entry form of a unit's team: category, title, description, authors and the clip as a link to YouTube, Facebook or
/// TikTok (checked by <see cref="VideoLink"/>; no file upload); the unit is the officer's own (a coordinator picks it).
/// </summary>
public sealed class EntryForm
{
    public int CategoryId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Authors { get; set; }
    public string? MediaUrl { get; set; }
    public int? UnitId { get; set; }

    /// <summary>The entry, or a DomainException with the Vietnamese message of the first field that is wrong.</summary>
    public ContestEntry ToEntry(Contest contest, int unitId, int userId, DateTimeOffset now)
    {
        if (contest.Categories.All(c => c.Id != CategoryId)) throw new Lantoa.Domain.DomainException("Chọn hạng mục dự thi của cuộc thi.");
        if (string.IsNullOrWhiteSpace(MediaUrl)) throw new Lantoa.Domain.DomainException("Nhập đường dẫn video dự thi (YouTube, Facebook hoặc TikTok).");
        return new ContestEntry(contest.Id, contest.ProvinceId, CategoryId, TextInput.Clean(Title) ?? "", TextInput.Clean(Description),
            TextInput.Clean(Authors) ?? "", unitId, null, MediaUrl.Trim(), now, submittedByUserId: userId);
    }
}
