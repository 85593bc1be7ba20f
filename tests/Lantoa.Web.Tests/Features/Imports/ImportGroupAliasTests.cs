using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Lantoa.Domain.Plans;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Imports;

/// <summary>A group chosen for an unknown name with "Ghi nhớ làm tên gọi khác" is remembered: the next document resolves it.</summary>
public class ImportGroupAliasTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Written = "Các cụm thi đua cấp huyện";

    private static string Plan(string title) => string.Join("\n",
        "ỦY BAN NHÂN DÂN", "TỈNH LONG AN", "Số: 16/KH-UBND", "Long An, ngày 06 tháng 3 năm 2024", "",
        "KẾ HOẠCH", title, "",
        "Căn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia;", "",
        "I. MỤC ĐÍCH, YÊU CẦU", "Lan tỏa chuyển đổi số đến các địa phương.", "",
        "II. NỘI DUNG", "1. Hội thi chuyển đổi số giữa các cụm", $"a) Đơn vị chủ trì: {Written}", "b) Thời gian: tháng 4/2024", "",
        "III. TỔ CHỨC THỰC HIỆN", "Các đơn vị báo cáo kết quả trước ngày 30/6/2024.", "",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A");

    [Fact]
    public async Task A_group_picked_for_an_unknown_name_and_remembered_resolves_the_name_next_time()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var group = await app.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            return db.UnitGroups.Where(g => g.Name == "UBND cấp huyện" && db.Provinces.Any(p => p.Id == g.ProvinceId && p.Code == "80")).Select(g => g.Id).SingleAsync();
        });

        var upload = await client.PostFileAsync("/Plans/Import?handler=Upload", "/Plans/Import", Encoding.UTF8.GetBytes(Plan("Hội thi chuyển đổi số giữa các cụm thi đua năm 2024")), "hoi-thi.txt");
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await upload.Content.ReadAsStringAsync());
        Assert.Contains(Written, page.QuerySelector("[data-testid=unknown-units]")!.TextContent);
        var created = await client.PostFormAsync("/Plans/Import?handler=Confirm", new()
        {
            ["token"] = page.QuerySelector("input[name=token]")!.GetAttribute("value")!,
            ["choices[0].Written"] = Written,
            ["choices[0].Target"] = $"g:{group}",
            ["choices[0].SaveAlias"] = "true",
        });
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var planId = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            Assert.Contains(Written, (await db.UnitGroups.SingleAsync(g => g.Id == group)).Aliases);
            var lead = await db.ActivityParties.Where(p => db.Activities.Any(a => a.Id == p.ActivityId && a.PlanId == planId) && p.Role == PartyRole.Lead).SingleAsync();
            Assert.Equal(group, lead.GroupId);
            Assert.Equal(15, await db.Assignments.CountAsync(a => a.PlanId == planId && a.ViaGroupId == group));   // the 15 district committees of 2024
            return 0;
        });

        // The next document that writes the name: recognised as the group, nothing left to choose.
        var again = await client.PostFileAsync("/Plans/Import?handler=Upload", "/Plans/Import", Encoding.UTF8.GetBytes(Plan("Hội thi chuyển đổi số giữa các cụm thi đua năm 2024, đợt hai")), "hoi-thi-2.txt");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await new HtmlParser().ParseDocumentAsync(await again.Content.ReadAsStringAsync());
        Assert.DoesNotContain(Written, second.QuerySelector("[data-testid=unknown-units]")?.TextContent ?? "");
        Assert.Contains("UBND cấp huyện", second.QuerySelector("[data-testid=parsed-activities]")!.TextContent);
    }
}
