using Lantoa.Domain.Quizzes.Live;

namespace Lantoa.Web.Features.Quizzes.Live;

/// <summary>
/// What a screen is sent (camelCase JSON through SignalR): the host's view (every player, counts, the correct answer once
/// revealed, the standings) and a player's view (the question and options, their own state, the correct answer only after
/// the bell's reveal). Times are the server's: <c>serverTime</c> lets a phone show the countdown of the server's clock.
/// </summary>
public sealed class LiveViews(LiveShowStore store, TimeProvider clock)
{
    public static string StatusText(LiveStatus s) => s switch
    {
        LiveStatus.Lobby => "Đang chờ người chơi",
        LiveStatus.Asking => "Đang trả lời",
        LiveStatus.Revealed => "Đã công bố đáp án",
        _ => "Đã kết thúc",
    };

    public static object Counts(LiveCounts c) => new { players = c.Players, survivors = c.Survivors, answered = c.Answered, right = c.Right, wrong = c.Wrong };

    private async Task<object?> QuestionAsync(LiveShow show, bool withAnswer, CancellationToken ct)
    {
        if (show.Current is not { } q || show.Status == LiveStatus.Lobby) return null;
        var text = await store.QuestionTextAsync(q.QuestionId, ct);
        var reveal = withAnswer || show.Status != LiveStatus.Asking;
        var options = q.OptionIds.Select((id, i) =>
        {
            var o = text?.Options.FirstOrDefault(x => x.Id == id);
            return new { id, key = ((char)('A' + i)).ToString(), text = o?.Text ?? "", correct = reveal ? q.CorrectOptionIds.Contains(id) : (bool?)null };
        }).ToList();
        return new { number = q.Number, text = text?.Text ?? "", options, askedAt = q.AskedAt, closesAt = q.ClosesAt, revealed = show.Status != LiveStatus.Asking };
    }

    private object Common(LiveLoaded l) => new
    {
        id = l.Row.Id, title = l.Row.Title, code = l.Row.Code, version = l.Row.Version, status = l.Show.Status.ToString(),
        statusText = StatusText(l.Show.Status), serverTime = clock.GetUtcNow(), questionSeconds = l.Show.Settings.QuestionSeconds,
        rescues = l.Show.Settings.Rescues, rescuesLeft = l.Show.RescuesLeft, counts = Counts(l.Show.Counts()),
    };

    private static IEnumerable<object> Standings(LiveShow show) => show.Standings().Select(s => new
    {
        rank = s.Rank, playerId = s.Player.Id, name = s.Player.Name, alive = s.Player.Alive, eliminatedAt = s.Player.EliminatedAt,
        correct = s.Player.Correct, prize = s.Prize, amount = s.Amount?.Format(),
    });

    public async Task<object> HostAsync(LiveLoaded l, CancellationToken ct)
    {
        var q = l.Show.Current;
        return new
        {
            show = Common(l),
            question = await QuestionAsync(l.Show, withAnswer: true, ct),
            players = l.Show.Players.Select(p => new
            {
                id = p.Id, name = p.Name, alive = p.Alive, eliminatedAt = p.EliminatedAt, rescued = p.TimesRescued, correct = p.Correct,
                answered = q is not null && l.Show.AnswerOf(q.Number, p.Id) is not null,
            }),
            standings = l.Show.Status == LiveStatus.Finished ? Standings(l.Show) : null,
        };
    }

    public async Task<object> PlayerAsync(LiveLoaded l, int playerId, CancellationToken ct)
    {
        var me = l.Show.Players.First(p => p.Id == playerId);
        var q = l.Show.Current;
        var mine = q is null ? null : l.Show.AnswerOf(q.Number, playerId);
        var standing = l.Show.Status == LiveStatus.Finished ? l.Show.Standings().First(s => s.Player.Id == playerId) : null;
        return new
        {
            show = Common(l),
            question = await QuestionAsync(l.Show, withAnswer: false, ct),
            me = new
            {
                id = me.Id, name = me.Name, alive = me.Alive, eliminatedAt = me.EliminatedAt, rescued = me.TimesRescued,
                answer = mine?.OptionId, rank = standing?.Rank, prize = standing?.Prize, amount = standing?.Amount?.Format(),
            },
            winners = l.Show.Status == LiveStatus.Finished ? l.Show.Standings().Where(s => s.Player.Alive).Select(s => s.Player.Name) : null,
        };
    }
}
