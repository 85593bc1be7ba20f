using System.Net;
using System.Text.Json;
using Lantoa.Domain.Teams;
using Lantoa.Web.Features.Teams;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Lantoa.Web.Tests.Features.Api.ApiTestKit;

namespace Lantoa.Web.Tests.Features.Teams;

public class FieldApiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private sealed record Campaign(int Id, string Title, DateOnly StartsOn, DateOnly EndsOn, string[] Categories, string[] Communes);

    private static async Task<Campaign> MyCampaignAsync(HttpClient http, string token)
    {
        var response = await http.GetAsync(FieldApi.CampaignsPath, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var c = (await JsonAsync(response)).EnumerateArray().Single();
        return new Campaign(c.GetProperty("id").GetInt32(), c.GetProperty("title").GetString()!,
            DateOnly.Parse(c.GetProperty("startsOn").GetString()!), DateOnly.Parse(c.GetProperty("endsOn").GetString()!),
            c.GetProperty("categories").EnumerateArray().Select(x => x.GetProperty("key").GetString()!).ToArray(),
            c.GetProperty("communes").EnumerateArray().Select(x => x.GetProperty("code").GetString()!).ToArray());
    }

    [Fact]
    public async Task The_demo_member_s_campaign_is_Tien_Giang_s_ten_days_with_five_categories_and_their_team_s_commune()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var http = app.Plain();
        var token = await http.TokenAsync(TeamsDemoData.DemoLogin);
        var response = await http.GetAsync(FieldApi.CampaignsPath, token);
        var json = await JsonAsync(response);
        var c = json.EnumerateArray().Single();
        Assert.Equal("2024-10-01", c.GetProperty("startsOn").GetString());
        Assert.Equal("2024-10-10", c.GetProperty("endsOn").GetString());
        var categories = c.GetProperty("categories").EnumerateArray().Select(x => x.GetProperty("name").GetString()).ToList();
        Assert.Equal(5, categories.Count);
        Assert.Contains("Tìm kiếm thông tin hiệu quả trên Internet", categories);
        var commune = c.GetProperty("communes").EnumerateArray().Single();
        var expected = await app.DbAsync(db => (from m in db.Set<TeamMember>() join t in db.Set<Team>() on m.TeamId equals t.Id
                                                 where m.UserId == db.Users.Single(u => u.UserName == TeamsDemoData.DemoLogin).Id
                                                 select t.CommuneCode).SingleAsync());
        Assert.Equal(expected, commune.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(commune.GetProperty("name").GetString()));
        // The province's coordinator is on no roster: 403 in Vietnamese.
        await ProblemAsync(await http.GetAsync(FieldApi.CampaignsPath, await http.TokenAsync("dieuphoi.tg")), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_same_batch_sent_twice_at_once_stores_each_record_once()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var http = app.Plain();
        var token = await http.TokenAsync(TeamsDemoData.DemoLogin);
        var campaign = await MyCampaignAsync(http, token);
        var batch = Enumerable.Range(0, 40).Select(i => new
        {
            clientId = Guid.NewGuid(), campaignId = campaign.Id, communeCode = campaign.Communes[0], village = $"Ấp {i % 4 + 1}",
            category = campaign.Categories[i % campaign.Categories.Length], date = campaign.StartsOn.AddDays(i % 10),
            households = 3 + i % 5, people = 5 + i % 9, figures = new Dictionary<string, int> { ["Cài đặt VNeID mức 2"] = i % 6 }, note = (string?)null,
        }).ToList();
        var json = JsonSerializer.Serialize(batch, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var before = await app.DbAsync(db => db.Set<FieldLog>().CountAsync());

        var sends = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => http.SendJsonAsync(HttpMethod.Post, FieldApi.LogsPath, json, token)));
        var answers = new List<string[]>();
        foreach (var r in sends)
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            answers.Add((await JsonAsync(r)).EnumerateArray().Select(x => x.GetProperty("status").GetString()!).ToArray());
        }
        // Each record: created in exactly one answer, duplicate in the other.
        for (var i = 0; i < batch.Count; i++)
            Assert.Equal(["created", "duplicate"], new[] { answers[0][i], answers[1][i] }.Order());
        var ids = batch.Select(b => b.clientId).ToList();
        Assert.Equal(batch.Count, await app.DbAsync(db => db.Set<FieldLog>().CountAsync(l => ids.Contains(l.ClientId))));
        Assert.Equal(before + batch.Count, await app.DbAsync(db => db.Set<FieldLog>().CountAsync()));

        // A third resend (the device's queue after a lost answer): all duplicates, nothing more stored.
        var again = await JsonAsync(await http.SendJsonAsync(HttpMethod.Post, FieldApi.LogsPath, json, token));
        Assert.All(again.EnumerateArray(), x => Assert.Equal("duplicate", x.GetProperty("status").GetString()));
        Assert.Equal(before + batch.Count, await app.DbAsync(db => db.Set<FieldLog>().CountAsync()));
        var stored = await app.DbAsync(db => db.Set<FieldLog>().SingleAsync(l => l.ClientId == batch[7].clientId));
        Assert.Equal(batch[7].people, stored.People);
        Assert.Contains("VNeID", stored.FiguresJson);
    }

    [Fact]
    public async Task Bad_records_are_rejected_by_field_in_Vietnamese_and_only_the_good_ones_of_the_batch_are_stored()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var http = app.Plain();
        var token = await http.TokenAsync(TeamsDemoData.DemoLogin);
        var campaign = await MyCampaignAsync(http, token);
        var (otherCommune, households) = await app.DbAsync(async db =>
        {
            var mine = campaign.Communes[0];
            var other = await db.Set<CampaignCommune>().Where(c => c.CampaignId == campaign.Id && c.CommuneCode != mine).Select(c => c.CommuneCode).FirstAsync();
            var total = await db.Set<CampaignCommune>().Where(c => c.CampaignId == campaign.Id && c.CommuneCode == mine).Select(c => c.Households).SingleAsync();
            return (other, total);
        });
        object Record(string? commune = null, DateOnly? date = null, int? hh = null, int people = 3, string? category = null, string? id = null) => new
        {
            clientId = id ?? Guid.NewGuid().ToString(), campaignId = campaign.Id, communeCode = commune ?? campaign.Communes[0],
            category = category ?? campaign.Categories[0], date = date ?? campaign.StartsOn, households = hh ?? 2, people,
        };
        var records = new[]
        {
            Record(), Record(commune: otherCommune), Record(date: campaign.EndsOn.AddDays(1)), Record(hh: households + 1),
            Record(people: -4), Record(category: "khong-co"), Record(id: "khong-phai-uuid"),
        };
        var response = await http.SendJsonAsync(HttpMethod.Post, FieldApi.LogsPath, JsonSerializer.Serialize(records), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answers = (await JsonAsync(response)).EnumerateArray().ToList();
        Assert.Equal("created", answers[0].GetProperty("status").GetString());
        string Error(int i, string field)
        {
            Assert.Equal("rejected", answers[i].GetProperty("status").GetString());
            var message = answers[i].GetProperty("errors").GetProperty(field)[0].GetString()!;
            Assert.True(IsVietnamese(message), message);
            return message;
        }
        Assert.Contains("không thuộc địa bàn tổ", Error(1, "communeCode"));
        Assert.Contains("ngoài thời gian chiến dịch", Error(2, "date"));
        Assert.Contains("lớn hơn số hộ của cả xã", Error(3, "households"));
        Assert.Contains("không được âm", Error(4, "people"));
        Error(5, "category");
        Error(6, "clientId");
        var ids = records.Take(6).Select(r => Guid.Parse((string)r.GetType().GetProperty("clientId")!.GetValue(r)!)).ToList();
        Assert.Equal(1, await app.DbAsync(db => db.Set<FieldLog>().CountAsync(l => ids.Contains(l.ClientId))));

        // Not JSON, or not a list: a Vietnamese 400; an empty list: 422.
        await ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, FieldApi.LogsPath, "{\"clientId\":1", token), HttpStatusCode.BadRequest);
        await ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, FieldApi.LogsPath, "[]", token), HttpStatusCode.UnprocessableEntity);
    }
}

