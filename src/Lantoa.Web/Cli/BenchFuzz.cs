using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Cli;

/// <summary>What one hostile upload got: status, time, and whether the page said why in Vietnamese.</summary>
public sealed record FuzzOutcome(HostileDocument Document, int Status, TimeSpan Elapsed, string? Message);

/// <summary>
/// Posts hostile files (<see cref="HostileDocuments"/>) through the real upload forms — plan import, an estimate's
/// .xlsx import, norms import — as a signed-in coordinator, one after the other, timing each answer and reading the
/// refusal the page shows. Shared by `bench fuzz` and the CI test (a sample of the same generator).
/// </summary>
public static partial class FuzzRunner
{
    /// <summary>The counts of rows an upload could write (plans, imports, estimate lines, norms, audit entries).</summary>
    public static async Task<long> WrittenRowsAsync(LantoaDb db, CancellationToken ct = default) =>
        await db.Plans.LongCountAsync(ct) + await db.PlanImports.LongCountAsync(ct) + await db.EstimateLines.LongCountAsync(ct)
        + await db.SpendingNorms.LongCountAsync(ct) + await db.AuditEntries.LongCountAsync(ct);

    public static async Task<IReadOnlyList<FuzzOutcome>> RunAsync(HttpClient http, int estimateId, IEnumerable<HostileDocument> documents,
        Action<FuzzOutcome>? progress = null, CancellationToken ct = default)
    {
        var estimate = $"/Budgets/Estimates/{estimateId}";
        var targets = new Dictionary<FuzzTarget, (string Post, string Token)>
        {
            [FuzzTarget.Plan] = ("/Plans/Import?handler=Upload", await TokenAsync(http, "/Plans/Import", ct)),
            [FuzzTarget.Estimate] = ($"{estimate}?handler=Import", await TokenAsync(http, estimate, ct)),
            [FuzzTarget.Norms] = ("/Budgets/Norms?handler=Import", await TokenAsync(http, "/Budgets/Norms", ct)),
        };
        var outcomes = new List<FuzzOutcome>();
        foreach (var document in documents)
        {
            var (post, token) = targets[document.Target];
            using var content = new MultipartFormDataContent();
            var file = new ByteArrayContent(document.Bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "file", document.FileName);
            content.Add(new StringContent(token), "__RequestVerificationToken");
            var clock = Stopwatch.StartNew();
            using var response = await http.PostAsync(post, content, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            clock.Stop();
            var outcome = new FuzzOutcome(document, (int)response.StatusCode, clock.Elapsed, RefusalOf(body));
            outcomes.Add(outcome);
            progress?.Invoke(outcome);
        }

        return outcomes;
    }

    /// <summary>The first error the page shows (validation summary or field error), HTML entities decoded; null if none.</summary>
    public static string? RefusalOf(string html)
    {
        var match = ErrorItem().Match(html);
        return match.Success ? WebUtility.HtmlDecode(Regex.Replace(match.Groups[1].Value, "<[^>]+>", "")).Trim() : null;
    }

    /// <summary>Whether the text reads as Vietnamese: it has letters only Vietnamese writes (ă, ơ, ư, đ, tone marks on vowels).</summary>
    public static bool IsVietnamese(string? text) => text is not null && VietnameseLetter().IsMatch(text);

    private static async Task<string> TokenAsync(HttpClient http, string page, CancellationToken ct)
    {
        var html = await http.GetStringAsync(page, ct);
        var match = AntiforgeryMeta().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"Không có mã chống giả mạo trên {page}.");
    }

