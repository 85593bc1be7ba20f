using System.Security.Cryptography;
using System.Text;

namespace Lantoa.Domain.Citizens;

/// <summary>
/// The twelve-digit citizen identity card number (CCCD). Never stored: only HMAC-SHA256 under a server key (so equal
/// numbers can be matched, e.g. one entry per person in a contest) and the last four digits (to show "••••••••1234").
/// </summary>
public static class IdCardNumber
{
    public const string Invalid = "Số căn cước công dân phải gồm đúng 12 chữ số.";

    /// <returns>The twelve digits, or null when it is not a CCCD number.</returns>
    public static string? Normalize(string? input)
    {
        var digits = new string((input ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        return digits.Length == 12 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    public static string Hash(ReadOnlySpan<byte> key, string digits) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(digits)));
}
