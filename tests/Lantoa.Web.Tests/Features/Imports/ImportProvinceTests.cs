using System.Net;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Imports;

/// <summary>The document's province on the import page: shown with its evidence; a plan of another province is refused.</summary>
[Collection(DatabaseCollection.Name)]
public class ImportProvinceTests(DatabaseFixture fixture)
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
}
