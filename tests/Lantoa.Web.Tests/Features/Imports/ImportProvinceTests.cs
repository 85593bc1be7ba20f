using System.Net;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Imports;

/// <summary>The document's province on the import page: shown with its evidence; a plan of another province is refused.</summary>
public class ImportProvinceTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static byte[] Fixture(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "Lantoa.Domain.Tests", "Documents", "Provinces", file);
            if (File.Exists(path)) return File.ReadAllBytes(path);
        }

        throw new FileNotFoundException(file);
    }

    private static Task<int> CountAsync(TestApp app) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<LantoaDb>();
        return await db.Plans.CountAsync() + await db.Units.CountAsync() + await db.PlanImports.CountAsync();
    });

    [Fact]
    public async Task A_coordinator_importing_another_province_s_plan_is_told_so_and_nothing_is_created()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");                                       // Long An's coordinator
        var before = await CountAsync(app);

        var response = await client.PostFileAsync("/Plans/Import?handler=Upload", "/Plans/Import", Fixture("binhdinh-2024-ngay-cds.txt"), "binh-dinh.txt");
        var page = await TestApp.Client.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = page.QuerySelector("[data-testid=import-errors]")!.TextContent;
        Assert.Contains("kế hoạch của Bình Định", errors);
        Assert.Contains("không phải của tỉnh Long An", errors);
        Assert.Contains("dòng 2", errors);
        Assert.Null(page.QuerySelector("[data-testid=import-confirm]"));          // no way to go on
        Assert.Equal(before, await CountAsync(app));
    }

    [Fact]
    public async Task The_review_page_shows_the_province_of_the_coordinator_s_own_plan()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi.tg");
        var seed = File.ReadAllBytes(DemoBudgets.SeedFile("tiengiang-2024-ngay-cds.txt")!);

        var response = await client.PostFileAsync("/Plans/Import?handler=Upload", "/Plans/Import", seed, "tien-giang.txt");
        var page = await TestApp.Client.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var banner = page.QuerySelector("[data-testid=import-province]")!.TextContent;
        Assert.Contains("Tiền Giang", banner);
        Assert.Contains("tiêu đề", banner);
    }

    [Fact]
    public async Task A_name_no_catalogue_knows_becomes_a_new_unit_in_one_click_with_its_kind_guessed()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        const string plan = """
            ỦY BAN NHÂN DÂN
            TỈNH LONG AN

            Số: 12/KH-UBND

            Long An, ngày 05 tháng 9 năm 2024

            KẾ HOẠCH

            Hội thảo chuyển đổi số doanh nghiệp tỉnh Long An năm 2024

            I. NỘI DUNG

            1. Hội thảo chuyển đổi số doanh nghiệp

            a) Cơ quan chủ trì: Sở Thông tin và Truyền thông.

            b) Cơ quan phối hợp: Sở Công Thương, Công ty cổ phần Phần mềm Tân An.

            c) Thời gian: tháng 10/2024.
            """;
        var response = await client.PostFileAsync("/Plans/Import?handler=Upload", "/Plans/Import", System.Text.Encoding.UTF8.GetBytes(plan), "hoi-thao.txt");
        var page = await TestApp.Client.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(page.QuerySelectorAll("[data-testid=unknown-units] tbody tr"));
        Assert.Contains("Công ty cổ phần Phần mềm Tân An", row.TextContent);
        Assert.NotNull(row.QuerySelector("option[value=new]"));
        Assert.Equal("Enterprise", row.QuerySelector("select[name='choices[0].Kind'] option[selected]")!.GetAttribute("value"));

        var token = page.QuerySelector("input[name=token]")!.GetAttribute("value")!;
        var created = await client.PostFormAsync("/Plans/Import?handler=Confirm", new()
        {
            ["token"] = token,
            ["choices[0].Written"] = "Công ty cổ phần Phần mềm Tân An",
            ["choices[0].Target"] = "new",
            ["choices[0].Kind"] = "Enterprise",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planId = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());

        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var unit = await db.Units.SingleAsync(u => u.Name == "Công ty cổ phần Phần mềm Tân An");
            Assert.Equal(Lantoa.Domain.Units.UnitKind.Enterprise, unit.Kind);
            Assert.Equal(await db.Provinces.Where(p => p.Code == "80").Select(p => p.Id).SingleAsync(), unit.ProvinceId);
            var activity = await db.Plans.Where(p => p.Id == planId).SelectMany(p => p.Activities).Include(a => a.Parties).SingleAsync();
            Assert.Contains(activity.Parties, p => p.UnitId == unit.Id);
            return 0;
        });

        // A kind that is not one is refused, in Vietnamese, and creates nothing.
        var second = await client.PostFileAsync("/Plans/Import?handler=Upload", "/Plans/Import",
            System.Text.Encoding.UTF8.GetBytes(plan.Replace("Tân An", "Cần Đước")), "hoi-thao-2.txt");
        var again = await TestApp.Client.ParseAsync(await second.Content.ReadAsStringAsync());
        var before = await CountAsync(app);
        var refused = await client.PostFormAsync("/Plans/Import?handler=Confirm", new()
        {
            ["token"] = again.QuerySelector("input[name=token]")!.GetAttribute("value")!,
            ["choices[0].Written"] = "Công ty cổ phần Phần mềm Cần Đước",
            ["choices[0].Target"] = "new",
            ["choices[0].Kind"] = "99",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Loại đơn vị", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountAsync(app));
    }
}
