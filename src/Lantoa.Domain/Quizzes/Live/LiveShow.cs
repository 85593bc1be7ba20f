using Lantoa.Domain.Budgets;

namespace Lantoa.Domain.Quizzes.Live;

/// <summary>Where a live show stands: players gather, a question is open (the bell rings at its close), its answer is shown, or it is over.</summary>
public enum LiveStatus { Lobby, Asking, Revealed, Finished }

/// <summary>How a show is run: seconds per question (10–30), how many rescues (cứu trợ) the host may call, the prizes.</summary>
public sealed record LiveSettings(int QuestionSeconds, int Rescues, IReadOnlyList<PrizeTier> Prizes)
{
    public const int MinSeconds = 10;
    public const int MaxSeconds = 30;

    /// <summary>The youth festival's "Rung chuông vàng" of Long An 2024 (Phụ lục, dòng 10): 1 first 700.000, 1 second 500.000,
    /// 2 third 300.000, 3 consolation 200.000 = 2.400.000 đồng.</summary>
    public static readonly IReadOnlyList<PrizeTier> LongAnFestival =
    [
        new("Giải nhất", 1, new Money(700_000)), new("Giải nhì", 1, new Money(500_000)),
        new("Giải ba", 2, new Money(300_000)), new("Giải khuyến khích", 3, new Money(200_000)),
    ];

    public Money PrizeTotal => Money.Sum(Prizes.Select(p => p.Total));

    /// <summary>The Vietnamese problems of these settings (empty: fine).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (QuestionSeconds is < MinSeconds or > MaxSeconds)
            problems.Add($"Thời gian mỗi câu hỏi phải từ {MinSeconds} đến {MaxSeconds} giây.");
        if (Rescues is < 0 or > 10) problems.Add("Số lần cứu trợ phải từ 0 đến 10.");
        if (Prizes.Any(p => p.Count < 0 || p.Amount.IsNegative)) problems.Add("Số giải và tiền thưởng không được âm.");
        return problems;
    }
}

/// <summary>A player in the hall. <see cref="EliminatedAt"/>: the number of the question that put them out (null: still in).</summary>
public sealed class LivePlayer(int id, string name, DateTimeOffset joinedAt)
{
    public int Id { get; } = id;
    public string Name { get; } = name;
    public DateTimeOffset JoinedAt { get; } = joinedAt;
    public int? EliminatedAt { get; private set; }
    public int TimesRescued { get; private set; }
    public int Correct { get; private set; }
    /// <summary>Milliseconds from each question's start to this player's correct answer, summed (the tie-break).</summary>
    public long CorrectMs { get; private set; }
    public bool Alive => EliminatedAt is null;

    /// <summary>Restores a stored player.</summary>
    public static LivePlayer Restore(int id, string name, DateTimeOffset joinedAt, int? eliminatedAt, int rescued, int correct, long correctMs) =>
        new(id, name, joinedAt) { EliminatedAt = eliminatedAt, TimesRescued = rescued, Correct = correct, CorrectMs = correctMs };

    internal void Eliminate(int question) => EliminatedAt = question;
    internal void BringBack() { EliminatedAt = null; TimesRescued++; }
    internal void Scored(long ms) { Correct++; CorrectMs += ms; }
}

/// <summary>A question asked in the show: its options as shown, the correct one(s), when it opened and when the bell rings.</summary>
public sealed record LiveQuestion(int Number, long QuestionId, IReadOnlyList<long> OptionIds, IReadOnlySet<long> CorrectOptionIds,
    DateTimeOffset AskedAt, DateTimeOffset ClosesAt)
{
    /// <summary>Open while the server's clock is before the bell.</summary>
    public bool OpenAt(DateTimeOffset now) => now < ClosesAt;
}

/// <summary>A player's answer to one question (the last one before the bell counts).</summary>
public sealed record LiveAnswer(int Question, int PlayerId, long OptionId, DateTimeOffset At);

/// <summary>What a reveal did: who was right, wrong or silent, who went out; <see cref="AllKept"/>: nobody was right, so nobody went out.</summary>
public sealed record LiveReveal(int Question, IReadOnlyList<int> Right, IReadOnlyList<int> Wrong, IReadOnlyList<int> Silent,
    IReadOnlyList<int> Eliminated, bool AllKept);

/// <summary>A player's place at the end (or now): rank 1 first; the prize of that place, if any.</summary>
public sealed record LiveStanding(int Rank, LivePlayer Player, string? Prize, Money? Amount);

/// <summary>The host screen's figures: players in, answers to the open question, and after the bell right and wrong.</summary>
public sealed record LiveCounts(int Players, int Survivors, int Answered, int? Right, int? Wrong);

