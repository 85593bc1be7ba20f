using Lantoa.Web.Cli;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Lantoa.Web.Tests.Features.Hardening;

/// <summary>
/// A deterministic sample of the hostile documents that `./run.sh bench fuzz` sends in full (1.000 by default): each
/// through the real upload form it targets, each refused with a Vietnamese message (422, or 413 for size) within
/// 5 seconds, and nothing written to the database.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class FuzzTests(DatabaseFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_sample_of_100_hostile_documents_is_each_refused_in_Vietnamese_within_5_s_and_nothing_is_written()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var (estimateId, before) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var longAn = await db.Provinces.Where(p => p.Code == "80").Select(p => p.Id).SingleAsync();
            var id = await db.Estimates.Where(e => e.ProvinceId == longAn && e.Status == Lantoa.Domain.Budgets.EstimateStatus.Draft)
                .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
            return (id, await FuzzRunner.WrittenRowsAsync(db));
        });

        // Every family and every target: the generator takes them in turn, so 100 files cover each slot twice or more.
        var documents = HostileDocuments.Generate(100, seed: 11).ToList();
        Assert.Equal(
            documents.Select(d => (d.Family, d.Target)).Distinct().Count(),
            HostileDocuments.Kinds(1000).Distinct().Count());
        var outcomes = await FuzzRunner.RunAsync(client.Http, estimateId, documents);

        foreach (var g in outcomes.GroupBy(o => (o.Document.Family, o.Document.Target)))
            output.WriteLine($"{g.Key.Family} → {g.Key.Target}: {string.Join(",", g.Select(o => o.Status).Distinct())}, slowest {g.Max(o => o.Elapsed.TotalMilliseconds):0} ms");
        var slowest = outcomes.MaxBy(o => o.Elapsed)!;
        output.WriteLine($"{outcomes.Count} documents, slowest {slowest.Elapsed.TotalMilliseconds:0} ms ({slowest.Document.Family}), 5xx: {outcomes.Count(o => o.Status >= 500)}");

        Assert.All(outcomes, o =>
        {
            var what = $"#{o.Document.Number} {o.Document.Family} → {o.Document.Target} ({o.Document.FileName}): {o.Status}, {o.Message}";
            Assert.True(o.Status is 422 or 413, what);
            Assert.True(FuzzRunner.IsVietnamese(o.Message), what);
            Assert.True(o.Elapsed < TimeSpan.FromSeconds(5), $"{what} took {o.Elapsed}");
        });
        Assert.Equal(before, await app.InScopeAsync(sp => FuzzRunner.WrittenRowsAsync(sp.GetRequiredService<LantoaDb>())));
    }

    /// <summary>A file made alone is the very file the full run makes under its number, and the kinds are those of the files.</summary>
    [Fact]
    public void One_file_made_alone_is_byte_for_byte_the_file_of_the_full_run()
    {
        var run = HostileDocuments.Generate(60, seed: 20261202).ToList();
        foreach (var number in new[] { 1, 2, 17, 41, 60 })
        {
            var alone = HostileDocuments.One(number, seed: 20261202);
            var inRun = run[number - 1];
            Assert.Equal((inRun.Number, inRun.Family, inRun.Target, inRun.FileName), (alone.Number, alone.Family, alone.Target, alone.FileName));
            Assert.Equal(inRun.Bytes, alone.Bytes);
        }
        Assert.Equal(run.Select(d => (d.Family, d.Target)), HostileDocuments.Kinds(60));
    }

    /// <summary>
    /// The files of the full run (seed 20261202) that once got a 500: a CSV whose quote is never closed (the reader's
    /// exception) and a broken .xlsx whose Huffman table made SharpZipLib throw IndexOutOfRangeException.
    /// </summary>
    [Theory]
    [InlineData(168)]
    [InlineData(486)]
    [InlineData(672)]
    public async Task A_file_that_once_got_a_500_in_the_full_run_is_refused_in_Vietnamese(int number)
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var estimateId = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Estimates
            .Where(e => e.Status == Lantoa.Domain.Budgets.EstimateStatus.Draft).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        var document = HostileDocuments.One(number, seed: 20261202);

        var outcome = Assert.Single(await FuzzRunner.RunAsync(client.Http, estimateId, [document]));

        Assert.True(outcome.Status is 422 or 413, $"#{number} {document.Family}: {outcome.Status} {outcome.Message}");
        Assert.True(FuzzRunner.IsVietnamese(outcome.Message), outcome.Message);
    }
}
