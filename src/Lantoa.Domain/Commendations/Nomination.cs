using System.Security.Cryptography;

namespace Lantoa.Domain.Commendations;

/// <summary>
/// A unit's proposal of one nominee for one award of a round: a collective (a team, a unit) or a person with position
/// and unit — typed in until the teams module gives rosters —, the achievements (a text with figures), attached files.
/// Sent → returned with a comment (sent again after changes) → accepted (on the decision's list) or rejected. A council's
/// vote (approve / reject counts) is recorded beside. Once the decision is signed, an accepted nomination is an award:
/// it has a random verification code (for the certificate's QR), a calling order and the ceremony's marks.
/// </summary>
public sealed class Nomination
{
    private readonly List<NominationFile> _files = [];

    private Nomination() { }

    public Nomination(int provinceId, int roundId, int awardId, int unitId, NomineeKind kind, string nomineeName,
        string? position, string? nomineeUnit, string achievements, int userId, DateTimeOffset now)
    {
        ProvinceId = provinceId;
        RoundId = roundId;
        AwardId = awardId;
        UnitId = unitId;
        NomineeKind = kind;
        SetNominee(nomineeName, position, nomineeUnit, achievements);
        Status = NominationStatus.Submitted;
        SubmittedByUserId = userId;
        SubmittedAt = now;
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int RoundId { get; private set; }
    public int AwardId { get; private set; }

    /// <summary>The unit that nominates (and whose quota it uses).</summary>
    public int UnitId { get; private set; }

    public NomineeKind NomineeKind { get; private set; }

    /// <summary>"Tổ Công nghệ số cộng đồng xã Mỹ Yên" or "Nguyễn Văn An".</summary>
    public string NomineeName { get; private set; } = "";

    /// <summary>An individual's position: "Tổ trưởng Tổ Công nghệ số cộng đồng".</summary>
    public string? Position { get; private set; }

    /// <summary>Where the nominee works or belongs: "xã Mỹ Yên, huyện Bến Lức".</summary>
    public string? NomineeUnit { get; private set; }

    public string Achievements { get; private set; } = "";

    public NominationStatus Status { get; private set; }
    public string? ReviewComment { get; private set; }
    public int SubmittedByUserId { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public int? ReviewedByUserId { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }

    public int? CouncilApprove { get; private set; }
    public int? CouncilReject { get; private set; }

    /// <summary>Random, unguessable; given when the nomination is accepted, shown once the decision is signed.</summary>
    public string? VerificationCode { get; private set; }

    public int? CallingOrder { get; set; }
    public bool Attended { get; set; }
    public bool Received { get; set; }

    public IReadOnlyList<NominationFile> Files => _files;

    /// <summary>Whether it holds a place of the unit's quota: everything but a rejected one.</summary>
    public bool HoldsQuota => Status != NominationStatus.Rejected;

    public void SetNominee(string nomineeName, string? position, string? nomineeUnit, string achievements)
    {
        NomineeName = AwardForm.Required(nomineeName, NomineeKind == NomineeKind.Collective ? "Tên tập thể" : "Họ và tên", 300);
        Position = AwardForm.Optional(position, "Chức vụ", 300);
        NomineeUnit = AwardForm.Optional(nomineeUnit, "Đơn vị công tác", 300);
        Achievements = AwardForm.Required(achievements, "Thành tích", 10_000);
        if (NomineeKind == NomineeKind.Individual && NomineeUnit is null)
            throw new DomainException("Cá nhân được đề nghị cần ghi đơn vị công tác.");
    }

    public NominationFile AddFile(string originalName, string storedName, string contentType, long size)
    {
        if (_files.Count >= 10) throw new DomainException("Mỗi hồ sơ đề nghị đính kèm tối đa 10 tệp.");
        var file = new NominationFile(originalName, storedName, contentType, size);
        _files.Add(file);
        return file;
    }

    /// <summary>The unit sends a returned nomination again, after its changes.</summary>
    public void Resubmit(int userId, DateTimeOffset now)
    {
        if (Status != NominationStatus.Returned) throw new DomainException("Chỉ gửi lại hồ sơ đã bị trả lại.");
        Status = NominationStatus.Submitted;
        SubmittedByUserId = userId;
        SubmittedAt = now;
    }

    public void Accept(int userId, DateTimeOffset now)
    {
        if (Status is not (NominationStatus.Submitted or NominationStatus.Returned)) throw new DomainException($"Hồ sơ đang ở trạng thái \"{Status.Vietnamese()}\", không thể chấp thuận.");
        Status = NominationStatus.Accepted;
        Reviewed(userId, now, null);
        VerificationCode ??= NewCode();
    }

    public void Return(int userId, DateTimeOffset now, string? comment)
    {
        if (Status != NominationStatus.Submitted) throw new DomainException($"Hồ sơ đang ở trạng thái \"{Status.Vietnamese()}\", không thể trả lại.");
        var text = AwardForm.Required(comment, "Ý kiến khi trả lại", 2000);
        Status = NominationStatus.Returned;
        Reviewed(userId, now, text);
    }

    public void Reject(int userId, DateTimeOffset now, string? comment)
    {
        if (Status is not (NominationStatus.Submitted or NominationStatus.Returned)) throw new DomainException($"Hồ sơ đang ở trạng thái \"{Status.Vietnamese()}\", không thể từ chối.");
        var text = AwardForm.Required(comment, "Lý do không chấp thuận", 2000);
        Status = NominationStatus.Rejected;
        Reviewed(userId, now, text);
    }

    public void RecordVote(int approve, int reject)
    {
        if (approve < 0 || reject < 0 || approve + reject > 1000) throw new DomainException("Số phiếu tán thành, không tán thành phải từ 0 đến 1000.");
        if (approve + reject == 0) throw new DomainException("Ghi số phiếu của hội đồng.");
        CouncilApprove = approve;
        CouncilReject = reject;
    }

    private void Reviewed(int userId, DateTimeOffset now, string? comment)
    {
        ReviewedByUserId = userId;
        ReviewedAt = now;
        ReviewComment = comment;
    }

    /// <summary>20 random characters of a 31-character alphabet (about 99 bits), without characters that read alike (0/o, 1/l/i).</summary>
    public static string NewCode()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var chars = new char[20];
        for (var i = 0; i < 20; i++) chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        return new string(chars);
    }
}

/// <summary>A file attached to a nomination (a report of achievements, a scan), stored under a name Lantoa chose.</summary>
public sealed class NominationFile
{
    private NominationFile() { }

    internal NominationFile(string originalName, string storedName, string contentType, long size)
    {
        OriginalName = originalName;
        StoredName = storedName;
        ContentType = contentType;
        Size = size;
    }

    public int Id { get; private set; }
    public int NominationId { get; private set; }
    public string OriginalName { get; private set; } = "";
    public string StoredName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
}