public class CoverageTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Synced_logs_appear_once_on_the_office_s_coverage_page_and_the_member_cannot_open_it()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var http = app.Plain();
        var token = await http.TokenAsync(TeamsDemoData.DemoLogin);
        var c = (await JsonAsync(await http.GetAsync(FieldApi.CampaignsPath, token))).EnumerateArray().Single();
        var id = c.GetProperty("id").GetInt32();
        var commune = c.GetProperty("communes")[0].GetProperty("code").GetString()!;
        var category = c.GetProperty("categories")[4].GetProperty("key").GetString()!;
        var before = await app.DbAsync(db => db.Set<FieldLog>().Where(l => l.CampaignId == id && l.CommuneCode == commune).SumAsync(l => l.Households));
        var batch = JsonSerializer.Serialize(new[]
        {
            new { clientId = Guid.NewGuid(), campaignId = id, communeCode = commune, category, date = "2024-10-09", households = 17, people = 30 },
            new { clientId = Guid.NewGuid(), campaignId = id, communeCode = commune, category, date = "2024-10-10", households = 4, people = 9 },
        });
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await http.SendJsonAsync(HttpMethod.Post, FieldApi.LogsPath, batch, token)).StatusCode);

        var office = app.NewClient();
        await office.LoginAsync("dieuphoi.tg");
        var html = await (await office.GetAsync($"/Teams/Campaigns/{id}/Coverage")).Content.ReadAsStringAsync();
        var row = html[html.IndexOf($"data-code=\"{commune}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains($"data-testid=\"reached\">{before + 21}<", row);
        Assert.Contains("Tìm kiếm thông tin hiệu quả trên Internet", html);

        var member = app.NewClient();
        await member.LoginAsync(TeamsDemoData.DemoLogin);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/Teams/Campaigns/{id}/Coverage")).StatusCode);
    }
}

