using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.MyWork;

/// <summary>Who may open a unit's work list, acknowledge its assignments and mark its notices read.</summary>
public sealed class MyWorkAccessGrid : IAccessGrid
{
    public Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        var baoActors = (string u) => Rule(u, ["quantri.longan", "dieuphoi", "baolongan"]);
        IReadOnlyList<AccessCase> cases =
        [
            new("GET", "/MyWork", u => Rule(u, Everyone)),
            new("GET", $"/MyWork?unitId={ids.BaoUnit}", u => Rule(u, ["quantri.longan", "dieuphoi", "lanhdao", "baolongan"])),
            new("GET", $"/MyWork?unitId={ids.TgUnit}", u => Rule(u, ["dieuphoi.tg"], laData: false)),
            new("POST", "/MyWork?handler=Acknowledge", baoActors, new() { ["assignmentId"] = ids.BaoAssignment.ToString(), ["form.FocalPerson"] = "Người thử" }),
            new("POST", "/MyWork?handler=Read", baoActors, new() { ["unitId"] = ids.BaoUnit.ToString() }),
        ];
        return Task.FromResult(cases);
    }
}

public class MyWorkAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Every_my_work_handler_allows_exactly_the_roles_it_should() => AssertAsync(fixture, new MyWorkAccessGrid());
}
