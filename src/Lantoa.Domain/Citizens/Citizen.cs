namespace Lantoa.Domain.Citizens;

/// <summary>
/// A citizen's account (người dân): not a staff user, no role, no unit. Signs in with a phone number or an e-mail. The
/// id is what other modules' records (quiz attempts, votes, registrations) point at, so that deleting the account
/// keeps those results while <see cref="Anonymise"/> removes the person from them.
/// </summary>
public sealed class Citizen
{
    private readonly List<string> _consents = [];

    private Citizen() { }

    public Citizen(CitizenProfile profile, string? phone, string? email, IEnumerable<string> consents, DateTimeOffset now)
    {
        if (phone is null && email is null) throw new DomainException("Cần số điện thoại hoặc thư điện tử.");
        Phone = phone;
        Email = email;
        Apply(profile);
        SetConsents(consents, now);
        CreatedAt = now;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public int Id { get; private set; }

    /// <summary>Normalised "0xxxxxxxxx" (see <see cref="PhoneNumber"/>), or null.</summary>
    public string? Phone { get; private set; }

    /// <summary>Lower-case, or null.</summary>
    public string? Email { get; private set; }

    public string PasswordHash { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public DateOnly? BirthDate { get; private set; }

    /// <summary>Residence: codes of the administrative units (province, commune) current on the day it was entered.</summary>
    public string? ProvinceCode { get; private set; }
    public string? CommuneCode { get; private set; }

    /// <summary>Workplace or school: a unit of the province, or free text.</summary>
    public int? WorkplaceUnitId { get; private set; }
    public string? Workplace { get; private set; }

    public DateTimeOffset? EmailVerifiedAt { get; private set; }
    public DateTimeOffset? PhoneVerifiedAt { get; private set; }

    /// <summary>The purposes (<see cref="ConsentPurposes"/> keys) the citizen agreed to, and when they last changed.</summary>
    public IReadOnlyList<string> Consents => _consents;
    public DateTimeOffset ConsentedAt { get; private set; }

    /// <summary>An ID card number (CCCD), only when a contest asks for it: a keyed hash and the last four digits.</summary>
    public string? IdCardHash { get; private set; }
    public string? IdCardLast4 { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set when the account was deleted: the row stays as an anonymous id, with no personal data.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    /// <summary>Changes with the password and at deletion, so that older cookies stop working.</summary>
    public string SecurityStamp { get; private set; } = "";

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>Verified by an e-mail code or an SMS code: what a contest that "requires verification" asks.</summary>
    public bool IsVerified => EmailVerifiedAt is not null || PhoneVerifiedAt is not null;

    public void Apply(CitizenProfile profile)
    {
        FullName = profile.FullName;
        BirthDate = profile.BirthDate;
        ProvinceCode = profile.ProvinceCode;
        CommuneCode = profile.CommuneCode;
        WorkplaceUnitId = profile.WorkplaceUnitId;
        Workplace = profile.WorkplaceUnitId is null ? profile.Workplace : null;
    }

    public void SetPasswordHash(string hash)
    {
        PasswordHash = hash;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>Replaces the consents; the required purposes must stay (withdrawing them means deleting the account).</summary>
    public void SetConsents(IEnumerable<string> purposes, DateTimeOffset now)
    {
        var list = purposes.Distinct().ToList();
        if (list.FirstOrDefault(p => !ConsentPurposes.IsKnown(p)) is { } unknown) throw new DomainException($"Mục đích \"{unknown}\" không có.");
        if (ConsentPurposes.All.FirstOrDefault(p => p.Required && !list.Contains(p.Key)) is { } missing)
            throw new DomainException($"Cần đồng ý mục đích bắt buộc: {missing.Title}.");
        _consents.Clear();
        _consents.AddRange(ConsentPurposes.All.Select(p => p.Key).Where(list.Contains));
        ConsentedAt = now;
    }

    public void MarkEmailVerified(DateTimeOffset now) => EmailVerifiedAt ??= now;

    public void MarkPhoneVerified(DateTimeOffset now) => PhoneVerifiedAt ??= now;

    public void SetIdCard(string hash, string last4)
    {
        IdCardHash = hash;
        IdCardLast4 = last4;
    }

    /// <summary>Deletes the person: every personal field is cleared, the id stays for the results that must be kept.</summary>
    public void Anonymise(DateTimeOffset now)
    {
        Phone = null;
        Email = null;
        PasswordHash = "";
        FullName = "";
        BirthDate = null;
        ProvinceCode = null;
        CommuneCode = null;
        WorkplaceUnitId = null;
        Workplace = null;
        EmailVerifiedAt = null;
        PhoneVerifiedAt = null;
        _consents.Clear();
        IdCardHash = null;
        IdCardLast4 = null;
        DeletedAt = now;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }
}

/// <summary>What a citizen tells about themselves, already checked (<see cref="CitizenRules"/>).</summary>
public sealed record CitizenProfile(string FullName, DateOnly BirthDate, string ProvinceCode, string CommuneCode, int? WorkplaceUnitId, string? Workplace);
