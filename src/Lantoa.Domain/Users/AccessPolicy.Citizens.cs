namespace Lantoa.Domain.Users;

/// <summary>
/// Access rules of the Citizens module. A citizen is no <see cref="Actor"/>: citizens sign in with their own cookie and
/// token audience and hold no role, so no staff rule ever admits one. What a citizen may touch is their own account.
/// </summary>
public static partial class AccessPolicy
{
    /// <summary>A citizen reads, exports, changes and deletes only their own account (and only while it exists).</summary>
    public static bool CitizenOwns(int? signedInCitizenId, int citizenId, bool deleted) =>
        signedInCitizenId is { } me && me == citizenId && !deleted;

    /// <summary>Staff never act as citizens: a staff login opens no citizen action (they sign up as citizens like anyone).</summary>
    public static bool CanActAsCitizen(Actor? staff) => staff is null;
}
