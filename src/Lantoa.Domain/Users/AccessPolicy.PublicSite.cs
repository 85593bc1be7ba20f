namespace Lantoa.Domain.Users;

/// <summary>Access rules of the PublicSite module. The public pages themselves are open to everyone and show only what
/// was published; these rules are about choosing what is published.</summary>
public static partial class AccessPolicy
{
    /// <summary>Choose what of a plan is public, preview it, publish and unpublish: those who may edit the province's plans.</summary>
    public static bool CanPublishPlans(Actor actor, int provinceId) => CanManagePlans(actor, provinceId);
}
