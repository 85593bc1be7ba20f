using System.Security.Cryptography;
using System.Text;

namespace Lantoa.Domain.Citizens;

/// <summary>
/// A six-digit verification code sent to an e-mail (or by SMS to a phone): only its SHA-256 is stored; it expires after
/// <see cref="Lifetime"/> and five wrong tries spend it, after which a new code must be sent.
/// </summary>
public sealed class VerificationCode
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    public const int MaxTries = 5;

    private VerificationCode() { }

    public VerificationCode(int citizenId, string channel, string code, DateTimeOffset now)
    {
        CitizenId = citizenId;
        Channel = channel;
        CodeHash = Hash(code);
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public int Id { get; private set; }
    public int CitizenId { get; private set; }

    /// <summary>"email" or "phone".</summary>
    public string Channel { get; private set; } = "";
    public string CodeHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public int Failures { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public const string Email = "email";
    public const string Phone = "phone";

    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public bool IsLive(DateTimeOffset now) => UsedAt is null && Failures < MaxTries && now < ExpiresAt;

    /// <summary>Checks a typed code; a wrong one counts a try.</summary>
    public CodeCheck Check(string typed, DateTimeOffset now)
    {
        if (UsedAt is not null || Failures >= MaxTries) return CodeCheck.Spent;
        if (now >= ExpiresAt) return CodeCheck.Expired;
        var t = (typed ?? "").Trim();
        if (t.Length != 6 || !t.All(char.IsAsciiDigit) || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(t)), Encoding.ASCII.GetBytes(CodeHash)))
        {
            Failures++;
            return Failures >= MaxTries ? CodeCheck.Spent : CodeCheck.Wrong;
        }
        UsedAt = now;
        return CodeCheck.Accepted;
    }

    private static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(code)));
}

public enum CodeCheck { Accepted, Wrong, Expired, Spent }