public class CoverageSumsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    /// <summary>Keys of field_coverage whose kept sums differ from the logs summed from scratch (either way).</summary>
    public const string Drift = """
        SELECT count(*)::int AS "Value" FROM (
            (SELECT campaign_id, commune_code, date, category, households, people, logs FROM field_coverage WHERE logs <> 0
             EXCEPT SELECT campaign_id, commune_code, date, category, sum(households), sum(people), count(*) FROM field_logs GROUP BY 1, 2, 3, 4)
            UNION ALL
            (SELECT campaign_id, commune_code, date, category, sum(households), sum(people), count(*) FROM field_logs GROUP BY 1, 2, 3, 4
             EXCEPT SELECT campaign_id, commune_code, date, category, households, people, logs FROM field_coverage)) d
        """;

    [Fact]
    public async Task The_kept_coverage_sums_follow_synced_batches_a_corrected_log_and_a_removed_one()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var http = app.Plain();
        var token = await http.TokenAsync(TeamsDemoData.DemoLogin);
        var c = (await JsonAsync(await http.GetAsync(FieldApi.CampaignsPath, token))).EnumerateArray().Single();
        var id = c.GetProperty("id").GetInt32();
        var commune = c.GetProperty("communes")[0].GetProperty("code").GetString()!;
        var categories = c.GetProperty("categories").EnumerateArray().Select(x => x.GetProperty("key").GetString()!).ToArray();
        Assert.Equal(0, await app.DbAsync(db => db.Database.SqlQueryRaw<int>(Drift).SingleAsync()));
        Assert.True(await app.DbAsync(db => db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM field_coverage").SingleAsync()) > 0,
            "the demo's logs are counted");

        // Four batches at once, on the same communes, days and categories: each upserts the same keys.
        var batches = Enumerable.Range(0, 4).Select(b => JsonSerializer.Serialize(Enumerable.Range(0, 30).Select(i => new
        {
            clientId = Guid.NewGuid(), campaignId = id, communeCode = commune, category = categories[i % categories.Length],
            date = new DateOnly(2024, 10, 1 + i % 10), households = 1 + (i + b) % 4, people = 2 + i % 5,
        }))).ToList();
        var sent = await Task.WhenAll(batches.Select(json => http.SendJsonAsync(HttpMethod.Post, FieldApi.LogsPath, json, token)));
        Assert.All(sent, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(0, await app.DbAsync(db => db.Database.SqlQueryRaw<int>(Drift).SingleAsync()));

        await app.DbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE field_logs SET households = households + 5, date = date + 1 WHERE id = (SELECT min(id) FROM field_logs WHERE date < '2024-10-10')"));
        await app.DbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM field_logs WHERE id = (SELECT max(id) FROM field_logs)"));
        Assert.Equal(0, await app.DbAsync(db => db.Database.SqlQueryRaw<int>(Drift).SingleAsync()));
    }
}
