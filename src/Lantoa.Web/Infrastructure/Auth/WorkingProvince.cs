using System.Globalization;
using System.Security.Claims;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Infrastructure.Auth;

/// <summary>
/// The national admin's working province: picked on /Admin/Province and kept in a cookie, it becomes the province
/// claim of the request, so every page and rule treats the national admin as that province's admin (its menu, its
/// plans, its dashboard) until another province, or none ("cả nước"), is picked. Only a national admin's cookie is
/// honoured; anyone else's province comes from their account alone.
/// </summary>
public sealed class WorkingProvince(IHttpContextAccessor http, LantoaDb db) : IClaimsTransformation
{
    public const string Cookie = "lantoa.province";

    /// <summary>Marks a province claim that comes from the picker (its value: the province's name).</summary>
    public const string Claim = "lantoa:working-province";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.HasClaim(c => c.Type == Claim)) return principal;
        if (principal.FindFirst(LantoaClaims.Province) is not null || !principal.IsInRole(nameof(Role.Admin))) return principal;
        if (http.HttpContext?.Request.Cookies[Cookie] is not { } raw
            || !int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return principal;
        var name = await db.Provinces.AsNoTracking().Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync();
        if (name is null) return principal;
        var clone = principal.Clone();
        var identity = (ClaimsIdentity)clone.Identity!;
        identity.AddClaim(new System.Security.Claims.Claim(LantoaClaims.Province, id.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new System.Security.Claims.Claim(Claim, name));
        return clone;
    }
}
