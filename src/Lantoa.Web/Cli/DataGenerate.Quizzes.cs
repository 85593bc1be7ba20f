using Lantoa.Domain.Plans;
using Lantoa.Web.Features.Quizzes;
using Npgsql;
using NpgsqlTypes;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Lantoa.Web.Cli;

/// <summary>
/// The Citizens and Quizzes modules' part of `data generate` (CitizensModule and QuizzesModule.GeneratedTables): in every
/// province an online quiz on its DX Day plan's quiz activity of the first plan year — 20 questions, 15 minutes, two
/// attempts a round, the best counting, residents from 11 years old, the prizes of Long An's 2024 contest — with a
/// round 01/10–20/10 that is closed by the dataset's day. The first province's round holds a million attempts
/// (<see cref="Scale.QuizAttempts"/>: the size of a national contest's round, ten thousand at the small scale), every
/// other province's two thousand; each entrant (a citizen login of the province, the demo password) makes two. Every
/// round is then ranked in PostgreSQL as the organiser's "Xếp hạng" button does, and the time it took is printed.
/// </summary>
public static partial class DataGenerate
{
    private const int QuizQuestions = 20;
    private const int QuizTimeLimitSeconds = 900;
    private const int AttemptsPerEntrant = 2;
    private const int OtherProvincesQuizAttempts = 2_000;

    private sealed partial class Generator
    {
        private sealed record QuizRow(int Id, Prov P, int ActivityId, int Year, int FirstCitizen, int Entrants, int Attempts, DateTimeOffset Opens, DateTimeOffset Closes);

        private List<QuizRow>? _quizzes;

        /// <summary>The quizzes with their ids and entrants' ids, decided once (citizens are written before quizzes).</summary>
        private List<QuizRow> PlanQuizzes()
        {
            if (_quizzes is not null) return _quizzes;
            int quizId = _base["quizzes"], citizenId = _base["citizens"];
            _quizzes = [];
            foreach (var p in _provinces)
            {
                var plan = p.Plans.FirstOrDefault(x => x.Kind == PlanKind.DxDay && x.Year == firstYear) ?? p.Plans.FirstOrDefault(x => x.Year == firstYear);
                if (plan is null || plan.Activities.Count == 0) continue;
                var activity = plan.Activities.FirstOrDefault(a => a.T.Kind == ActivityKind.QuizContest) ?? plan.Activities[0];
                var attempts = _quizzes.Count == 0 ? scale.QuizAttempts : OtherProvincesQuizAttempts;
                var entrants = Math.Max(1, attempts / AttemptsPerEntrant);
                var opens = new DateTimeOffset(At(new DateOnly(plan.Year, 10, 1), 8, 0), TimeSpan.Zero);
                var closes = new DateTimeOffset(At(new DateOnly(plan.Year, 10, 20), 23, 59), TimeSpan.Zero);
                _quizzes.Add(new QuizRow(++quizId, p, activity.Id, plan.Year, citizenId + 1, entrants, attempts, opens, closes));
                citizenId += entrants;
            }
            return _quizzes;
        }

        [Writes("citizens")]
        private long WriteCitizens(NpgsqlBinaryImporter w)
        {
            long n = 0;
            foreach (var q in PlanQuizzes())
            {
                var place = new QuizRoundRows.Place(q.P.Code, _communeAdmin[q.P.Code].Select(c => c.Code).DefaultIfEmpty("").ToArray(), [.. q.P.Units.Values]);
                var created = At(new DateOnly(q.Year, 9, 25), 8, 0);
                for (var i = 0; i < q.Entrants; i++)
                {
                    var id = q.FirstCitizen + i;
                    QuizRoundRows.WriteCitizen(w, id, i, $"thisinh.{q.P.Code}.{i + 1}@lantoa.invalid", _passwordHash, place, created,
                        $"{Mix((ulong)id ^ 0xC171_2E45UL):x16}", $"dg{q.P.Code}");
                    n++;
                }
            }
            return n;
        }

