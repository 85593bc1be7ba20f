namespace Lantoa.Domain.Quizzes;

/// <summary>Whether the best or the first attempt of a round counts when someone may try several times.</summary>
public enum AttemptCounting { Best, First }

/// <summary>
/// Who may enter a contest and how: minimum age on a given date (Tiền Giang 2024: "từ đủ 11 tuổi trở lên"), residence
/// in the province, a workplace among given units, a verified account, a CCCD; attempts per round and which counts; the
/// paper (question count, time limit).
/// </summary>
public sealed record QuizRules(
    int? MinAge = null,
    DateOnly? AgeOn = null,
    string? ResidenceProvinceCode = null,
    IReadOnlyList<int>? WorkplaceUnitIds = null,
    bool RequiresVerified = false,
    bool RequiresIdCard = false,
    int AttemptsPerRound = 1,
    AttemptCounting Counting = AttemptCounting.Best,
    int QuestionCount = 20,
    int TimeLimitSeconds = 900)
{
    /// <summary>Answers arriving this long after the deadline still count (a slow network), no later.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);
}

/// <summary>What the contest knows of an entrant when deciding whether they may start.</summary>
public sealed record Entrant(DateOnly? BirthDate, string? ProvinceCode, int? WorkplaceUnitId, bool Verified, bool HasIdCard);

/// <summary>The answer to "may this person enter?": yes, or no with the reason in Vietnamese.</summary>
public sealed record Eligibility(bool Eligible, string? Reason, string? Code)
{
    public static readonly Eligibility Yes = new(true, null, null);
    public static Eligibility No(string code, string reason) => new(false, reason, code);
}

public static class QuizEligibility
{
    /// <summary>Checks <paramref name="entrant"/> against <paramref name="rules"/>; the age is counted on the rule's date
    /// (or <paramref name="today"/> when the rule names none): a person born on 05/10/2013 is 11 on 05/10/2024.</summary>
    public static Eligibility Check(QuizRules rules, Entrant entrant, DateOnly today, string? provinceName = null)
    {
        if (rules.MinAge is { } min)
        {
            var on = rules.AgeOn ?? today;
            if (entrant.BirthDate is not { } birth)
                return Eligibility.No("birth-date-missing", $"Cuộc thi dành cho người từ đủ {min} tuổi: hãy khai ngày sinh trong tài khoản trước khi dự thi.");
            var age = AgeOn(birth, on);
            if (age < min)
                return Eligibility.No("too-young", $"Cuộc thi dành cho người từ đủ {min} tuổi tính đến ngày {on:dd/MM/yyyy}; theo ngày sinh {birth:dd/MM/yyyy} bạn mới {Math.Max(age, 0)} tuổi.");
        }
        if (rules.ResidenceProvinceCode is { } province && entrant.ProvinceCode != province)
            return Eligibility.No("not-resident", $"Cuộc thi dành cho người đang sinh sống, làm việc trên địa bàn {provinceName ?? "tỉnh"}; nơi ở trong tài khoản của bạn không thuộc tỉnh này.");
        if (rules.WorkplaceUnitIds is { Count: > 0 } units && (entrant.WorkplaceUnitId is not { } unit || !units.Contains(unit)))
            return Eligibility.No("workplace", "Cuộc thi dành cho cán bộ, đoàn viên của các cơ quan, đơn vị được nêu trong thể lệ; nơi làm việc trong tài khoản của bạn không nằm trong số đó.");
        if (rules.RequiresVerified && !entrant.Verified)
            return Eligibility.No("not-verified", "Cuộc thi yêu cầu tài khoản đã xác minh: hãy xác minh số điện thoại hoặc thư điện tử trước khi dự thi.");
        if (rules.RequiresIdCard && !entrant.HasIdCard)
            return Eligibility.No("id-card-missing", "Cuộc thi yêu cầu số căn cước công dân (12 chữ số): hãy khai số căn cước trong tài khoản trước khi dự thi.");
        return Eligibility.Yes;
    }

    /// <summary>Full years of age on <paramref name="on"/>.</summary>
    public static int AgeOn(DateOnly birth, DateOnly on)
    {
        var age = on.Year - birth.Year;
        if (on < birth.AddYears(age)) age--;
        return age;
    }

    /// <summary>A CCCD number: exactly 12 digits (spaces and dots ignored); null and the reason otherwise.</summary>
    public static (string? Number, string? Error) IdCard(string? text)
    {
        var digits = new string((text ?? "").Where(c => c is not (' ' or '.' or '-')).ToArray());
        return digits.Length == 12 && digits.All(char.IsAsciiDigit)
            ? (digits, null)
            : (null, "Số căn cước công dân phải gồm đúng 12 chữ số.");
    }
}
