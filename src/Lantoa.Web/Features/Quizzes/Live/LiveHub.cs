using Lantoa.Domain;
using Lantoa.Domain.Quizzes.Live;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.SignalR;

namespace Lantoa.Web.Features.Quizzes.Live;

/// <summary>
/// The live show's real-time channel (SignalR, <see cref="LiveShows.HubPath"/>). Everyone may connect; each method checks
/// on the server who is calling. The host's steps (<see cref="Ask"/>, <see cref="Reveal"/>, <see cref="Rescue"/>,
/// <see cref="Finish"/>) and <see cref="Watch"/> take a staff login allowed by <see cref="AccessPolicy.CanHostLiveShow"/>;
/// <see cref="Play"/> and <see cref="Answer"/> take a player of the show: the player's page, which knows the player by
/// the citizen cookie (lantoa.cd) or the guest cookie set when joining with the show's code, hands its script a signed
/// token of (show, player) (<see cref="LivePlayerTokens"/>; no cookie is read on the open WebSocket). Every change is in
/// PostgreSQL before it is announced; a client told "changed" asks for its view again, so a reconnecting phone or a
/// client of another node sees the same show. A refusal is an answer <c>{ error }</c> in Vietnamese, never an exception.
/// </summary>
public sealed class LiveHub(LiveShowStore store, LiveViews views, LivePlayerTokens tokens) : Hub
{
    public static string Group(int showId) => $"live-{showId}";
    public static string HostGroup(int showId) => $"live-{showId}-host";

    private static object Error(string message) => new { error = message };

    /// <summary>The row when the caller may host it, else the Vietnamese refusal.</summary>
    private async Task<(LiveShowRow? Row, string? Error)> HostAsync(int showId)
    {
        if (LantoaClaims.ToActor(Context.User!) is not { } actor) return (null, "Hãy đăng nhập bằng tài khoản cán bộ để điều khiển buổi thi.");
        var row = await store.RowAsync(showId, Context.ConnectionAborted);
        if (row is null || !AccessPolicy.CanReadProvince(actor, row.ProvinceId)) return (null, "Không tìm thấy buổi thi.");
        if (!AccessPolicy.CanHostLiveShow(actor, row.ProvinceId, row.HostUnitId)) return (null, "Bạn không có quyền điều khiển buổi thi này.");
        return (row, null);
    }

    /// <summary>The host screen: joins the show's groups and returns the host's view.</summary>
    public async Task<object> Watch(int showId)
    {
        var (row, error) = await HostAsync(showId);
        if (row is null) return Error(error!);
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(showId));
        await Groups.AddToGroupAsync(Context.ConnectionId, HostGroup(showId));
        return await views.HostAsync((await store.LoadAsync(showId, Context.ConnectionAborted))!, Context.ConnectionAborted);
    }

    public Task<object> Ask(int showId) => StepAsync(showId, async (l, c, tx, now) =>
    {
        var next = await LiveShowStore.NextQuestionAsync(c, tx, l.Row, Context.ConnectionAborted)
                   ?? throw new DomainException("Ngân hàng câu hỏi không còn câu một đáp án nào chưa hỏi trong buổi thi này.");
        l.Show.Ask(next.Id, next.Options, next.Correct, now);
    });

    public Task<object> Reveal(int showId) => StepAsync(showId, (l, _, _, now) => { l.Show.Reveal(now); return Task.CompletedTask; });

    /// <summary>A rescue: the given eliminated players (none: all of them) come back.</summary>
    public Task<object> Rescue(int showId, int[]? playerIds) => StepAsync(showId, (l, _, _, _) => { l.Show.Rescue(playerIds); return Task.CompletedTask; });

    public Task<object> Finish(int showId) => StepAsync(showId, (l, _, _, _) => { l.Show.Finish(); return Task.CompletedTask; });

    /// <summary>Runs a finished show again from the lobby (players join anew).</summary>
    public async Task<object> Reset(int showId)
    {
        var (row, error) = await HostAsync(showId);
        if (row is null) return Error(error!);
        var (after, refused) = await store.ResetAsync(showId, Context.ConnectionAborted);
        if (after is null) return Error(refused!);
        await Clients.Group(Group(showId)).SendAsync("changed", after.Row.Version);
        return await views.HostAsync(after, Context.ConnectionAborted);
    }

    private async Task<object> StepAsync(int showId, Func<LiveLoaded, Npgsql.NpgsqlConnection, Npgsql.NpgsqlTransaction, DateTimeOffset, Task> step)
    {
        var (row, error) = await HostAsync(showId);
        if (row is null) return Error(error!);
        var (after, refused) = await store.StepAsync(showId, step, Context.ConnectionAborted);
        if (after is null) return Error(refused!);
        await Clients.Group(Group(showId)).SendAsync("changed", after.Row.Version);
        return await views.HostAsync(after, Context.ConnectionAborted);
    }

    /// <summary>The player the page's token names, when it is of this show and the player is still in the database.</summary>
    private async Task<int?> PlayerAsync(int showId, string? token) =>
        tokens.Read(token) is { } t && t.ShowId == showId && await store.HasPlayerAsync(showId, t.PlayerId, Context.ConnectionAborted) ? t.PlayerId : null;

    /// <summary>A player's phone: joins the show's group and returns the player's view (their own state included).</summary>
    public async Task<object> Play(int showId, string? token)
    {
        if (await PlayerAsync(showId, token) is not { } player)
            return Error("Bạn chưa tham gia buổi thi này; hãy mở lại trang và nhập mã buổi thi.");
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(showId));
        return await views.PlayerAsync((await store.LoadAsync(showId, Context.ConnectionAborted))!, player, Context.ConnectionAborted);
    }

    /// <summary>A player's answer to the open question; the host screens get the new counts.</summary>
    public async Task<object> Answer(int showId, string? token, long optionId)
    {
        if (await PlayerAsync(showId, token) is not { } player)
            return Error("Bạn chưa tham gia buổi thi này.");
        var refused = await store.AnswerAsync(showId, player, optionId, Context.ConnectionAborted);
        var loaded = (await store.LoadAsync(showId, Context.ConnectionAborted))!;
        if (refused is null) await Clients.Group(HostGroup(showId)).SendAsync("answered", LiveViews.Counts(loaded.Show.Counts()));
        var view = await views.PlayerAsync(loaded, player, Context.ConnectionAborted);
        return refused is null ? view : new { error = refused, view };
    }
}
