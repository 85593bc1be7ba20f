namespace Lantoa.Domain.Citizens;

/// <summary>
/// Vietnamese mobile numbers: ten digits starting 03, 05, 07, 08 or 09 ("0912 345 678", "091.234.5678"), or the same
/// with the country code (+84 912345678, 84912345678, +84 0912…). Stored as "0xxxxxxxxx".
/// </summary>
public static class PhoneNumber
{
    public const string Invalid = "Số điện thoại không hợp lệ: cần 10 chữ số của mạng di động Việt Nam, bắt đầu bằng 03, 05, 07, 08 hoặc 09.";

    /// <returns>The number as "0xxxxxxxxx", or null when it is not a Vietnamese mobile number.</returns>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var s = input.Trim();
        var plus = s.StartsWith('+');
        var digits = new System.Text.StringBuilder();
        foreach (var c in plus ? s[1..] : s)
        {
            if (c is >= '0' and <= '9') digits.Append(c);
            else if (c is not (' ' or '.' or '-' or '(' or ')')) return null;
        }
        var d = digits.ToString();
        if (plus && !d.StartsWith("84", StringComparison.Ordinal)) return null;
        if (d.StartsWith("84", StringComparison.Ordinal) && d.Length >= 11) d = d[2..].TrimStart('0') is var rest && rest.Length == 9 ? "0" + rest : "";
        if (d.Length != 10 || d[0] != '0' || d[1] is not ('3' or '5' or '7' or '8' or '9')) return null;
        return d;
    }

    /// <summary>Shown without the middle digits: "091****678".</summary>
    public static string Mask(string phone) => phone.Length == 10 ? phone[..3] + "****" + phone[7..] : "***";
}
