using System.Diagnostics;
using System.Net;
using Lantoa.Domain.Findings;
using Lantoa.Web.Cli;
using Lantoa.Web.Features.Documents;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Files;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Lantoa.Web.Tests.Features.Hardening;

/// <summary>
/// Issue 11, defect 2: a 14 KB .docx with content controls nested 100.000 deep stalled the server for minutes. Now every
/// XML part is read by a streaming pass with limits before any DOM, under a time budget, on a bounded worker pool.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class DocumentStallTests(DatabaseFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("word/numbering.xml")]
    [InlineData("word/styles.xml")]
    [InlineData("word/header1.xml")]
    [InlineData("word/footnotes.xml")]
    public void Nesting_100_000_deep_in_any_part_is_refused_while_reading_in_well_under_a_second(string part)
    {
        var bytes = HostileDocuments.NestedContentControls(part);
        Assert.InRange(bytes.Length, 1, 64 * 1024); // a small file: the issue's was 14 KB
        var clock = Stopwatch.StartNew();
        var document = DocxReader.Read("long-nhau.docx", bytes);
        clock.Stop();
        output.WriteLine($"{part}: {bytes.Length} bytes, refused in {clock.Elapsed.TotalMilliseconds:0} ms");
        var finding = Assert.Single(document.Findings);
        Assert.Equal((Severity.Error, "too-complex"), (finding.Severity, finding.Code));
        Assert.Contains("lồng nhau quá sâu", finding.Message);
        Assert.Empty(document.Blocks);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed}");
    }

    [Fact]
    public void A_real_docx_nested_256_deep_is_still_read_and_257_is_refused()
    {
        static string Nest(int depth) => string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + "<w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p>"
                                         + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth));
        // document (1), body (2), then two elements per level, then p, r, t: 2 + 2·d + 3 elements deep.
        var fits = HostileDocuments.Docx(new() { ["word/document.xml"] = Wrap(Nest(125)) });
        var deep = HostileDocuments.Docx(new() { ["word/document.xml"] = Wrap(Nest(126)) });
        Assert.Equal("Kế hoạch", Assert.IsType<Lantoa.Domain.Documents.SourceParagraph>(Assert.Single(DocxReader.Read("a.docx", fits).Blocks)).Text);
        Assert.Equal("too-complex", Assert.Single(DocxReader.Read("a.docx", deep).Findings).Code);

        static string Wrap(string body) =>
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>";
    }

    [Fact]
    public void A_cancelled_time_budget_refuses_the_document_as_too_slow_instead_of_reading_on()
    {
        var seed = DocxReader.Read("ok.docx", HostileDocuments.Docx(new()));
        Assert.Empty(seed.Findings);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var document = DocxReader.Read("ok.docx", HostileDocuments.Docx(new()), cancelled.Token);
        Assert.Equal("too-slow", Assert.Single(document.Findings).Code);
        Assert.Empty(document.Blocks);
    }

    [Fact]
    public async Task The_nested_docx_is_refused_over_HTTP_in_under_5_s_while_another_users_page_stays_fast()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var attacker = app.NewClient();
        await attacker.LoginAsync("dieuphoi");
        var reader = app.NewClient();
        await reader.LoginAsync("lanhdao");
        var imports = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().PlanImports.CountAsync());

        // Warm up the other user's page (JIT, query plans), then time it quietly.
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/Plans")).StatusCode);
        var quiet = await TimePageAsync(reader, 10);

        // One upload, alone.
        foreach (var part in new[] { "word/document.xml", "word/numbering.xml", "word/styles.xml" })
        {
            var clock = Stopwatch.StartNew();
            var response = await attacker.PostFileAsync("/Plans/Import?handler=Upload", "/Plans/Import", HostileDocuments.NestedContentControls(part), "long-nhau.docx");
            clock.Stop();
            output.WriteLine($"nested 100.000 deep in {part}: {(int)response.StatusCode} in {clock.Elapsed.TotalMilliseconds:0} ms");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("lồng nhau quá sâu", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed}");
        }

        // Sixteen at once (the issue's probe), while the other user keeps loading the plan list.
        var bytes = HostileDocuments.NestedContentControls();
        var token = (await attacker.GetPageAsync("/Plans/Import")).QuerySelector("meta[name=antiforgery-token]")!.GetAttribute("content")!;
        var all = Stopwatch.StartNew();
        var uploads = Enumerable.Range(0, 16).Select(async _ =>
        {
            using var content = new MultipartFormDataContent();
            content.Add(new ByteArrayContent(bytes), "file", "long-nhau.docx");
            content.Add(new StringContent(token), "__RequestVerificationToken");
            var clock = Stopwatch.StartNew();
            var response = await attacker.Http.PostAsync("/Plans/Import?handler=Upload", content);
            var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            return (Status: (int)response.StatusCode, clock.Elapsed, Body: body);
        }).ToList();
        var busy = await TimePageAsync(reader, 10);
        var answers = await Task.WhenAll(uploads);
        all.Stop();

        output.WriteLine($"16 parallel uploads: {string.Join(", ", answers.GroupBy(a => a.Status).Select(g => $"{g.Count()}×{g.Key}"))}, slowest {answers.Max(a => a.Elapsed.TotalMilliseconds):0} ms, all in {all.Elapsed.TotalMilliseconds:0} ms");
        output.WriteLine($"other user's /Plans: quiet median {Median(quiet):0} ms, max {quiet.Max():0} ms; during the uploads median {Median(busy):0} ms, max {busy.Max():0} ms");
        foreach (var (status, elapsed, body) in answers)
        {
            // Refused as too complex, or told at once that the upload workers are busy: never a 500, never a stall.
            Assert.True(status is 422 or 503, $"{status}");
            Assert.Contains(status == 422 ? "lồng nhau quá sâu" : "Hệ thống đang bận", body);
            Assert.True(elapsed < TimeSpan.FromSeconds(5), $"{elapsed}");
        }

        Assert.Contains(answers, a => a.Status == 422);
        // Generous bounds on a shared machine (the report gives the measured figures): the issue saw 14 s.
        Assert.True(Median(busy) < 200, $"median {Median(busy)} ms");
        Assert.True(busy.Max() < 2000, $"max {busy.Max()} ms");
        Assert.Equal(imports, await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().PlanImports.CountAsync()));
    }

    [Fact]
    public async Task A_full_worker_pool_answers_busy_at_once_and_a_budget_cancels_the_work()
    {
        using var workers = new UploadWorkers(workers: 1, queue: 1, budget: TimeSpan.FromMilliseconds(300), queueWait: TimeSpan.FromSeconds(30));
        using var release = new ManualResetEventSlim();
        var first = workers.RunAsync(_ => release.Wait(TimeSpan.FromSeconds(20)));
        var second = workers.RunAsync(_ => true);
        await WaitUntilAsync(() => workers.Pending == 2);
        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<UploadWorkersBusyException>(() => workers.RunAsync(_ => true));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1));
        release.Set();
        Assert.True(await first);
        Assert.True(await second);

        var cancelled = await workers.RunAsync(ct =>
        {
            var waited = Stopwatch.StartNew();
            while (!ct.IsCancellationRequested && waited.Elapsed < TimeSpan.FromSeconds(10)) Thread.Sleep(10);
            return ct.IsCancellationRequested;
        });
        Assert.True(cancelled);
        Assert.Equal(0, workers.Pending);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }

    private static async Task<List<double>> TimePageAsync(TestApp.Client client, int count)
    {
        var times = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            var response = await client.GetAsync("/Plans");
            await response.Content.ReadAsByteArrayAsync();
            times.Add(clock.Elapsed.TotalMilliseconds);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return times;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
