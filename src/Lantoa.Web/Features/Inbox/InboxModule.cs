using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Modules;

namespace Lantoa.Web.Features.Inbox;

/// <summary>"Việc chờ xử lý": one page of what waits for the signed-in person, fed by the other modules'
/// <see cref="IInboxSource"/>s, its count in the menu, and the notices (in-app and e-mail) sent when something arrives.</summary>
public sealed class InboxModule : ILantoaModule
{
    public string Name => "Inbox";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<InboxService>();
        services.AddScoped<Notices>();
    }

    public IEnumerable<MenuItem> Menu =>
    [
        new("Chờ xử lý", "/Inbox", 5, AccessPolicy.SeesInbox, "inbox-link",
            (sp, actor, ct) => sp.GetRequiredService<InboxService>().CountAsync(actor, ct)),
    ];
}
