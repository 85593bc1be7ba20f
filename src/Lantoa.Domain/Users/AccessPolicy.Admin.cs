using System.Linq.Expressions;
using Lantoa.Domain.Audit;

namespace Lantoa.Domain.Users;

/// <summary>Access rules of the Admin module.</summary>
public static partial class AccessPolicy
{
    /// <summary>Users and the audit trail: admins (of the province, or national).</summary>
    public static bool CanManageUsers(Actor actor, int? provinceId) =>
        actor.Has(Role.Admin) && (actor.IsNational || (provinceId is not null && actor.ProvinceId == provinceId));

    public static bool CanReadAudit(Actor actor) => actor.Has(Role.Admin);

    /// <summary>Pick the province to work on (/Admin/Province): a national admin only; a province's users work in their own.</summary>
    public static bool CanPickProvince(Actor actor) => actor.PicksProvince && actor.Has(Role.Admin);


    /// <summary>The users and audit menu entries: admins.</summary>
    public static bool SeesAdministration(Actor actor) => actor.Has(Role.Admin);

    /// <summary>The users a list shows an admin: a national admin every user, a province's admin its users, others none.</summary>
    public static Expression<Func<User, bool>> UsersListedFor(Actor actor)
    {
        if (actor.IsNational) return u => true;
        if (actor.ProvinceId is not { } province || !actor.Has(Role.Admin)) return u => false;
        return u => u.ProvinceId == province;
    }

    /// <summary>The audit entries a list shows an admin: a national admin all, a province's admin its province's, others none.</summary>
    public static Expression<Func<AuditEntry, bool>> AuditListedFor(Actor actor)
    {
        if (actor.IsNational) return a => true;
        if (actor.ProvinceId is not { } province || !actor.Has(Role.Admin)) return a => false;
        return a => a.ProvinceId == province;
    }
}

