using Lantoa.Domain.Users;

namespace Lantoa.Web.Features.Inbox;

/// <summary>
/// What one module puts in a person's inbox ("Việc chờ xử lý"): the estimates a finance reviewer must review, the
/// reports a coordinator must review, the reports returned to a unit … Each module registers its sources
/// (<c>services.AddScoped&lt;IInboxSource, X&gt;()</c>); the inbox page and the menu's count ask all of them. A source
/// answers only with what the actor may open (its own AccessPolicy questions), for the actor's province.
/// </summary>
public interface IInboxSource
{
    /// <summary>The items waiting for the actor, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<InboxItem>> ItemsAsync(Actor actor, int limit, CancellationToken ct = default);

    /// <summary>How many items wait for the actor that count in the menu (cheap: one indexed COUNT).</summary>
    Task<int> CountAsync(Actor actor, CancellationToken ct = default);
}

/// <summary>One waiting item: its group on the inbox page ("Dự toán chờ thẩm định"), what it is, where to act on it,
/// since when it waits.</summary>
public sealed record InboxItem(string Group, string Title, string Detail, string Url, DateTimeOffset? Since);
