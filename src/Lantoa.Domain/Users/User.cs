namespace Lantoa.Domain.Users;

/// <summary>A person who logs in. Belongs to one unit; a national admin has no province.</summary>
public sealed class User
{
    public const int MaxFailedLogins = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private readonly List<Role> _roles = [];

    private User() { }

    public User(string userName, string displayName, int? provinceId, int? unitId, IEnumerable<Role> roles, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(userName)) throw new DomainException("Tên đăng nhập không được để trống.");
        UserName = userName.Trim().ToLowerInvariant();
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? UserName : displayName.Trim().Normalize();
        ProvinceId = provinceId;
        UnitId = unitId;
        SetRoles(roles);
        CreatedAt = now;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public int Id { get; private set; }
    public string UserName { get; private set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Email { get; set; }
    public string PasswordHash { get; private set; } = "";
    public IReadOnlyList<Role> Roles => _roles;
    public int? UnitId { get; set; }
    public int? ProvinceId { get; set; }
    public int FailedLogins { get; private set; }
    public DateTimeOffset? LockoutEnd { get; private set; }
    public bool IsActive { get; set; } = true;
    public bool MustChangePassword { get; set; }

    /// <summary>Changes whenever the password or roles change, so that older login cookies stop working.</summary>
    public string SecurityStamp { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public void SetRoles(IEnumerable<Role> roles)
    {
        var list = roles.Distinct().ToList();
        if (list.Count == 0) throw new DomainException("Người dùng phải có ít nhất một vai trò.");
        _roles.Clear();
        _roles.AddRange(list);
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public void SetPasswordHash(string hash)
    {
        PasswordHash = hash;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public bool IsLockedOut(DateTimeOffset now) => LockoutEnd is { } end && end > now;

    /// <summary>Counts a failed login; the fifth in a row locks the account for 15 minutes.</summary>
    public void RecordFailedLogin(DateTimeOffset now)
    {
        FailedLogins++;
        if (FailedLogins >= MaxFailedLogins)
        {
            LockoutEnd = now + LockoutDuration;
            FailedLogins = 0;
        }
    }

    public void RecordSuccessfulLogin()
    {
        FailedLogins = 0;
        LockoutEnd = null;
    }

    public void Unlock()
    {
        FailedLogins = 0;
        LockoutEnd = null;
    }
}
