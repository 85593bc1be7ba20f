using System.Security.Cryptography;
using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;

namespace Lantoa.Web.Features.Quizzes.Live;

/// <summary>
/// A player's page of a show (/rung-chuong-vang/{code}), for cheap phones: not yet a player → the join form (a signed-in
/// citizen joins under their name; anyone else with a name, and gets a guest cookie holding a secret, of which the
/// database keeps only the hash); a player → the question, big answer buttons and their own state, live through the hub
/// (wwwroot/js/live.js). A reload or another connection finds the same player by the cookie, in the same state.
/// </summary>
public sealed class LivePlay(LiveShowStore store, LivePlayerTokens tokens, Microsoft.AspNetCore.SignalR.IHubContext<LiveHub> hub) : CitizenPage
{
    protected override bool RequiresCitizen => false;

    public LiveShowRow Show { get; private set; } = null!;
    public int? PlayerId { get; private set; }
    public string? Error { get; private set; }

    /// <summary>The player's token for the hub (null: not a player).</summary>
    public string? Token => PlayerId is { } p ? tokens.Issue(Show.Id, p) : null;

    [BindProperty] public string? Name { get; set; }

    private string CookieName => LiveShowStore.CookiePrefix + Show.Id;

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (code.Length > 12 || await store.ByCodeAsync(code, ct) is not { } show) return false;
        Show = show;
        PlayerId = await store.PlayerAsync(show.Id, new LiveIdentity(Me?.Id, Request.Cookies[CookieName]), ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) =>
        await LoadAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (PlayerId is not null) return Redirect(Request.Path);
        string name;
        LiveIdentity who;
        if (Me is not null)
        {
            name = Me.FullName;
            who = new LiveIdentity(Me.Id, null);
        }
        else
        {
            name = TextInput.Clean(Name) ?? "";
            var secret = Request.Cookies[CookieName] is { Length: >= 32 } kept ? kept
                : Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            who = new LiveIdentity(null, secret);
            Response.Cookies.Append(CookieName, secret, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, Path = "/", MaxAge = TimeSpan.FromDays(2), IsEssential = true,
            });
        }
        var (player, error) = await store.JoinAsync(Show.Id, who, name, ct);
        if (player is null)
        {
            Error = error;
            return Invalid();
        }
        await hub.Clients.Group(LiveHub.HostGroup(Show.Id)).SendAsync("joined", ct); // the host's roster
        return Redirect(Request.Path);
    }
}
