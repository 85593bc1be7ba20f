using System.Text;

namespace Lantoa.Web.Infrastructure.Auth;

/// <summary>
/// What a new password must be (OWASP ASVS 4.0 V2.1): at least 12 characters, at most 128, not one of the common or
/// breached passwords shipped in data/passwords (96.987 of them), nor such a password with digits or signs added at
/// its end ("password1234!"), nor the account's own name. No rule on character classes (ASVS V2.1.9): length and the
/// list do the work.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    /// <summary>How many passwords the shipped list holds.</summary>
    public static int CommonCount => Common.Value.Count;

    /// <returns>A Vietnamese message when the password is too weak, otherwise null.</returns>
    public static string? Check(string? password, string? userName = null)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength) return $"Mật khẩu phải có ít nhất {MinLength} ký tự.";
        if (password.Length > MaxLength) return $"Mật khẩu quá dài (tối đa {MaxLength} ký tự).";
        var folded = password.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        if (IsCommon(folded)) return "Mật khẩu này quá phổ biến (có trong danh sách mật khẩu hay dùng hoặc đã bị lộ); hãy chọn mật khẩu khác.";
        if (folded.Distinct().Count() <= 2) return "Mật khẩu không được chỉ lặp lại một vài ký tự.";
        if (userName is { Length: >= 3 } name && folded.Contains(name.Trim().ToLowerInvariant(), StringComparison.Ordinal))
            return "Mật khẩu không được chứa tên đăng nhập.";
        return null;
    }

    /// <summary>The password, or what is left of it without the digits and signs at its end, is in the list.</summary>
    private static bool IsCommon(string folded)
    {
        if (Common.Value.Contains(folded)) return true;
        var core = folded.TrimEnd("0123456789!@#$%^&*()-_=+.,;:?~ ".ToCharArray());
        return core.Length >= 4 && Common.Value.Contains(core);
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("Lantoa.CommonPasswords.txt")
            ?? throw new InvalidOperationException("Danh sách mật khẩu phổ biến không có trong chương trình.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) set.Add(line);
        return set;
    }
}
