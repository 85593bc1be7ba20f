namespace Lantoa.Domain.Users;

/// <summary>The signed-in person as the access rules see them: who, which province, which unit, which roles.</summary>
public sealed record Actor(int UserId, string UserName, int? ProvinceId, int? UnitId, IReadOnlySet<Role> Roles)
{
    public bool Has(Role role) => Roles.Contains(role);
    public bool IsNational => ProvinceId is null && Has(Role.Admin);

    /// <summary>A national admin, who works on one province at a time once one is picked (<see cref="ProvinceId"/> is
    /// then that province) and may pick another, or none.</summary>
    public bool PicksProvince { get; init; }
}