        [Writes("quizzes")]
        private long WriteQuizzes(NpgsqlBinaryImporter w)
        {
            var prizes = QuizStore.TiersJson(QuizzesDemoData.LongAnPrizes.PerRound);
            var collective = QuizStore.TiersJson(QuizzesDemoData.LongAnPrizes.Collective);
            foreach (var q in PlanQuizzes())
            {
                w.StartRow();
                w.Write(q.Id, NpgsqlDbType.Integer);
                w.Write(q.P.Id, NpgsqlDbType.Integer);
                w.Write(q.ActivityId, NpgsqlDbType.Integer);
                w.Write($"Cuộc thi trực tuyến tìm hiểu về chuyển đổi số {q.P.Cap} {q.P.Name} năm {q.Year}", NpgsqlDbType.Text);
                w.Write($"Tỉnh Đoàn {q.P.Name}", NpgsqlDbType.Text);
                w.Write(11, NpgsqlDbType.Integer);
                w.Write(new DateOnly(q.Year, 10, 1), NpgsqlDbType.Date);
                w.Write(q.P.Code, NpgsqlDbType.Text);
                w.Write(false, NpgsqlDbType.Boolean);
                w.Write(false, NpgsqlDbType.Boolean);
                w.Write(AttemptsPerEntrant, NpgsqlDbType.Integer);
                w.Write("Best", NpgsqlDbType.Text);
                w.Write(QuizQuestions, NpgsqlDbType.Integer);
                w.Write(QuizTimeLimitSeconds, NpgsqlDbType.Integer);
                w.Write(QuizzesDemoData.PredictionText, NpgsqlDbType.Text);
                w.Write(prizes, NpgsqlDbType.Jsonb);
                w.Write(collective, NpgsqlDbType.Jsonb);
                w.Write(true, NpgsqlDbType.Boolean);
                w.Write(At(new DateOnly(q.Year, 9, 20), 9, 0), NpgsqlDbType.TimestampTz);
            }
            return _quizzes!.Count;
        }

        [Writes("quiz_rounds")]
        private long WriteQuizRounds(NpgsqlBinaryImporter w)
        {
            foreach (var q in PlanQuizzes())
            {
                w.StartRow();
                w.Write(q.Id, NpgsqlDbType.Integer);
                w.Write(1, NpgsqlDbType.Integer);
                w.Write(q.Opens.UtcDateTime, NpgsqlDbType.TimestampTz);
                w.Write(q.Closes.UtcDateTime, NpgsqlDbType.TimestampTz);
                w.Write(false, NpgsqlDbType.Boolean);
            }
            return _quizzes!.Count;
        }

        [Writes("quiz_attempts")]
        private long WriteQuizAttempts(NpgsqlBinaryImporter w)
        {
            long id = _base["quiz_attempts"];
            foreach (var q in PlanQuizzes())
            {
                var random = new Random(Seed ^ q.P.Id);
                var window = (int)(q.Closes - q.Opens).TotalSeconds - QuizTimeLimitSeconds;
                for (var i = 0; i < q.Attempts; i++)
                    QuizRoundRows.WriteAttempt(w, ++id, q.Id, 1, q.FirstCitizen + i % q.Entrants, q.Opens, window, QuizQuestions, QuizTimeLimitSeconds, q.Attempts, random);
            }
            return id - _base["quiz_attempts"];
        }

        /// <summary>Every generated round ranked after the load (and its ANALYZE), as the organiser's button ranks one.</summary>
        private async Task RankQuizRoundsAsync(NpgsqlConnection conn, CancellationToken ct)
        {
            var quizzes = PlanQuizzes();
            if (quizzes.Count == 0) return;
            var rankedAt = new DateTimeOffset(At(new DateOnly(quizzes[0].Year, 10, 21), 9, 0), TimeSpan.Zero);
            var first = await QuizRankingStore.RankAsync(conn, quizzes[0].Id, 1, rankedAt, ct);
            log.WriteLine($"  xếp hạng đợt 1 cuộc thi trắc nghiệm {quizzes[0].P.Cap} {quizzes[0].P.Name} (một INSERT … SELECT, hàm cửa sổ): " +
                          $"{N(quizzes[0].Attempts)} lượt thi, {N(first.Entrants)} thí sinh, {N(first.Ranked)} người được xếp hạng, {S(first.Elapsed)} s");
            var rest = Stopwatch.StartNew();
            foreach (var q in quizzes.Skip(1)) await QuizRankingStore.RankAsync(conn, q.Id, 1, rankedAt, ct);
            if (quizzes.Count > 1)
                log.WriteLine($"  xếp hạng đợt 1 của {N(quizzes.Count - 1)} cuộc thi còn lại ({N(OtherProvincesQuizAttempts)} lượt thi mỗi cuộc): {S(rest.Elapsed)} s");
        }
    }
}
