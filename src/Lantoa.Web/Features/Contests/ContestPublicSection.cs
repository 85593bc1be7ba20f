using Lantoa.Domain.Contests;
using Lantoa.Web.Features.PublicSite;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Contests;

/// <summary>The province's contests on its public site: those whose vote is open or coming, and past ones with published results.</summary>
public sealed class ContestPublicSection(LantoaDb db, TimeProvider clock) : IPublicSection
{
    public PublicSectionKind Kind => PublicSectionKind.Contests;

    public async Task<IReadOnlyList<PublicSectionItem>> ItemsAsync(PublicProvince province, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var contests = await db.Set<Contest>().AsNoTracking().Where(c => c.ProvinceId == province.Id && (c.VotingClosesAt > now || c.ResultsPublishedAt != null))
            .OrderBy(c => c.VotingClosesAt).ThenBy(c => c.Id).ToListAsync(ct);
        return contests.Select(c => new PublicSectionItem(c.Id, c.Title,
            $"Bình chọn từ {c.VotingOpensAt.ToOffset(TimeSpan.FromHours(7)):dd/MM/yyyy} đến {c.VotingClosesAt.ToOffset(TimeSpan.FromHours(7)):dd/MM/yyyy}", null, $"/binh-chon/{c.Id}",
            c.VotingOpenAt(now) ? "Đang bình chọn" : c.ResultsPublishedAt is not null ? "Đã công bố kết quả" : now < c.VotingOpensAt ? "Sắp bình chọn" : "Đã kết thúc bình chọn",
            Past: c.VotingClosesAt <= now)
        {
            Fields = new Dictionary<string, object?> { ["kind"] = c.Kind.ToString(), ["votingOpensAt"] = c.VotingOpensAt, ["votingClosesAt"] = c.VotingClosesAt },
        }).ToList();
    }
}
