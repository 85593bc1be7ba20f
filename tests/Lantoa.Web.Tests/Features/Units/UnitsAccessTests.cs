using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.Units;

/// <summary>Who may read the catalogue, resolve names, create units and groups, and change a unit's details.</summary>
public sealed class UnitsAccessGrid : IAccessGrid
{
    public Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        var creators = (string u) => Rule(u, [.. LongAnManagers, "dieuphoi.tg"], neutral: true, national: false);
        IReadOnlyList<AccessCase> cases =
        [
            new("GET", "/Units", u => Rule(u, Everyone)),
            new("GET", "/Units/Resolve?q=UBND+huyện+Bến+Lức", u => Rule(u, Everyone)),
            new("GET", $"/Units/{ids.BenLucUnit}", u => Rule(u, LongAn)),
            new("GET", $"/Units/{ids.TgUnit}", u => Rule(u, ["dieuphoi.tg"], laData: false)),
            new("GET", $"/Units/Groups/{ids.LaGroup}", u => Rule(u, LongAn)),
            new("GET", $"/Units/Groups/{ids.TgGroup}", u => Rule(u, ["dieuphoi.tg"], laData: false)),
            new("GET", "/Units/New", creators),
            new("GET", "/Units/Groups/New", creators),
            new("POST", $"/Units/{ids.BaoUnit}", u => Rule(u, ["quantri.longan", "dieuphoi", "baolongan"]),
                new() { ["Form.ContactPhone"] = "0272 123", ["Form.Name"] = "Báo Long An", ["Form.Kind"] = "Press" }),
            new("POST", $"/Units/Groups/{ids.LaGroup}", u => Rule(u, LongAnManagers), new() { ["Form.Name"] = "UBND cấp huyện", ["Form.RuleKind"] = "DistrictCommittee" }),
        ];
        return Task.FromResult(cases);
    }
}

public class UnitsAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Every_units_handler_allows_exactly_the_roles_it_should() => AssertAsync(fixture, new UnitsAccessGrid());
}
