using Npgsql;
using NpgsqlTypes;

namespace Lantoa.Web.Cli;

/// <summary>
/// Rows of a quiz round for binary COPY, the same for `data generate` and `bench quiz`: citizens (e-mail logins, verified,
/// adults living in the province; one account in a hundred shares its CCCD with the next one — the same person twice)
/// and their submitted attempts (a score out of the quiz's questions with about one in seven all correct, a prediction
/// or none, the time used, one in a thousand disqualified).
/// </summary>
internal static class QuizRoundRows
{
    public const string CitizenColumns = Features.Citizens.CitizensModule.GeneratedColumns;

    public const string AttemptColumns = Features.Quizzes.QuizzesModule.GeneratedAttemptColumns;

    /// <summary>Where the citizens live and work: a province's code, some of its communes and units.</summary>
    public sealed record Place(string ProvinceCode, string[] Communes, int[] Units);

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Minh", "Thanh", "Ngọc", "Quốc", "Hoàng", "Thu"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hùng", "Lan", "Linh", "Mai", "Nam", "Phúc", "Quân", "Tâm", "Trang", "Tuấn", "Vy"];

    public static string Name(int i) =>
        $"{FamilyNames[i % FamilyNames.Length]} {MiddleNames[i / 7 % MiddleNames.Length]} {GivenNames[i / 3 % GivenNames.Length]}";

    /// <summary>The <paramref name="i"/>-th citizen of a set; <paramref name="cardTag"/> names the set's shared CCCD
    /// hashes (null: no CCCD given).</summary>
    public static void WriteCitizen(NpgsqlBinaryImporter w, int id, int i, string email, string passwordHash, Place place, DateTime at,
        string securityStamp, string? cardTag)
    {
        w.StartRow();
        w.Write(id, NpgsqlDbType.Integer);
        w.Write(email, NpgsqlDbType.Text);
        w.Write(passwordHash, NpgsqlDbType.Text);
        w.Write(Name(i), NpgsqlDbType.Text);
        w.Write(new DateOnly(1970 + i % 35, 1 + i % 12, 1 + i % 28), NpgsqlDbType.Date);
        w.Write(place.ProvinceCode, NpgsqlDbType.Text);
        w.Write(place.Communes[i % place.Communes.Length], NpgsqlDbType.Text);
        if (place.Units.Length > 0) w.Write(place.Units[i % place.Units.Length], NpgsqlDbType.Integer); else w.WriteNull();
        w.Write(at, NpgsqlDbType.TimestampTz);
        w.Write(new[] { "quiz" }, NpgsqlDbType.Array | NpgsqlDbType.Text);
        w.Write(at, NpgsqlDbType.TimestampTz);
        w.Write(at, NpgsqlDbType.TimestampTz);
        w.Write(securityStamp, NpgsqlDbType.Text);
        if (cardTag is not null && i % 100 is 0 or 1) w.Write($"{cardTag}-cccd-{i / 100}", NpgsqlDbType.Text); else w.WriteNull();
    }

    /// <summary>A submitted attempt, started at a random moment of the round's first <paramref name="windowSeconds"/>, of a
    /// round of <paramref name="attempts"/> attempts (the predictions fall around its all-correct count).</summary>
    public static void WriteAttempt(NpgsqlBinaryImporter w, long id, int quizId, int round, int citizenId, DateTimeOffset opens, int windowSeconds,
        int questions, int timeLimitSeconds, int attempts, Random random)
    {
        var allCorrect = Math.Max(1, attempts / 7);
        var duration = random.Next(30_000, timeLimitSeconds * 1000);
        var started = opens.AddSeconds(random.Next(0, windowSeconds));
        var correct = Math.Min(questions, questions * 2 / 5 + random.Next(0, questions * 7 / 10)); // about one in seven all correct
        w.StartRow();
        w.Write(id, NpgsqlDbType.Bigint);
        w.Write(quizId, NpgsqlDbType.Integer);
        w.Write(round, NpgsqlDbType.Integer);
        w.Write(citizenId, NpgsqlDbType.Integer);
        w.Write(started.UtcDateTime, NpgsqlDbType.TimestampTz);
        w.Write(started.AddSeconds(timeLimitSeconds).UtcDateTime, NpgsqlDbType.TimestampTz);
        w.Write(started.AddMilliseconds(duration).UtcDateTime, NpgsqlDbType.TimestampTz);
        if (random.Next(20) == 0) w.WriteNull(); else w.Write(random.Next(allCorrect * 7 / 10, allCorrect * 11 / 10 + 1), NpgsqlDbType.Integer);
        w.Write(correct, NpgsqlDbType.Integer);
        w.Write(questions, NpgsqlDbType.Integer);
        w.Write((long)duration, NpgsqlDbType.Bigint);
        if (random.Next(1000) == 0) w.Write("Vi phạm thể lệ: dùng nhiều tài khoản", NpgsqlDbType.Text); else w.WriteNull();
    }
}
