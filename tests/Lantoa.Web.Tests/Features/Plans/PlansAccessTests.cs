using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.Plans;

/// <summary>Who may open and change plans, their activities and their status.</summary>
public sealed class PlansAccessGrid : IAccessGrid
{
    public async Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        var coordinator = app.NewClient();
        await coordinator.LoginAsync("dieuphoi");
        var creators = (string u) => Rule(u, [.. LongAnManagers, "dieuphoi.tg"], neutral: true, national: false);
        return
        [
            new("GET", "/Plans", u => Rule(u, Everyone)),
            new("GET", $"/Plans/{ids.LaPlan}", u => Rule(u, LongAn)),
            new("GET", $"/Plans/{ids.TgPlan}", u => Rule(u, ["dieuphoi.tg"], laData: false)),
            new("GET", $"/Plans/{ids.LaPlan}?handler=Docx", u => Rule(u, LongAn)),
            new("GET", "/Plans/Create", creators),
            new("POST", "/Plans/Create", creators, new() { ["Form.Title"] = "Kế hoạch thử quyền", ["Form.Year"] = "2025", ["Form.Kind"] = "Other" }),
            new("GET", $"/Plans/{ids.LaPlan}/Edit", u => Rule(u, LongAnManagers)),
            new("POST", $"/Plans/{ids.LaPlan}/Edit", u => Rule(u, LongAnManagers), new() { ["Form.Title"] = "Tên mới", ["Form.Year"] = "2024", ["Form.Kind"] = "DxDay" }),
            new("GET", $"/Plans/{ids.LaPlan}/Activities/New", u => Rule(u, LongAnManagers)),
            new("POST", $"/Plans/{ids.LaPlan}/Activities/New", u => Rule(u, LongAnManagers), new() { ["Form.Title"] = "Hoạt động thử", ["Form.Label"] = "9" }),
            new("GET", $"/Plans/{ids.LaPlan}/Activities/{ids.LaActivity}", u => Rule(u, LongAnManagers)),
            new("POST", $"/Plans/{ids.LaPlan}/Activities/{ids.LaActivity}", u => Rule(u, LongAnManagers), new() { ["Form.Title"] = "" }),
            new("POST", $"/Plans/{ids.LaPlan}/Activities/1?handler=Delete", u => Rule(u, LongAnManagers), new(), Prepare: async () =>
            {
                await coordinator.PostFormAsync($"/Plans/{ids.LaPlan}/Activities/New", new() { ["Form.Title"] = "Hoạt động để xóa", ["Form.Label"] = "99" });
                var id = await app.DbAsync(db => db.Activities.Where(a => a.PlanId == ids.LaPlan).MaxAsync(a => a.Id));
                return $"/Plans/{ids.LaPlan}/Activities/{id}?handler=Delete";
            }),
            new("POST", $"/Plans/{ids.LaPlan}?handler=Status", u => Rule(u, LongAnManagers), new() { ["next"] = "Draft" }),
        ];
    }
}

public class PlansAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Every_plans_handler_allows_exactly_the_roles_it_should() => AssertAsync(fixture, new PlansAccessGrid());
}