/// <summary>
/// A live "Rung chuông vàng" show: the host asks questions one at a time, each open for <see cref="LiveSettings.QuestionSeconds"/>
/// by the server's clock (an answer at or after the bell is refused); at the reveal every player still in who answered wrong
/// or not at all is out — unless nobody was right, then nobody goes out; between questions the host may call a rescue
/// (cứu trợ: the audience's help) that brings eliminated players back, as many times as the settings allow; at the end the
/// last ones standing rank first. Ranking: still in first, then out later, then more correct answers, then less time to
/// the correct answers, then who joined first; prizes go down the ranking tier by tier. Players join only before the first
/// question. Pure: the clock is passed in, every refusal is a <see cref="DomainException"/> with a Vietnamese message.
/// </summary>
public sealed class LiveShow
{
    private readonly List<LivePlayer> _players;
    private readonly List<LiveQuestion> _questions;
    private readonly Dictionary<(int Question, int Player), LiveAnswer> _answers;

    public LiveShow(LiveSettings settings, LiveStatus status = LiveStatus.Lobby, int rescuesUsed = 0,
        IEnumerable<LivePlayer>? players = null, IEnumerable<LiveQuestion>? questions = null, IEnumerable<LiveAnswer>? answers = null)
    {
        if (settings.Problems() is { Count: > 0 } problems) throw new DomainException(string.Join(" ", problems));
        Settings = settings;
        Status = status;
        RescuesUsed = rescuesUsed;
        _players = [.. players ?? []];
        _questions = [.. (questions ?? []).OrderBy(q => q.Number)];
        _answers = (answers ?? []).ToDictionary(a => (a.Question, a.PlayerId));
    }

    public LiveSettings Settings { get; }
    public LiveStatus Status { get; private set; }
    public int RescuesUsed { get; private set; }
    public int RescuesLeft => Math.Max(0, Settings.Rescues - RescuesUsed);
    public IReadOnlyList<LivePlayer> Players => _players;
    public IReadOnlyList<LiveQuestion> Questions => _questions;
    public LiveQuestion? Current => _questions.Count == 0 ? null : _questions[^1];
    public IEnumerable<LivePlayer> Survivors => _players.Where(p => p.Alive);
    public IEnumerable<LivePlayer> Eliminated => _players.Where(p => !p.Alive);

    public LiveAnswer? AnswerOf(int question, int player) => _answers.GetValueOrDefault((question, player));

    /// <summary>Checks a new player may join (only before the first question); the store gives the id.</summary>
    public void CheckJoin(string name)
    {
        if (Status != LiveStatus.Lobby) throw new DomainException("Buổi thi đã bắt đầu; không thể tham gia thêm.");
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Hãy nhập tên của bạn.");
        if (name.Trim().Length > 60) throw new DomainException("Tên dài quá 60 ký tự.");
    }

    public LivePlayer Join(int id, string name, DateTimeOffset now)
    {
        CheckJoin(name);
        var player = new LivePlayer(id, name.Trim(), now);
        _players.Add(player);
        return player;
    }

    /// <summary>Opens the next question; the bell rings <see cref="LiveSettings.QuestionSeconds"/> later.</summary>
    public LiveQuestion Ask(long questionId, IReadOnlyList<long> optionIds, IReadOnlyCollection<long> correct, DateTimeOffset now)
    {
        if (Status == LiveStatus.Finished) throw new DomainException("Buổi thi đã kết thúc.");
        if (Status == LiveStatus.Asking) throw new DomainException("Câu hỏi đang mở; hãy công bố đáp án trước khi hỏi câu tiếp theo.");
        if (!Survivors.Any()) throw new DomainException("Chưa có người chơi nào trên sàn thi.");
        if (optionIds.Count is < 2 or > 6 || optionIds.Distinct().Count() != optionIds.Count)
            throw new DomainException("Câu hỏi phải có từ 2 đến 6 phương án khác nhau.");
        if (correct.Count == 0 || correct.Any(c => !optionIds.Contains(c))) throw new DomainException("Câu hỏi phải có đáp án đúng trong các phương án.");
        if (_questions.Any(q => q.QuestionId == questionId)) throw new DomainException("Câu hỏi này đã được hỏi trong buổi thi.");
        var q = new LiveQuestion(_questions.Count + 1, questionId, optionIds, correct.ToHashSet(), now, now.AddSeconds(Settings.QuestionSeconds));
        _questions.Add(q);
        Status = LiveStatus.Asking;
        return q;
    }

    /// <summary>Null when the player may answer now with this option; else the Vietnamese reason.</summary>
    public string? WhyNotAnswer(int playerId, long optionId, DateTimeOffset now)
    {
        var player = _players.FirstOrDefault(p => p.Id == playerId);
        if (player is null) return "Bạn chưa tham gia buổi thi này.";
        if (Status != LiveStatus.Asking || Current is not { } q) return "Chưa có câu hỏi nào đang mở.";
        if (!q.OpenAt(now)) return "Đã hết giờ; câu trả lời này không được ghi nhận.";
        if (!player.Alive) return "Bạn đã bị loại nên không thể trả lời.";
        if (!q.OptionIds.Contains(optionId)) return "Phương án không thuộc câu hỏi đang mở.";
        return null;
    }

