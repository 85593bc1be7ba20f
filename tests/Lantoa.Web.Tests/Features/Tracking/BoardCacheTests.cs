using Lantoa.Domain.Tracking;
using Lantoa.Web.Features.Tracking;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Tracking;

/// <summary>The dashboard's kept board is the same object while nothing changes, and is computed again after any change,
/// whichever scope (or node) made it.</summary>
public class BoardCacheTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_kept_board_is_reused_until_a_submission_and_then_shows_it()
    {
        // 01/11/2024: the Long An plan's report deadlines of October have passed, so units are late.
        await using var app = await TestApp.StartAsync(fixture, now: new DateTimeOffset(2024, 11, 1, 9, 0, 0, TimeSpan.FromHours(7)));
        var province = (await DemoIds.LoadAsync(app)).LongAn;
        Task<BoardCache.Entry> BoardAsync() => app.InScopeAsync(sp => sp.GetRequiredService<TrackingService>().CachedBoardAsync(province, year: 2024));

        var first = await BoardAsync();
        Assert.Same(first, await BoardAsync());
        var late = first.Board.Late.First(i => i.Obligation.DueDates().Count == 1);
        Assert.Equal(ObligationState.Late, late.State);

        await app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<TrackingService>().RecordDeliveredAsync(late.Obligation.Id, late.Unit.Id, null, "Nộp qua văn bản giấy");
            return await sp.GetRequiredService<LantoaDb>().SaveChangesAsync();
        });

        var after = await BoardAsync();
        Assert.NotSame(first, after);
        Assert.DoesNotContain(after.Board.Late, i => i.Obligation.Id == late.Obligation.Id && i.Unit.Id == late.Unit.Id);
        Assert.Contains(after.Board.SubmittedLate, i => i.Obligation.Id == late.Obligation.Id && i.Unit.Id == late.Unit.Id);
        Assert.Same(after, await BoardAsync());

        // A change that does not go through the app (another node, a script) is seen too.
        await app.DbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE units SET name = name WHERE id = {0}", late.Unit.Id));
        Assert.NotSame(after, await BoardAsync());
    }
}
