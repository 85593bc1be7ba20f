using System.CommandLine;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using System.Text.RegularExpressions;
using Lantoa.Domain.Plans;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Plans;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lantoa.Web.Cli;

/// <summary>
/// `bench plans`: response time of the plan list with N plans. Builds a separate database (lantoa_bench) with the demo
/// data plus generated plans, serves Lantoa on a free loopback port and times sequential requests as a signed-in
/// coordinator. Prints percentiles; asserts nothing.
/// </summary>
public static partial class BenchCommands
{
    public static Command Build()
    {
        var plans = new Option<int>("--plans") { Description = "Số kế hoạch (mặc định 200).", DefaultValueFactory = _ => 200 };
        var requests = new Option<int>("--requests") { Description = "Số yêu cầu đo cho mỗi trang (mặc định 200).", DefaultValueFactory = _ => 200 };
        var cmd = new Command("plans", "Đo thời gian phản hồi của danh sách kế hoạch với N kế hoạch.") { plans, requests };
        cmd.SetAction((pr, ct) => RunPlansAsync(pr.GetValue(plans), pr.GetValue(requests), ct));
        return new Command("bench", "Đo hiệu năng.") { cmd, BudgetCommand(), ImportCommand(), DashboardCommand(), FuzzCommand(), PublicCommand(), SyncCommand(), CoverageCommand(), VoteCommand(), QuizCommand(),
            ClusterBenchQuiz.Build() };
    }

    private static async Task<int> RunPlansAsync(int planCount, int requestCount, CancellationToken ct)
    {
        await using var runtime = await LantoaRuntime.StartAsync(LantoaRuntime.Configuration(), Console.Error, ct);
        var seed = Stopwatch.StartNew();
        var cs = await BenchServer.DemoDatabaseAsync(runtime.OwnerConnectionString, ct);
        await using (var services = LantoaWeb.CommandLineServices(cs))
        await using (var scope = services.CreateAsyncScope())
            await GeneratePlansAsync(scope.ServiceProvider.GetRequiredService<LantoaDb>(), planCount, ct);
        Console.WriteLine($"Dữ liệu: {planCount} kế hoạch sinh thêm + dữ liệu mẫu, tạo trong {seed.Elapsed.TotalSeconds:0.0} s");

        await using var server = await BenchServer.StartAsync(cs, ct);
        using var http = await server.SignedInAsync("dieuphoi", ct);
        foreach (var (name, url) in new[]
                 {
                     ("Danh sách kế hoạch, trang 1", "/Plans"),
                     ("Danh sách, lọc năm 2024 + tìm không dấu", "/Plans?year=2024&q=chuyen+doi+so"),
                     ("Danh sách, trang 5", "/Plans?p=5"),
                     ("Trang kế hoạch (cây hoạt động, theo đơn vị, tiến độ)", "/Plans/1"),
                 })
        {
            for (var i = 0; i < 10; i++) await GetOkAsync(http, url, ct); // warm-up: JIT, query plans, pools
            Report(name, await MeasureAsync(requestCount, () => GetOkAsync(http, url, ct)));
        }

        return 0;
    }

    private static async Task GeneratePlansAsync(LantoaDb db, int count, CancellationToken ct)
    {
        var template = await db.Plans.AsNoTracking().Include(p => p.Activities).ThenInclude(a => a.Parties)
            .FirstAsync(p => p.Kind == PlanKind.DxDay, ct);
        var now = DateTimeOffset.UtcNow;
        var kinds = Enum.GetValues<PlanKind>();
        for (var i = 0; i < count; i++)
        {
            var plan = new Plan(template.ProvinceId, $"{template.Title} — bản thử {i + 1}", kinds[i % kinds.Length], 2020 + i % 7, now)
            {
                NumberSymbol = $"{100 + i}/KH-UBND",
                Theme = template.Theme,
            };
            plan.RefreshSearchKey();
            var map = new Dictionary<Activity, Activity>();
            foreach (var a in template.ActivitiesInOrder())
            {
                var copy = plan.AddActivity(a.Label, a.Title, a.Kind, a.Parent is null ? null : map[a.Parent]);
                copy.Time = a.Time;
                copy.SetParties(a.Parties.Select(p => p.UnitId is { } u ? ActivityParty.ForUnit(p.Role, u, p.WrittenName) : ActivityParty.ForGroup(p.Role, p.GroupId!.Value, p.WrittenName)));
                map[a] = copy;
            }
            db.Plans.Add(plan);
        }
        await db.SaveChangesAsync(ct);
    }

    internal static async Task<string> FreshDatabaseAsync(string baseConnection, string name, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(baseConnection) { Database = "postgres" };
        await using (var conn = new NpgsqlConnection(builder.ConnectionString))
        {
            await conn.OpenAsync(ct);
            // WITH (FORCE) ends the database's sessions, but a role that is not a superuser may not end an autovacuum
            // worker's (42501), and PostgreSQL's autovacuum visits every database now and then: such a worker leaves
            // within moments, so the drop is tried again for a while.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", conn);
                    await drop.ExecuteNonQueryAsync(ct);
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 40)
                {
                    await Task.Delay(250, ct);
                }
            }
            await using (var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'", conn)) await create.ExecuteNonQueryAsync(ct);
        }
        builder.Database = name;
        return builder.ConnectionString;
    }

    internal static async Task LoginAsync(HttpClient http, string user, CancellationToken ct)
    {
        var page = await http.GetStringAsync("/Account/Login", ct);
        var token = TokenPattern().Match(page).Groups[1].Value;
        var response = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = DemoSeeder.DemoPassword, ["__RequestVerificationToken"] = token,
        }), ct);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("Đăng nhập tài khoản đo thất bại.");
    }

    internal static async Task GetOkAsync(HttpClient http, string url, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, ct);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{url}: {(int)response.StatusCode}");
        await response.Content.ReadAsByteArrayAsync(ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
