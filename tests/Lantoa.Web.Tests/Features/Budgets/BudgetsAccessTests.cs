using Lantoa.Domain.Budgets;
using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.Budgets;

/// <summary>
/// Who may read and change a plan's budget, its estimates (lines, paste, import, header, submit, review, delete),
/// actual spending and the spending norms. The estimates here are plan-level: coordinators and admins edit them,
/// the finance department (taichinh) reviews them.
/// </summary>
public sealed class BudgetsAccessGrid : IAccessGrid
{
    public Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        var budget = $"/Plans/{ids.LaPlan}/Budget";
        var normEditors = (string u) => Rule(u, [.. LongAnManagers, "taichinh"]);
        var ownNorms = (string u) => Rule(u, [.. LongAnManagers, "taichinh", "dieuphoi.tg"], neutral: true, national: false);
        Func<Task<string>> Draft(string query) => async () => await ids.NewEstimateAsync(app) + query;
        Func<Task<string>> Submitted(string query) => async () => await ids.NewEstimateAsync(app, EstimateStatus.Submitted) + query;
        var xlsx = (new byte[] { 1, 2, 3, 4 }, "du-toan.xlsx");
        IReadOnlyList<AccessCase> cases =
        [
            new("GET", budget, u => Rule(u, LongAn)),
            new("GET", $"/Plans/{ids.TgPlan}/Budget", u => Rule(u, ["dieuphoi.tg"], laData: false)),
            new("POST", $"{budget}?handler=Source", u => Rule(u, LongAnManagers), new() { ["Source.Name"] = "" }),
            new("POST", $"{budget}?handler=DeleteSource", u => Rule(u, LongAnManagers), new(), Prepare: async () =>
                $"{budget}?handler=DeleteSource&sourceId=" + await app.DbAsync(async db =>
                {
                    var source = new FundingSource(ids.LongAn, ids.LaPlan, FundingKind.Other, "Nguồn để xóa", null);
                    db.FundingSources.Add(source);
                    await db.SaveChangesAsync();
                    return source.Id;
                })),
            new("POST", $"{budget}?handler=Stated", u => Rule(u, LongAnManagers), new() { ["total"] = "" }),
            new("POST", $"{budget}?handler=CreateEstimate", u => Rule(u, LongAnManagers), new() { ["title"] = "Dự toán thử quyền" }),
            new("GET", $"/Budgets/Estimates/{ids.LaEstimate}", u => Rule(u, LongAn)),
            new("GET", $"/Budgets/Estimates/{ids.TgEstimate}", u => Rule(u, ["dieuphoi.tg"], laData: false)),
            new("GET", $"/Budgets/Estimates/{ids.LaEstimate}?handler=Export", u => Rule(u, LongAn)),
            new("POST", "/Budgets/Estimates/1?handler=Line", u => Rule(u, LongAnManagers), new() { ["Line.Content"] = "" }, Prepare: Draft("?handler=Line")),
            new("POST", "/Budgets/Estimates/1?handler=DeleteLine", u => Rule(u, LongAnManagers), new(), Prepare: async () =>
            {
                var url = await ids.NewEstimateAsync(app);
                var line = await app.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                    db.EstimateLines.Where(l => l.EstimateId == int.Parse(url.Substring(url.LastIndexOf('/') + 1))).Select(l => l.Id)));
                return $"{url}?handler=DeleteLine&lineId={line}";
            }),
            new("POST", "/Budgets/Estimates/1?handler=MoveLine", u => Rule(u, LongAnManagers), new() { ["offset"] = "1" }, Prepare: async () =>
            {
                var url = await ids.NewEstimateAsync(app);
                var line = await app.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                    db.EstimateLines.Where(l => l.EstimateId == int.Parse(url.Substring(url.LastIndexOf('/') + 1))).Select(l => l.Id)));
                return $"{url}?handler=MoveLine&lineId={line}";
            }),
            new("POST", "/Budgets/Estimates/1?handler=Paste", u => Rule(u, LongAnManagers), new() { ["text"] = "" }, Prepare: Draft("?handler=Paste")),
            new("POST", "/Budgets/Estimates/1?handler=Import", u => Rule(u, LongAnManagers), File: xlsx, Prepare: Draft("?handler=Import")),
            new("POST", "/Budgets/Estimates/1?handler=Header", u => Rule(u, LongAnManagers), new() { ["Header.Title"] = "" }, Prepare: Draft("?handler=Header")),
            new("POST", "/Budgets/Estimates/1?handler=Submit", u => Rule(u, LongAnManagers), new(), Prepare: Draft("?handler=Submit")),
            new("POST", "/Budgets/Estimates/1?handler=Approve", u => Rule(u, ["taichinh"], national: false), new(), Prepare: Submitted("?handler=Approve")),
            new("POST", "/Budgets/Estimates/1?handler=Return", u => Rule(u, ["taichinh"], national: false), new() { ["comment"] = "Đề nghị bổ sung" },
                Prepare: Submitted("?handler=Return")),
            new("POST", "/Budgets/Estimates/1?handler=Delete", u => Rule(u, LongAnManagers), new(), Prepare: Draft("?handler=Delete")),
            new("GET", $"/Budgets/Estimates/{ids.LaEstimate}/Actuals", u => Rule(u, LongAn)),
            new("POST", "/Budgets/Estimates/1/Actuals", u => Rule(u, LongAnManagers), new(), Prepare: async () =>
                await ids.NewEstimateAsync(app, EstimateStatus.Approved) + "/Actuals"),
            new("GET", "/Budgets/Norms", u => Rule(u, Everyone, neutral: true, national: false)),
            new("POST", "/Budgets/Norms", ownNorms, new() { ["Form.Name"] = "" }),
            new("POST", "/Budgets/Norms?handler=Import", ownNorms, File: xlsx),
            new("GET", $"/Budgets/Norms/{ids.LaNorm}", normEditors),
            new("GET", $"/Budgets/Norms/{ids.TgNorm}", u => Rule(u, ["dieuphoi.tg"], laData: false)),
            new("POST", $"/Budgets/Norms/{ids.LaNorm}", normEditors, new() { ["Form.Name"] = "" }),
            new("POST", "/Budgets/Norms/1?handler=Delete", normEditors, new(), Prepare: async () =>
                $"/Budgets/Norms/{await app.DbAsync(async db =>
                {
                    var norm = new SpendingNorm(ids.LongAn, "Định mức để xóa", "người", new Money(1_000), new DateOnly(2024, 1, 1), null, null);
                    db.SpendingNorms.Add(norm);
                    await db.SaveChangesAsync();
                    return norm.Id;
                })}?handler=Delete"),
        ];
        return Task.FromResult(cases);
    }
}

public class BudgetsAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Every_budgets_handler_allows_exactly_the_roles_it_should() => AssertAsync(fixture, new BudgetsAccessGrid());
}
