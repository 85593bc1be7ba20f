using Lantoa.Domain.Tracking;
using Microsoft.Extensions.Caching.Memory;

namespace Lantoa.Web.Features.Tracking;

/// <summary>
/// Computed obligation boards kept in memory for the pages that show them over and over (the dashboard, the inbox's
/// late units): a large province's board reads thousands of submissions and is computed in C#, while its inputs change
/// a few times a day. A board is kept under the database's board version (the sequence tracking_board_version, moved by
/// every statement that changes obligations, their parties or submissions, plans, units or groups; migration
/// 20261202_1535_board_version) and the day it was computed for, so any change anywhere — on this node or another —
/// makes the next page compute it again. <see cref="MaxAge"/> bounds the rare case of a page that read a new version a
/// moment before the change's commit; the page says when the board was computed. Exact uses (the reminders, one plan's
/// reports) read the board fresh.
/// </summary>
public sealed class BoardCache : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 64 });

    public sealed record Entry(ObligationBoard Board, DateTimeOffset ComputedAt);

    public readonly record struct Key(int ProvinceId, int? PlanId, int? Year, DateOnly Today, long Version);

    public Entry? Find(Key key) => _cache.TryGetValue(key, out Entry? entry) ? entry : null;

    public void Keep(Key key, Entry entry) =>
        _cache.Set(key, entry, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = MaxAge });

    public void Dispose() => _cache.Dispose();
}
