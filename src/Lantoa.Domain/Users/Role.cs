namespace Lantoa.Domain.Users;

/// <summary>
/// What a user may do. A user may hold several roles; permissions are the union. A later role (Jury, TeamMember,
/// Reviewer) is one member here, one line in <see cref="RoleNames"/> and its grants in <see cref="AccessPolicy"/>.
/// </summary>
public enum Role
{
    /// <summary>Quản trị: users, units, catalogues, the audit trail.</summary>
    Admin,

    /// <summary>Điều phối: the DX office; plans, assignments and catalogues of the province.</summary>
    Coordinator,

    /// <summary>Cán bộ đơn vị: the focal point of one unit; reads plans, changes only its unit's data.</summary>
    UnitOfficer,

    /// <summary>Lãnh đạo: reads everything in the province, changes nothing.</summary>
    Leadership,

    /// <summary>Thẩm định tài chính: the finance department; comments on and approves estimates, reads the province.</summary>
    Reviewer,

    /// <summary>Tổ CNSCĐ: a member of a community digital technology team; logs field work of their team's communes.</summary>
    TeamMember,
}

public static class RoleNames
{
    public static string Vietnamese(this Role role) => role switch
    {
        Role.Admin => "Quản trị",
        Role.Coordinator => "Điều phối",
        Role.UnitOfficer => "Cán bộ đơn vị",
        Role.Leadership => "Lãnh đạo",
        Role.Reviewer => "Thẩm định tài chính",
        Role.TeamMember => "Tổ CNSCĐ",
        _ => role.ToString(),
    };
}
