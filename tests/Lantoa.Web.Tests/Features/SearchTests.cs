using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Features;

public class SearchTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [InlineData("/Units?q=so+thong+tin", "[data-testid=unit-list]", "Sở Thông tin và Truyền thông")]
    [InlineData("/Units?q=TINH+DOAN", "[data-testid=unit-list]", "Tỉnh Đoàn")]
    [InlineData("/Units?q=ben+luc&kind=DistrictCommittee", "[data-testid=unit-list]", "UBND huyện Bến Lức")]
    [InlineData("/Plans?q=ngay+chuyen+doi+so+quoc+gia", "[data-testid=plan-list]", "Ngày Chuyển đổi số quốc gia")]
    [InlineData("/Plans?q=tuyen+truyen&year=2024&kind=Communications", "[data-testid=plan-list]", "Tuyên truyền về chuyển đổi số")]
    public async Task Search_ignores_diacritics_and_case(string url, string list, string expected)
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("lanhdao");

        var page = await client.GetPageAsync(url);

        Assert.Contains(expected, page.QuerySelector(list)!.TextContent);
    }

    [Fact]
    public async Task A_search_that_matches_nothing_says_so()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("lanhdao");

        var page = await client.GetPageAsync("/Plans?q=khong+co+ke+hoach+nao");

        Assert.Contains("Không có kế hoạch nào khớp bộ lọc.", page.QuerySelector("[data-testid=plan-list]")!.TextContent);
    }
}
