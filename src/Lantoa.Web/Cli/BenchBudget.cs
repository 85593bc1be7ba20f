using System.CommandLine;
using System.Net;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Plans;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Budgets;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Lantoa.Web.Cli;

/// <summary>
/// `bench budget`: an estimate of N lines (default 2.000, in groups of 50, built from the seed appendices' lines) —
/// time to recompute it (analysis alone), to render the editor page, to save one changed quantity (save, recompute,
/// render the table), and to export it to .xlsx. Prints percentiles; asserts nothing.
/// </summary>
public static partial class BenchCommands
{
    private static Command BudgetCommand()
    {
        var lines = new Option<int>("--lines") { Description = "Số dòng dự toán (mặc định 2000).", DefaultValueFactory = _ => 2000 };
        var requests = new Option<int>("--requests") { Description = "Số lần đo mỗi thao tác (mặc định 50).", DefaultValueFactory = _ => 50 };
        var cmd = new Command("budget", "Đo thời gian tính lại và hiển thị một dự toán N dòng.") { lines, requests };
        cmd.SetAction((pr, ct) => RunBudgetAsync(pr.GetValue(lines), pr.GetValue(requests), ct));
        return cmd;
    }

    private static async Task<int> RunBudgetAsync(int lineCount, int runs, CancellationToken ct)
    {
        await using var runtime = await LantoaRuntime.StartAsync(LantoaRuntime.Configuration(), Console.Error, ct);
        var cs = await BenchServer.DemoDatabaseAsync(runtime.OwnerConnectionString, ct);
        Estimate big;
        await using (var services = LantoaWeb.CommandLineServices(cs))
        await using (var scope = services.CreateAsyncScope())
            big = await GenerateEstimateAsync(scope.ServiceProvider.GetRequiredService<LantoaDb>(), lineCount, ct);

        var norms = new[]
        {
            new SpendingNorm(1, "Nước uống", "người/buổi", new Money(40_000), new DateOnly(2017, 7, 1), null, null),
            new SpendingNorm(1, "Chi bồi dưỡng báo cáo viên", "người/buổi", new Money(1_200_000), new DateOnly(2023, 1, 1), null, null),
        };
        Console.WriteLine($"Dự toán: {big.Lines.Count} dòng ({big.Lines.Count(l => l.Kind == EstimateLineKind.Group)} dòng nhóm), tổng {BudgetFigures.Of(big, norms, null).Totals.Total.Format()}");
        Report("Tính lại + kiểm tra (miền, không CSDL)", Measure(runs, () => BudgetFigures.Of(big, norms, new DateOnly(2024, 9, 1))));
        Report("Xuất .xlsx (có công thức)", Measure(Math.Min(runs, 20), () => EstimateWorkbook.Export(big, "/KH-UBND", null)));

        await using var server = await BenchServer.StartAsync(cs, ct);
        using var http = await server.SignedInAsync("dieuphoi", ct);
        {
            var url = $"/Budgets/Estimates/{big.Id}";
            for (var i = 0; i < 5; i++) await GetOkAsync(http, url, ct);
            var page = await http.GetStringAsync(url, ct);
            Console.WriteLine($"Trang soạn dự toán: {page.Length / 1024} KB HTML");
            Report("Trang soạn dự toán (tải dòng, tính lại, hiển thị)", await MeasureAsync(runs, () => GetOkAsync(http, url, ct)));

            var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"antiforgery-token\" content=\"([^\"]+)\"").Groups[1].Value;
            var line = big.Lines.First(l => l.Kind == EstimateLineKind.Item && l.Quantity is not null);
            var quantity = 1;
            Report("Sửa số lượng một dòng (lưu, tính lại, trả bảng qua htmx)", await MeasureAsync(runs, async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"{url}?handler=Line&lineId={line.Id}")
                {
                    Content = new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["Line.Label"] = line.Label ?? "", ["Line.Content"] = line.Content, ["Line.UnitOfMeasure"] = line.UnitOfMeasure ?? "",
                        ["Line.Quantity"] = (++quantity % 500 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["Line.UnitPrice"] = line.UnitPrice?.ToDigits() ?? "", ["Line.Amount"] = "",
                    }),
                };
                request.Headers.Add("HX-Request", "true");
                request.Headers.Add("RequestVerificationToken", token);
                using var response = await http.SendAsync(request, ct);
                if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"POST {url}: {(int)response.StatusCode}");
                await response.Content.ReadAsByteArrayAsync(ct);
            }));
        }

        return 0;
    }

    /// <summary>An estimate of <paramref name="count"/> lines on the demo DX Day plan: the seed appendices' lines, repeated, in groups of 50.</summary>
    private static async Task<Estimate> GenerateEstimateAsync(LantoaDb db, int count, CancellationToken ct)
    {
        var plan = await db.Plans.Where(p => p.Kind == PlanKind.DxDay && p.Title.Contains("Long An")).OrderBy(p => p.Id).FirstAsync(ct);
        var samples = await db.EstimateLines.AsNoTracking().Where(l => l.Kind == EstimateLineKind.Item).OrderBy(l => l.Id).ToListAsync(ct);
        if (samples.Count == 0) throw new InvalidOperationException("Dữ liệu mẫu chưa có dự toán.");
        var estimate = new Estimate(plan.ProvinceId, plan.Id, null, $"DỰ TRÙ KINH PHÍ ĐO HIỆU NĂNG ({count} DÒNG)", DateTimeOffset.UtcNow);
        var lines = new List<EstimateLine>(count);
        var group = 0;
        var item = 0;
        while (lines.Count < count)
        {
            if (lines.Count % 50 == 0)
            {
                lines.Add(EstimateLine.Group(Lantoa.Domain.Text.RomanNumerals.ToRoman(++group), $"NHÓM NỘI DUNG {group}"));
                item = 0;
                continue;
            }

            var copy = samples[lines.Count % samples.Count].CloneFigures();
            copy.SetText((++item).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", copy.Content);
            lines.Add(copy);
        }

        estimate.ReplaceLines(lines);
        db.Estimates.Add(estimate);
        await db.SaveChangesAsync(ct);
        return estimate;
    }

    private static List<double> Measure(int runs, Action work)
    {
        for (var i = 0; i < 3; i++) work();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            work();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static async Task<List<double>> MeasureAsync(int runs, Func<Task> work)
    {
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await work();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static void Report(string name, List<double> times)
    {
        Console.WriteLine($"{name,-60} n={times.Count}  p50={Percentile(times, 0.50),7:0.0} ms  p95={Percentile(times, 0.95),7:0.0} ms  p99={Percentile(times, 0.99),7:0.0} ms  max={times.Max(),7:0.0} ms");
    }
}
