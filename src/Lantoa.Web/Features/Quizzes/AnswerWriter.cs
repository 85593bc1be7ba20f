using System.Threading.Channels;
using Lantoa.Domain.Quizzes;
using Lantoa.Web.Infrastructure.Web;
using Npgsql;
using NpgsqlTypes;

namespace Lantoa.Web.Features.Quizzes;

/// <summary>
/// Group commit of answer saves. The evening a round opens, thousands of phones save an answer every few seconds; one
/// statement and one commit each would spend the database's time on statement and commit overhead, not on the rows.
/// Every save waits here for its turn, and whatever has gathered while the previous statement ran goes as one
/// <c>INSERT … SELECT FROM unnest(…) ON CONFLICT DO UPDATE … RETURNING</c> in one transaction: the same checks as one
/// save's upsert (the attempt is this citizen's, not submitted, before its deadline + grace; the question is on its
/// paper; the options are the question's, one only for a single-answer question), row by row. A save is acknowledged
/// only after its batch has committed, so an acknowledged answer is never lost; a save the statement did not write is
/// answered with the reason by <see cref="QuizAttempts"/>. Two saves of one question in one gathering go in two
/// statements, in the order they came (the last write wins). Under light load a batch is one save, and a save costs
/// what it did before.
/// <para>The attempt row is read <c>FOR SHARE</c>: a submit, which scores under <c>FOR UPDATE</c>, waits for a batch
/// in flight, and a save behind a submit sees the attempt submitted and is refused; no answer is acknowledged and left
/// out of the score.</para>
/// </summary>
public sealed class AnswerWriter : IAsyncDisposable, IDisposable
{
    /// <summary>The most saves in one statement.</summary>
    public const int MaxBatch = 512;

    public sealed record Save(long AttemptId, long QuestionId, long[] OptionIds, int CitizenId, DateTimeOffset At);

    private sealed record Pending(Save Save, TaskCompletionSource<bool> Done);

    private const string Sql = """
        INSERT INTO quiz_answers (attempt_id, question_id, option_ids, answered_at)
        SELECT q.attempt_id, q.question_id, i.options, i.at
        FROM (SELECT s.attempt_id, s.question_id, string_to_array(s.options, ',')::bigint[] AS options, s.citizen_id, s.at
              FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::int[], $5::timestamptz[]) AS s(attempt_id, question_id, options, citizen_id, at)) i
        JOIN quiz_attempts a ON a.id = i.attempt_id
        JOIN quiz_attempt_questions q ON q.attempt_id = a.id AND q.question_id = i.question_id
        WHERE a.citizen_id = i.citizen_id AND a.submitted_at IS NULL AND i.at <= a.deadline + $6
          AND i.options <@ q.option_order AND (q.multiple OR cardinality(i.options) <= 1)
        FOR SHARE OF a
        ON CONFLICT (attempt_id, question_id) DO UPDATE SET option_ids = EXCLUDED.option_ids, answered_at = EXCLUDED.answered_at
        RETURNING attempt_id, question_id
        """;

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = false });
    private readonly NpgsqlDataSource source;
    private readonly Task[] writers;

    public AnswerWriter(DatabaseAddress database)
    {
        var lanes = Math.Clamp(Environment.ProcessorCount, 2, 8);
        source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database.ConnectionString)
            { MaxPoolSize = lanes, ApplicationName = "lantoa-answers" }.ConnectionString);
        writers = [.. Enumerable.Range(0, lanes).Select(_ => Task.Run(WriteAsync))];
    }

    /// <summary>Saves one answer once its batch has committed: true when it was written, false when the checks refused it.</summary>
    public async Task<bool> SaveAsync(Save save, CancellationToken ct)
    {
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!queue.Writer.TryWrite(new Pending(save, done))) throw new ObjectDisposedException(nameof(AnswerWriter));
        // The request may give up waiting (the phone went away); the batch is written all the same.
        return await done.Task.WaitAsync(ct);
    }

    private async Task WriteAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        var later = new List<Pending>();
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var p)) batch.Add(p);
            while (batch.Count > 0)
            {
                // One row per (attempt, question) in a statement: ON CONFLICT cannot touch a row twice.
                var keys = new HashSet<(long, long)>();
                var now = new List<Pending>(batch.Count);
                foreach (var p in batch)
                    (keys.Add((p.Save.AttemptId, p.Save.QuestionId)) ? now : later).Add(p);
                await WriteBatchAsync(now);
                (batch, later) = (later, batch);
                later.Clear();
            }
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        try
        {
            var written = new HashSet<(long, long)>();
            await using (var c = await source.OpenConnectionAsync())
            await using (var cmd = new NpgsqlCommand(Sql, c))
            {
                cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(p => p.Save.AttemptId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
                cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(p => p.Save.QuestionId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
                cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(p => string.Join(',', p.Save.OptionIds)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(p => p.Save.CitizenId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
                cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(p => p.Save.At).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
                cmd.Parameters.AddWithValue(QuizRules.Grace);
                await using var r = await cmd.ExecuteReaderAsync();
                while (await r.ReadAsync()) written.Add((r.GetInt64(0), r.GetInt64(1)));
            }
            foreach (var p in batch) p.Done.TrySetResult(written.Contains((p.Save.AttemptId, p.Save.QuestionId)));
        }
        catch (PostgresException) when (batch.Count > 1)
        {
            // Nothing of the batch was written. Two phones saving two questions of one attempt in two batches in opposite
            // orders can deadlock; each save then goes alone, so that one refusal never fails the others.
            foreach (var p in batch) await WriteBatchAsync([p]);
        }
        catch (Exception e)
        {
            // Nothing of the batch was written (one statement, one transaction): each save reports the failure.
            foreach (var p in batch) p.Done.TrySetException(e);
        }
    }

    /// <summary>For a container disposed synchronously (the command line's): the same as <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await Task.WhenAll(writers);
        await source.DisposeAsync();
    }
}
