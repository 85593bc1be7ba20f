namespace Lantoa.Domain.Contests;

/// <summary>Why a vote is refused: the API's 409 (already today), 422 (outside the window) and 403/404 answers.</summary>
public enum BallotCheck { Open, NotOpenYet, Closed, EntryNotVotable, NotEligible }

/// <summary>
/// A citizen's public vote for an entry on one day (Vietnam time): one a day per entry (a unique key, so a repeat or two
/// votes sent at once count once). A voided vote is kept with its reason and stops counting.
/// </summary>
public sealed class ContestVote
{
    private ContestVote() { }

    public ContestVote(int contestId, int entryId, int citizenId, DateOnly day, DateTimeOffset castAt, string? clientAddress)
    {
        ContestId = contestId;
        EntryId = entryId;
        CitizenId = citizenId;
        Day = day;
        CastAt = castAt;
        ClientAddress = clientAddress;
    }

    public long Id { get; private set; }
    public int ContestId { get; private set; }
    public int EntryId { get; private set; }
    public int CitizenId { get; private set; }
    public DateOnly Day { get; private set; }
    public DateTimeOffset CastAt { get; private set; }
    public string? ClientAddress { get; private set; }
    public DateTimeOffset? VoidedAt { get; private set; }
    public string? VoidReason { get; private set; }
    public bool Valid => VoidedAt is null;

    public void Void(string? reason, DateTimeOffset now)
    {
        if (VoidedAt is not null) return;
        VoidReason = Contest.Required(reason, "Lý do hủy phiếu", 1000);
        VoidedAt = now;
    }

    /// <summary>The day a vote counts for: the calendar day in Vietnam (UTC+7).</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(7)).DateTime);

    /// <summary>Whether a vote for the entry may be cast now (eligibility: a verified account when the rules say so).</summary>
    public static BallotCheck Check(Contest contest, ContestEntry entry, DateTimeOffset now, bool citizenVerified, bool requireVerified)
    {
        if (entry.ContestId != contest.Id || entry.Status != EntryStatus.Accepted) return BallotCheck.EntryNotVotable;
        if (now < contest.VotingOpensAt) return BallotCheck.NotOpenYet;
        if (now >= contest.VotingClosesAt) return BallotCheck.Closed;
        if (requireVerified && !citizenVerified) return BallotCheck.NotEligible;
        return BallotCheck.Open;
    }

    /// <summary>Valid votes per entry (voided ones left out).</summary>
    public static IReadOnlyDictionary<int, int> Tally(IEnumerable<ContestVote> votes) =>
        votes.Where(v => v.Valid).GroupBy(v => v.EntryId).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>
    /// Bursts: at least <paramref name="threshold"/> valid votes for one entry from one address within <paramref name="window"/>;
    /// returns the ids of those votes, for the organiser to look at and void with a reason.
    /// </summary>
    public static IReadOnlyList<long> Bursts(IEnumerable<ContestVote> votes, int threshold, TimeSpan window)
    {
        var flagged = new HashSet<long>();
        foreach (var g in votes.Where(v => v.Valid && v.ClientAddress is not null).GroupBy(v => (v.EntryId, v.ClientAddress)))
        {
            var list = g.OrderBy(v => v.CastAt).ToList();
            for (int i = 0, j = 0; j < list.Count; j++)
            {
                while (list[j].CastAt - list[i].CastAt > window) i++;
                if (j - i + 1 >= threshold)
                    for (var k = i; k <= j; k++) flagged.Add(list[k].Id);
            }
        }
        return [.. flagged.Order()];
    }
}
