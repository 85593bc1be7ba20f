using Lantoa.Domain.Users;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Admin.Users;

/// <summary>One login per role (<see cref="DemoSeeder.Logins"/>), each in its province and unit, with the demo password.</summary>
public sealed class UsersDemoData(LantoaDb db, UnitDirectory directory, IPasswordHasher<User> hasher, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var login in DemoSeeder.Logins)
        {
            int? provinceId = null, unitId = null;
            if (login.ProvinceCode is { } code)
            {
                var province = await db.Provinces.FirstAsync(p => p.Code == code, ct);
                provinceId = province.Id;
                var units = await directory.ForProvinceAsync(province.Id, ct);
                unitId = units.Resolver.Resolve(login.UnitName!, new DateOnly(2024, 10, 10)).Match?.Candidate.Id
                         ?? throw new InvalidOperationException($"Demo unit not found: {login.UnitName}");
            }
            var user = new User(login.UserName, login.DisplayName, provinceId, unitId, login.Roles, now);
            user.SetPasswordHash(hasher.HashPassword(user, DemoSeeder.DemoPassword));
            db.Users.Add(user);
        }
        await db.SaveChangesAsync(ct);
    }
}
