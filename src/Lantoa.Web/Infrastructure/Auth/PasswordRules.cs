namespace Lantoa.Web.Infrastructure.Auth;

public static class PasswordRules
{
    /// <returns>A Vietnamese message when the password is too weak, otherwise null.</returns>
    public static string? Check(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < 10) return "Mật khẩu phải có ít nhất 10 ký tự.";
        if (password.Length > 200) return "Mật khẩu quá dài (tối đa 200 ký tự).";
        if (!password.Any(char.IsLetter) || !password.Any(char.IsDigit)) return "Mật khẩu phải có cả chữ và số.";
        return null;
    }
}
