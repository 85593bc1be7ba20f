namespace Lantoa.Domain.Users;

/// <summary>
/// Access rules of the Teams module. The DX office (coordinators, admins) runs teams, rosters and campaigns; leadership
/// reads coverage. A team member (role Tổ CNSCĐ) logs the field work of their own team's communes only: which team is
/// theirs is a roster row linked to their login, checked by the handler on every record.
/// </summary>
public static partial class AccessPolicy
{
    /// <summary>Teams, rosters (import), campaigns: coordinators and admins of the province.</summary>
    public static bool CanManageTeams(Actor actor, int provinceId) => CanManagePlans(actor, provinceId);

    /// <summary>Coverage of a campaign: managers and leadership of the province.</summary>
    public static bool CanReadCoverage(Actor actor, int provinceId) =>
        CanManageTeams(actor, provinceId) || (CanReadProvince(actor, provinceId) && actor.Has(Role.Leadership));

    /// <summary>Record field logs: a team member of the province (their team's communes are checked per record).</summary>
    public static bool CanLogFieldWork(Actor actor, int provinceId) => CanReadProvince(actor, provinceId) && actor.Has(Role.TeamMember);

    /// <summary>Sees the teams page (rosters, import, campaigns) in the menu: managers of their (working) province.</summary>
    public static bool SeesRosters(Actor actor) => actor.ProvinceId is { } province && CanManageTeams(actor, province);

    /// <summary>Sees the field log page in the menu: team members (the page itself asks for a roster row).</summary>
    public static bool SeesFieldLog(Actor actor) => actor.Has(Role.TeamMember);

    /// <summary>Sees the teams menu: managers and leadership with a province, and team members.</summary>
    public static bool SeesTeams(Actor actor) =>
        actor.Has(Role.TeamMember) || (actor.ProvinceId is not null && (actor.Has(Role.Coordinator) || actor.Has(Role.Admin) || actor.Has(Role.Leadership)));
}
