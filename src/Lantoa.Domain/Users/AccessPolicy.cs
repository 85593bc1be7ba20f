namespace Lantoa.Domain.Users;

/// <summary>
/// Every access rule of Lantoa, in one class with one partial file per module (AccessPolicy.&lt;Module&gt;.cs). Handlers
/// ask these questions on the server before they read or change anything; the answer depends on the actor's roles,
/// province and unit, never on what the page showed. List pages take their filters from here too.
/// </summary>
public static partial class AccessPolicy
{
    /// <summary>Anyone signed in may read their own province's data; a national admin reads all provinces.</summary>
    public static bool CanReadProvince(Actor actor, int provinceId) => actor.IsNational || actor.ProvinceId == provinceId;
}