    /// <summary>Records an answer (a change before the bell replaces the previous one).</summary>
    public LiveAnswer Answer(int playerId, long optionId, DateTimeOffset now)
    {
        if (WhyNotAnswer(playerId, optionId, now) is { } why) throw new DomainException(why);
        var a = new LiveAnswer(Current!.Number, playerId, optionId, now);
        _answers[(a.Question, playerId)] = a;
        return a;
    }

    /// <summary>After the bell: shows the answer, puts out those still in who were wrong or silent (nobody, if nobody was right).</summary>
    public LiveReveal Reveal(DateTimeOffset now)
    {
        if (Status != LiveStatus.Asking || Current is not { } q) throw new DomainException("Chưa có câu hỏi nào đang mở.");
        if (q.OpenAt(now)) throw new DomainException("Chưa hết giờ trả lời; hãy đợi tiếng chuông.");
        var right = new List<int>();
        var wrong = new List<int>();
        var silent = new List<int>();
        foreach (var p in Survivors)
        {
            var a = AnswerOf(q.Number, p.Id);
            (a is null ? silent : q.CorrectOptionIds.Contains(a.OptionId) ? right : wrong).Add(p.Id);
        }
        foreach (var p in _players.Where(p => right.Contains(p.Id)))
            p.Scored((long)(AnswerOf(q.Number, p.Id)!.At - q.AskedAt).TotalMilliseconds);
        var allKept = right.Count == 0;
        var eliminated = allKept ? [] : wrong.Concat(silent).ToList();
        foreach (var p in _players.Where(p => eliminated.Contains(p.Id))) p.Eliminate(q.Number);
        Status = LiveStatus.Revealed;
        return new LiveReveal(q.Number, right, wrong, silent, eliminated, allKept);
    }

    /// <summary>
    /// A rescue (cứu trợ) between questions: brings back the given eliminated players (none given: every eliminated player),
    /// as the audience-rescue rule does; one of <see cref="LiveSettings.Rescues"/>.
    /// </summary>
    public IReadOnlyList<LivePlayer> Rescue(IReadOnlyCollection<int>? playerIds = null)
    {
        if (Status != LiveStatus.Revealed) throw new DomainException("Chỉ cứu trợ được sau khi công bố đáp án và trước câu hỏi tiếp theo.");
        if (RescuesLeft == 0)
            throw new DomainException(Settings.Rescues == 0 ? "Buổi thi này không có quyền cứu trợ." : $"Đã dùng hết {Settings.Rescues} lần cứu trợ.");
        var chosen = playerIds is null or { Count: 0 } ? Eliminated.ToList() : _players.Where(p => playerIds.Contains(p.Id)).ToList();
        if (playerIds is { Count: > 0 } && chosen.Count != playerIds.Distinct().Count()) throw new DomainException("Có người chơi không thuộc buổi thi này.");
        if (chosen.Count == 0) throw new DomainException("Không có người chơi nào bị loại để cứu trợ.");
        if (chosen.Any(p => p.Alive)) throw new DomainException("Chỉ cứu trợ được người chơi đã bị loại.");
        foreach (var p in chosen) p.BringBack();
        RescuesUsed++;
        return chosen;
    }

    /// <summary>Ends the show after a revealed question; the standings are then final.</summary>
    public IReadOnlyList<LiveStanding> Finish()
    {
        if (Status == LiveStatus.Finished) throw new DomainException("Buổi thi đã kết thúc.");
        if (Status != LiveStatus.Revealed) throw new DomainException(Status == LiveStatus.Lobby
            ? "Buổi thi chưa hỏi câu nào." : "Hãy công bố đáp án của câu đang mở trước khi kết thúc.");
        Status = LiveStatus.Finished;
        return Standings();
    }

    /// <summary>The ranking: still in first, then out later, more correct answers, less time to them, joined first; prizes tier by tier.</summary>
    public IReadOnlyList<LiveStanding> Standings()
    {
        var prizes = Settings.Prizes.SelectMany(t => Enumerable.Repeat(t, Math.Max(0, t.Count))).ToList();
        return [.. _players
            .OrderBy(p => p.Alive ? 0 : 1).ThenByDescending(p => p.EliminatedAt ?? 0).ThenByDescending(p => p.Correct)
            .ThenBy(p => p.CorrectMs).ThenBy(p => p.JoinedAt).ThenBy(p => p.Id)
            .Select((p, i) => i < prizes.Count ? new LiveStanding(i + 1, p, prizes[i].Name, prizes[i].Amount) : new LiveStanding(i + 1, p, null, null))];
    }

    public LiveCounts Counts()
    {
        var q = Current;
        var asked = q is not null && Status != LiveStatus.Lobby;
        var answered = asked ? _answers.Keys.Count(k => k.Question == q!.Number) : 0;
        int? right = null, wrong = null;
        if (asked && Status != LiveStatus.Asking)
        {
            var answers = _answers.Values.Where(a => a.Question == q!.Number).ToList();
            right = answers.Count(a => q!.CorrectOptionIds.Contains(a.OptionId));
            wrong = answers.Count - right;
        }
        return new LiveCounts(_players.Count, Survivors.Count(), answered, right, wrong);
    }
}
