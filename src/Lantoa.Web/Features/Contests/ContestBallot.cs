using Lantoa.Domain.Citizens;
using Lantoa.Domain.Contests;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Contests;

/// <summary>What a citizen's vote came to; the API turns it into 201/409/422/403/404, the vote page into its message.</summary>
public enum BallotOutcome { Counted, AlreadyToday, NoEntry, NotOpenYet, Closed, NotEligible }

public sealed record BallotResult(BallotOutcome Outcome, int Votes, string Message);

/// <summary>
/// A citizen's vote, for the API and the vote page alike: the entry must be an accepted entry (of the given contest, when
/// one is given: a vote for an entry of another contest is refused), the window open on the server's clock, the account
/// verified when the rules say so; then <see cref="VoteStore.CastAsync"/> counts it once.
/// </summary>
public sealed class ContestBallot(LantoaDb db, VoteStore votes, TimeProvider clock)
{
    public async Task<BallotResult> CastAsync(Citizen citizen, int entryId, int? contestId, string? address, CancellationToken ct)
    {
        var entry = await db.Set<ContestEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, ct);
        var contest = entry is null || (contestId is { } only && entry.ContestId != only) ? null
            : await db.Set<Contest>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == entry.ContestId, ct);
        if (entry is null || contest is null) return new(BallotOutcome.NoEntry, 0, "Không có bài dự thi này.");
        var now = clock.GetUtcNow();
        switch (ContestVote.Check(contest, entry, now, citizen.IsVerified, contest.VotersMustBeVerified))
        {
            case BallotCheck.EntryNotVotable: return new(BallotOutcome.NoEntry, 0, "Không có bài dự thi này.");
            case BallotCheck.NotOpenYet: return new(BallotOutcome.NotOpenYet, 0, $"Cuộc bình chọn chưa bắt đầu (mở lúc {Local(contest.VotingOpensAt)}).");
            case BallotCheck.Closed: return new(BallotOutcome.Closed, 0, $"Cuộc bình chọn đã kết thúc lúc {Local(contest.VotingClosesAt)}.");
            case BallotCheck.NotEligible:
                return new(BallotOutcome.NotEligible, 0, "Cuộc thi này chỉ nhận bình chọn của tài khoản đã xác minh thư điện tử hoặc số điện thoại.");
        }
        var write = await votes.CastAsync(contest.Id, entry.Id, citizen.Id, now, address, ct);
        return write.Counted
            ? new(BallotOutcome.Counted, write.Votes, $"Đã ghi nhận bình chọn của bạn cho “{entry.Title}”; bài hiện có {write.Votes} lượt bình chọn.")
            : new(BallotOutcome.AlreadyToday, write.Votes, "Bạn đã bình chọn cho bài dự thi này hôm nay; mỗi ngày được bình chọn một lần cho mỗi bài.");
    }

    public static string Local(DateTimeOffset t) => t.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm 'ngày' dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
