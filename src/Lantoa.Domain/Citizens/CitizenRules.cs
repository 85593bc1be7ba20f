using System.Net.Mail;

namespace Lantoa.Domain.Citizens;

/// <summary>Checks of what a citizen types, each with its Vietnamese message.</summary>
public static class CitizenRules
{
    public const int MaxAge = 120;
    public const int MaxNameLength = 100;
    public const int MaxWorkplaceLength = 200;

    /// <returns>A message when the name is not acceptable, else null.</returns>
    public static string? CheckName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "Nhập họ và tên.";
        if (name.Trim().Length > MaxNameLength) return $"Họ và tên quá dài (tối đa {MaxNameLength} ký tự).";
        if (name.Any(c => char.IsControl(c) || char.IsDigit(c))) return "Họ và tên không được có chữ số hay ký tự điều khiển.";
        return null;
    }

    /// <returns>A message when the birth date is in the future or the age is beyond <see cref="MaxAge"/>, else null.</returns>
    public static string? CheckBirthDate(DateOnly? birth, DateOnly today)
    {
        if (birth is not { } b) return "Nhập ngày sinh (ngày/tháng/năm).";
        if (b > today) return "Ngày sinh không được ở tương lai.";
        if (AgeOn(b, today) > MaxAge) return $"Ngày sinh không hợp lệ: tuổi không quá {MaxAge}.";
        return null;
    }

    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        if (day < birth.AddYears(age)) age--;
        return age;
    }

    /// <returns>The address in lower case, or null when it is not an e-mail address.</returns>
    public static string? NormalizeEmail(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var s = input.Trim();
        if (s.Length > 254 || s.Any(char.IsWhiteSpace) || s.Count(c => c == '@') != 1) return null;
        if (!MailAddress.TryCreate(s, out var address) || address.Address != s) return null;
        var domain = s[(s.IndexOf('@') + 1)..];
        if (!domain.Contains('.') || domain.StartsWith('.') || domain.EndsWith('.')) return null;
        return s.ToLowerInvariant();
    }

    public const string InvalidEmail = "Địa chỉ thư điện tử không hợp lệ.";
}
