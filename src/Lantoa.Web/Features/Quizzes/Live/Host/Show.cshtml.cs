using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Quizzes.Live.Host;

/// <summary>
/// The host's screen of one show (/Quizzes/Live/{id}), for the projector: the join code, the open question with its
/// countdown, how many answered, right and wrong, the survivors, and the host's buttons. The buttons call the hub
/// (wwwroot/js/live.js), which checks the host again on every step; this handler checks before showing anything:
/// another province's show is 404, a user of the province who may not host it 403.
/// </summary>
public sealed class LiveHostShow(LiveShowStore store) : LantoaPage
{
    public LiveShowRow Show { get; private set; } = null!;
    public Lantoa.Domain.Quizzes.Live.LiveSettings Settings { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (LantoaClaims.ToActor(User) is not { } actor) return Challenge();
        var row = await store.RowAsync(id, ct);
        if (row is null || !AccessPolicy.CanReadProvince(actor, row.ProvinceId)) return NotFoundPage();
        if (!AccessPolicy.CanHostLiveShow(actor, row.ProvinceId, row.HostUnitId)) return Denied();
        Show = row;
        Settings = (await store.LoadAsync(id, ct))!.Show.Settings;
        return Page();
    }
}
