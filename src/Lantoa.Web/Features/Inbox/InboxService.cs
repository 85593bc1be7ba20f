using Lantoa.Domain.Users;

namespace Lantoa.Web.Features.Inbox;

/// <summary>Asks every module's <see cref="IInboxSource"/>: the inbox page's items and the menu's count.</summary>
public sealed class InboxService(IEnumerable<IInboxSource> sources)
{
    public const int PerSource = 200;

    public async Task<IReadOnlyList<InboxItem>> ItemsAsync(Actor actor, CancellationToken ct = default)
    {
        var items = new List<InboxItem>();
        if (!AccessPolicy.SeesInbox(actor)) return items;
        foreach (var source in sources) items.AddRange(await source.ItemsAsync(actor, PerSource, ct));
        return items;
    }

    public async Task<int> CountAsync(Actor actor, CancellationToken ct = default)
    {
        if (!AccessPolicy.SeesInbox(actor)) return 0;
        var count = 0;
        foreach (var source in sources) count += await source.CountAsync(actor, ct);
        return count;
    }
}
