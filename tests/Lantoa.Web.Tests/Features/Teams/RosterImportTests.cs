using System.Net;
using Lantoa.Domain.Geography;
using Lantoa.Domain.Teams;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using NPOI.XSSF.UserModel;

namespace Lantoa.Web.Tests.Features.Teams;

/// <summary>
/// The roster import page with real .xlsx files made by NPOI: 1.000 rows with five bad ones are refused row by row and
/// nothing is written (all or nothing); the same file with those rows fixed imports all 1.000; sending it again adds
/// nobody (every phone is on a roster already); another province's coordinator cannot put these communes in theirs.
/// </summary>
public class RosterImportTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    public static readonly string[] Header = ["Mã xã", "Tên tổ", "Ấp, khu phố", "Họ và tên", "Vai trò", "Đơn vị", "Số điện thoại"];

    /// <summary>A workbook with the header row and <paramref name="rows"/>; a phone written as digits only "#n" is a number cell.</summary>
    public static byte[] Workbook(IEnumerable<string?[]> rows)
    {
        var book = new XSSFWorkbook();
        var sheet = book.CreateSheet("Danh sách");
        var header = sheet.CreateRow(0);
        for (var c = 0; c < Header.Length; c++) header.CreateCell(c).SetCellValue(Header[c]);
        var r = 1;
        foreach (var cells in rows)
        {
            var row = sheet.CreateRow(r++);
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c] is not { } v) continue;
                if (v.StartsWith('#')) row.CreateCell(c).SetCellValue(double.Parse(v[1..]));
                else row.CreateCell(c).SetCellValue(v);
            }
        }
        using var stream = new MemoryStream();
        book.Write(stream);
        return stream.ToArray();
    }

    private static readonly string[] Roles = ["Thành viên", "thành viên", "Tổ phó", "Thanh vien"];

    /// <summary>1.000 members of <paramref name="communes"/>' teams; every 50th a leader; every 97th phone a number cell.</summary>
    private static List<string?[]> Members(IReadOnlyList<string> communes) => Enumerable.Range(0, 1000).Select(i =>
    {
        var commune = communes[i % communes.Count];
        var phone = $"09{20_000_000 + i:D8}";
        return new string?[]
        {
            commune, $"Tổ công nghệ số cộng đồng {commune}", i % 3 == 0 ? $"Ấp {i % 7 + 1}" : null, $"Nguyễn Thị Thử {i + 1}",
            i % 50 == 0 ? "Tổ trưởng" : Roles[i % Roles.Length], i % 2 == 0 ? "Đoàn Thanh niên" : "Hội Liên hiệp Phụ nữ",
            i % 97 == 0 ? "#" + phone[1..] : phone,
        };
    }).ToList();

    private static Task<int> MembersOfAsync(TestApp app, int province) =>
        app.DbAsync(db => db.Set<TeamMember>().CountAsync(m => db.Set<Team>().Any(t => t.Id == m.TeamId && t.ProvinceId == province)));

    [Fact]
    public async Task A_thousand_rows_with_five_bad_ones_are_reported_by_row_and_nothing_is_imported_until_they_are_fixed()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var day = new DateOnly(2025, 3, 15);
        var communes = await app.DbAsync(async db => (await db.AdminUnits.Where(a => a.ProvinceCode == "80" && a.Level == AdminLevel.Commune).ToListAsync())
            .Where(a => a.IsValidOn(day)).Select(a => a.Code).Distinct().Order().Take(40).ToList());
        Assert.Equal(40, communes.Count);
        var merged = await app.DbAsync(db => db.AdminUnits.Where(a => a.ProvinceCode == "80" && a.Level == AdminLevel.Commune && a.ValidTo < day)
            .Select(a => a.Code).FirstAsync());
        var rows = Members(communes);
        var good = rows.Select(r => (string?[])r.Clone()).ToList();
        rows[10][0] = "99999";                     // spreadsheet row 12: no such commune
        rows[100][0] = merged;                     // row 102: merged away before the roster's day
        rows[200][6] = rows[3][6];                 // row 202: the phone of row 5
        rows[300][6] = "12345";                    // row 302: not a mobile number
        rows[400][4] = "Chủ tịch";                 // row 402: not a role of a team
        var office = app.NewClient();
        await office.LoginAsync("dieuphoi");
        var teamsBefore = await app.DbAsync(db => db.Set<Team>().CountAsync());
        var membersBefore = await MembersOfAsync(app, ids.LongAn);

        var form = new Dictionary<string, string> { ["Day"] = "15/03/2025" };
        var refused = await office.PostFileAsync("/Teams/Rosters", "/Teams/Rosters", Workbook(rows), "to-cnscd.xlsx", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await TestApp.Client.ParseAsync(await refused.Content.ReadAsStringAsync());
        var problems = page.QuerySelectorAll("[data-testid=roster-problems] tbody tr")
            .Select(tr => (Row: int.Parse(tr.GetAttribute("data-row")!), Text: tr.Children[1].TextContent)).ToList();
        Assert.Equal([12, 102, 202, 302, 402], problems.Select(p => p.Row));
        Assert.Contains("không có xã mã \"99999\" trong tỉnh", problems[0].Text);
        Assert.Contains($"(mã {merged}) không còn tồn tại vào ngày 15/03/2025", problems[1].Text);
        Assert.Contains("trùng với dòng 5", problems[2].Text);
        Assert.Contains("số điện thoại \"12345\" không hợp lệ", problems[3].Text);
        Assert.Contains("vai trò \"Chủ tịch\" không hợp lệ", problems[4].Text);
        Assert.Contains("Tệp có 5 dòng lỗi trong 1.000 dòng; chưa nhập dòng nào", page.QuerySelector("[data-testid=roster-error]")!.TextContent);
        Assert.Contains("Nhập tất cả hoặc không nhập gì", page.QuerySelector("[data-testid=roster-rule]")!.TextContent);
        Assert.Equal(teamsBefore, await app.DbAsync(db => db.Set<Team>().CountAsync()));
        Assert.Equal(membersBefore, await MembersOfAsync(app, ids.LongAn));

        var imported = await office.PostFileAsync("/Teams/Rosters", "/Teams/Rosters", Workbook(good), "to-cnscd.xlsx", form);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal(membersBefore + 1000, await MembersOfAsync(app, ids.LongAn));
        var flash = (await office.GetPageAsync("/Teams/Rosters")).QuerySelector("[role=status]")!.TextContent;
        Assert.Contains("Đã nhập 1.000 thành viên", flash);
        var teams = await app.DbAsync(db => db.Set<Team>().Where(t => t.ProvinceId == ids.LongAn).ToListAsync());
        Assert.Equal(teamsBefore + good.Select(g => (g[0], g[2])).Distinct().Count(), await app.DbAsync(db => db.Set<Team>().CountAsync()));
        Assert.All(teams, t => Assert.Contains(t.CommuneCode, communes));
        var numberCell = $"0{good[97][6]![1..]}"; // typed as a number: the leading zero is put back
        Assert.True(await app.DbAsync(db => db.Set<TeamMember>().AnyAsync(m => m.Phone == numberCell)));
        Assert.Equal(20, await app.DbAsync(db => db.Set<TeamMember>().CountAsync(m => m.Role == MemberRole.Leader && m.FullName.StartsWith("Nguyễn Thị Thử"))));

        // The same file again: every phone is on a roster already; nothing more is written.
        var again = await office.PostFileAsync("/Teams/Rosters", "/Teams/Rosters", Workbook(good), "to-cnscd.xlsx", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("đã có trong danh sách thành viên của tỉnh", await again.Content.ReadAsStringAsync());
        Assert.Equal(membersBefore + 1000, await MembersOfAsync(app, ids.LongAn));
    }

    [Fact]
    public async Task Another_province_s_communes_never_land_in_this_one_and_a_file_that_is_not_a_roster_gets_a_Vietnamese_422()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var longAn = await app.DbAsync(db => db.AdminUnits.Where(a => a.ProvinceCode == "80" && a.Level == AdminLevel.Commune && a.ValidTo == null)
            .Select(a => a.Code).Distinct().OrderBy(c => c).Take(3).ToListAsync());
        var tg = app.NewClient();
        await tg.LoginAsync("dieuphoi.tg");
        var before = await MembersOfAsync(app, ids.TienGiang);
        var response = await tg.PostFileAsync("/Teams/Rosters", "/Teams/Rosters", Workbook(Members(longAn).Take(30)), "to.xlsx");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await TestApp.Client.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(30, page.QuerySelectorAll("[data-testid=roster-problems] tbody tr").Length);
        Assert.All(page.QuerySelectorAll("[data-testid=roster-problems] tbody tr"), tr => Assert.Contains("trong tỉnh", tr.TextContent));
        Assert.Equal(before, await MembersOfAsync(app, ids.TienGiang));
        Assert.Equal(0, await app.DbAsync(db => db.Set<Team>().CountAsync(t => t.ProvinceId == ids.TienGiang && longAn.Contains(t.CommuneCode))));

        var notRoster = await tg.PostFileAsync("/Teams/Rosters", "/Teams/Rosters", "Đây không phải bảng tính"u8.ToArray(), "to.xlsx");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notRoster.StatusCode);
        var badDay = await tg.PostFileAsync("/Teams/Rosters", "/Teams/Rosters", Workbook([]), "to.xlsx", new() { ["Day"] = "31/02/2025" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badDay.StatusCode);
        Assert.Contains("không hợp lệ: ghi theo dạng dd/MM/yyyy", await badDay.Content.ReadAsStringAsync());
    }
}
