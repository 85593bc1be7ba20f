namespace Lantoa.Domain.Contests;

/// <summary>
/// An entry (bài dự thi): its title, description and authors with their unit or commune, the work (a link to a video on
/// YouTube/Facebook/TikTok, checked for its form, or a stored file), who submitted it (a citizen's account or a unit's
/// officer for its team) and its moderation. Its valid public votes are counted by the vote writes beside it (the web
/// side's contest_vote_counts), not here.
/// </summary>
public sealed class ContestEntry
{
    private ContestEntry() { }

    public ContestEntry(int contestId, int provinceId, int categoryId, string title, string? description, string authors,
        int? authorUnitId, string? authorCommuneCode, string? mediaUrl, DateTimeOffset submittedAt, int? citizenId = null, int? submittedByUserId = null)
    {
        if (citizenId is null == submittedByUserId is null) throw new DomainException("Bài dự thi phải do một người dân hoặc một cán bộ đơn vị gửi.");
        ContestId = contestId;
        ProvinceId = provinceId;
        CategoryId = categoryId;
        Title = Contest.Required(title, "Tên tác phẩm", 300);
        Description = Contest.Optional(description, "Mô tả", 4000);
        Authors = Contest.Required(authors, "Tác giả", 500);
        AuthorUnitId = authorUnitId;
        AuthorCommuneCode = Contest.Optional(authorCommuneCode, "Mã xã, phường", 10);
        MediaUrl = mediaUrl is null ? null : VideoLink.Check(mediaUrl);
        SubmittedAt = submittedAt;
        CitizenId = citizenId;
        SubmittedByUserId = submittedByUserId;
    }

    public int Id { get; private set; }
    public int ContestId { get; private set; }
    public int ProvinceId { get; private set; }
    public int CategoryId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public string Authors { get; private set; } = "";
    public int? AuthorUnitId { get; private set; }
    public string? AuthorCommuneCode { get; private set; }

    /// <summary>The work as a link to a video platform (checked by <see cref="VideoLink"/>).</summary>
    public string? MediaUrl { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }
    public int? CitizenId { get; private set; }
    public int? SubmittedByUserId { get; private set; }
    public EntryStatus Status { get; private set; }
    public string? RejectionReason { get; private set; }

    /// <summary>The furthest round the entry reached (1 sơ khảo, 2 chung khảo …).</summary>
    public int Round { get; private set; } = 1;

    public void Accept()
    {
        Status = EntryStatus.Accepted;
        RejectionReason = null;
    }

    public void Reject(string? reason)
    {
        RejectionReason = Contest.Required(reason, "Lý do không chấp nhận", 1000);
        Status = EntryStatus.Rejected;
    }

    public void Advance(int toRound)
    {
        if (toRound != Round + 1) throw new DomainException("Bài dự thi chỉ vào được vòng kế tiếp.");
        Round = toRound;
    }
}
