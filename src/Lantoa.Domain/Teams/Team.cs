namespace Lantoa.Domain.Teams;

/// <summary>The kind of a team: a community digital technology team (Tổ CNSCĐ) or a youth squad ("IT Xanh").</summary>
public enum TeamKind { Community, YouthSquad }

/// <summary>A member's place in the team.</summary>
public enum MemberRole { Leader, Deputy, Member }

public static class TeamNames
{
    public static string Vietnamese(this TeamKind kind) => kind switch
    {
        TeamKind.Community => "Tổ công nghệ số cộng đồng",
        TeamKind.YouthSquad => "Đội hình IT Xanh",
        _ => kind.ToString(),
    };

    public static string Vietnamese(this MemberRole role) => role switch
    {
        MemberRole.Leader => "Tổ trưởng",
        MemberRole.Deputy => "Tổ phó",
        _ => "Thành viên",
    };

    /// <summary>Reads a written role ("Tổ trưởng", "to pho", "thành viên"); null when it is none of them.</summary>
    public static MemberRole? ParseRole(string? text)
    {
        var t = Text.VietnameseText.Fold(text ?? "").Trim();
        return t switch
        {
            "to truong" or "truong" or "doi truong" => MemberRole.Leader,
            "to pho" or "pho" or "doi pho" => MemberRole.Deputy,
            "thanh vien" or "" => MemberRole.Member,
            _ => null,
        };
    }
}

/// <summary>A team of one commune (and, where the province organises so, one village), with its roster.</summary>
public sealed class Team
{
    private Team() { }

    public Team(int provinceId, string communeCode, string name, TeamKind kind, string? village, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(communeCode)) throw new DomainException("Tổ phải thuộc một xã, phường, thị trấn.");
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Tên tổ không được để trống.");
        ProvinceId = provinceId;
        CommuneCode = communeCode.Trim();
        Name = name.Trim().Normalize();
        Kind = kind;
        Village = string.IsNullOrWhiteSpace(village) ? null : village.Trim().Normalize();
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public string CommuneCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public TeamKind Kind { get; private set; }
    public string? Village { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>A person on a team's roster; <see cref="UserId"/> is their login (role Tổ CNSCĐ) when they have one.</summary>
public sealed class TeamMember
{
    private TeamMember() { }

    public TeamMember(int teamId, string fullName, MemberRole role, string? organisation, string phone)
    {
        if (string.IsNullOrWhiteSpace(fullName)) throw new DomainException("Họ tên thành viên không được để trống.");
        TeamId = teamId;
        FullName = fullName.Trim().Normalize();
        Role = role;
        Organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim().Normalize();
        Phone = phone;
    }

    public int Id { get; private set; }
    public int TeamId { get; private set; }
    public string FullName { get; private set; } = "";
    public MemberRole Role { get; private set; }
    public string? Organisation { get; private set; }
    public string Phone { get; private set; } = "";
    public int? UserId { get; set; }
}