    [GeneratedRegex("<meta name=\"antiforgery-token\" content=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryMeta();

    [GeneratedRegex("""(?:validation-summary-errors[^>]*>\s*<ul>\s*<li>|data-testid="errors"><ul[^>]*>\s*<li>|class="(?:invalid-feedback|text-danger)[^"]*"[^>]*>)(.+?)</""", RegexOptions.Singleline)]
    private static partial Regex ErrorItem();

    [GeneratedRegex("[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")]
    private static partial Regex VietnameseLetter();
}

public static partial class BenchCommands
{
    private static Command FuzzCommand()
    {
        var count = new Option<int>("--count") { Description = "Số tệp độc hại sinh ra (mặc định 1000).", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Hạt giống sinh ngẫu nhiên (mặc định 20261202: cùng hạt giống, cùng tệp).", DefaultValueFactory = _ => 20261202 };
        var cmd = new Command("fuzz", "Tải lên các tệp độc hại và hỏng (lồng sâu, bom nén, DTD, chuỗi khổng lồ, byte ngẫu nhiên…) qua các trang nhập thật; mỗi tệp phải bị từ chối (422 hoặc 413) trong 5 giây, không ghi gì.")
        {
            count, seed,
        };
        cmd.SetAction((pr, ct) => RunFuzzAsync(pr.GetValue(count), pr.GetValue(seed), ct));
        return cmd;
    }

    private static async Task<int> RunFuzzAsync(int count, int seed, CancellationToken ct)
    {
        await using var runtime = await LantoaRuntime.StartAsync(LantoaRuntime.Configuration(), Console.Error, ct);
        var cs = await BenchServer.DemoDatabaseAsync(runtime.OwnerConnectionString, ct);
        await using var services = LantoaWeb.CommandLineServices(cs);
        int estimateId;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
            var longAn = await db.Provinces.Where(p => p.Code == "80").Select(p => p.Id).SingleAsync(ct);
            estimateId = await db.Estimates.Where(e => e.ProvinceId == longAn && e.Status == Domain.Budgets.EstimateStatus.Draft)
                .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(ct);
        }

        await using var server = await BenchServer.StartAsync(cs, ct);
        using var http = await server.SignedInAsync("dieuphoi", ct);
        // Counted after signing in: the sign-in itself is an audit entry, not something an upload wrote.
        long before;
        await using (var scope = services.CreateAsyncScope())
            before = await FuzzRunner.WrittenRowsAsync(scope.ServiceProvider.GetRequiredService<LantoaDb>(), ct);
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var total = Stopwatch.StartNew();
        var outcomes = await FuzzRunner.RunAsync(http, estimateId, HostileDocuments.Generate(count, seed), o =>
        {
            if (o.Document.Number % 100 == 0) Console.Error.WriteLine($"… {o.Document.Number.ToString("N0", vi)} tệp");
        }, ct);
        total.Stop();

        long after;
        await using (var scope = services.CreateAsyncScope())
            after = await FuzzRunner.WrittenRowsAsync(scope.ServiceProvider.GetRequiredService<LantoaDb>(), ct);

        Console.WriteLine($"Tệp độc hại: {outcomes.Count.ToString("N0", vi)} (hạt giống {seed}), trong {total.Elapsed.TotalSeconds.ToString("0.0", vi)} s");
        Console.WriteLine($"{"Nhóm",-18} {"Trang",-9} {"Số tệp",7} {"Mã trả về",-16} {"Chậm nhất",10}");
        foreach (var g in outcomes.GroupBy(o => (o.Document.Family, o.Document.Target)).OrderBy(g => g.Key.Family).ThenBy(g => g.Key.Target))
        {
            var codes = string.Join(",", g.Select(o => o.Status).Distinct().Order());
            Console.WriteLine($"{g.Key.Family,-18} {Vietnamese(g.Key.Target),-9} {g.Count(),7} {codes,-16} {g.Max(o => o.Elapsed.TotalMilliseconds).ToString("N0", vi),7} ms");
        }

        var slowest = outcomes.MaxBy(o => o.Elapsed)!;
        var errors = outcomes.Count(o => o.Status >= 500);
        var wrong = outcomes.Where(o => o.Status is not (422 or 413) || !FuzzRunner.IsVietnamese(o.Message) || o.Elapsed > TimeSpan.FromSeconds(5)).ToList();
        Console.WriteLine($"Chậm nhất: {slowest.Elapsed.TotalMilliseconds.ToString("N0", vi)} ms (tệp {slowest.Document.Number}, {slowest.Document.Family}, {Vietnamese(slowest.Document.Target)})");
        Console.WriteLine($"Lỗi 5xx: {errors}; trả lời sai (không phải 422/413 có thông báo tiếng Việt trong 5 s): {wrong.Count}; dòng ghi thêm vào CSDL: {after - before}");
        foreach (var o in wrong.Take(20))
            Console.WriteLine($"  tệp {o.Document.Number} ({o.Document.Family}, {Vietnamese(o.Document.Target)}, {o.Document.FileName}): {o.Status}, {o.Elapsed.TotalMilliseconds:0} ms, {o.Message ?? "không có thông báo"}");
        return errors == 0 && wrong.Count == 0 && after == before ? 0 : 1;
    }

    private static string Vietnamese(FuzzTarget target) => target switch
    {
        FuzzTarget.Plan => "kế hoạch",
        FuzzTarget.Estimate => "dự toán",
        _ => "định mức",
    };
}
