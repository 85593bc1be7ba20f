using System.Net;
using System.Text.RegularExpressions;
using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Features.Plans;

/// <summary>The plan page's timeline fits the plan: a ten-day campaign by day, today's column and the report deadline marked.</summary>
public class TimelinePageTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_ten_day_campaign_is_shown_by_day_with_today_and_its_deadline()
    {
        await using var app = await TestApp.StartAsync(fixture, now: new DateTimeOffset(2024, 10, 23, 9, 0, 0, TimeSpan.FromHours(7)));
        var coordinator = app.NewClient();
        await coordinator.LoginAsync("dieuphoi");
        var created = await coordinator.PostFormAsync("/Plans/Create", new()
        {
            ["Form.Title"] = "Kế hoạch Chiến dịch 10 ngày cao điểm hỗ trợ người dân sử dụng dịch vụ công trực tuyến", ["Form.Kind"] = "Other",
            ["Form.Year"] = "2024", ["Form.NumberSymbol"] = "/KH-UBND", ["Form.Deadlines"] = "30/10/2024: Báo cáo kết quả chiến dịch | Tỉnh Đoàn",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planUrl = created.Headers.Location!.OriginalString;
        var activity = await coordinator.PostFormAsync($"{planUrl}/Activities/New", new()
        {
            ["Form.Label"] = "1", ["Form.Title"] = "Ra quân hỗ trợ người dân tại các xã", ["Form.Kind"] = "Other",
            ["Form.Lead"] = "Tỉnh Đoàn", ["Form.TimeText"] = "Từ ngày 21/10/2024 đến ngày 30/10/2024",
        });
        Assert.Equal(HttpStatusCode.Redirect, activity.StatusCode);

        var html = WebUtility.HtmlDecode(await (await coordinator.GetAsync(planUrl)).Content.ReadAsStringAsync());
        var table = Regex.Match(html, "<table[^>]*data-testid=\"timeline\"[^>]*>.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("data-scale=\"Day\"", table);
        Assert.Contains("Tiến độ theo ngày", html);
        var headings = Regex.Matches(table, "<th scope=\"col\"[^>]*title=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, headings.Count);
        Assert.Equal("Thứ Hai, 21/10/2024", headings[0]);
        Assert.Equal("Thứ Tư, 30/10/2024", headings[^1]);
        Assert.Matches("<th scope=\"col\" class=\"today\" title=\"Thứ Tư, 23/10/2024\"", table);
        var cells = Regex.Match(table, "Ra quân hỗ trợ người dân tại các xã</th>(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(10, Regex.Matches(cells, "<td class=\"on( today)?\"").Count);
        Assert.Contains("30/10/2024: Báo cáo kết quả chiến dịch", html);
        Assert.Contains("data-testid=\"timeline-marks\"", table);
    }
}
