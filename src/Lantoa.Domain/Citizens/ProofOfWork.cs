using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Lantoa.Domain.Citizens;

/// <summary>
/// A server-issued proof-of-work puzzle instead of a CAPTCHA (none can be reached from a closed network). The challenge
/// is "v1.{expiry unix seconds}.{bits}.{16 random bytes, base64url}.{HMAC-SHA256 of the rest, base64url}": the server
/// needs no table to know it issued it. The client finds a nonce (a decimal string) such that
/// SHA-256(UTF-8(challenge + nonce)) starts with <c>bits</c> zero bits. Single use is the caller's business (a table of
/// spent challenges until they expire).
/// </summary>
public static class ProofOfWork
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static string Issue(ReadOnlySpan<byte> key, int bits, DateTimeOffset now)
    {
        var body = string.Join('.', "v1", (now + Lifetime).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            bits.ToString(System.Globalization.CultureInfo.InvariantCulture), Base64Url(RandomNumberGenerator.GetBytes(16)));
        return body + "." + Sign(key, body);
    }

    /// <summary>Checks the signature, the expiry and the work. Returns the reason it fails, or null when it holds.</summary>
    public static PowFailure? Check(ReadOnlySpan<byte> key, string? challenge, string? nonce, int minimumBits, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(challenge) || challenge.Length > 200 || string.IsNullOrEmpty(nonce) || nonce.Length > 20 || !nonce.All(char.IsAsciiDigit))
            return PowFailure.Missing;
        var parts = challenge.Split('.');
        if (parts.Length != 5 || parts[0] != "v1") return PowFailure.Forged;
        var body = string.Join('.', parts[..4]);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(key, body)), Encoding.ASCII.GetBytes(parts[4])))
            return PowFailure.Forged;
        if (!long.TryParse(parts[1], out var expiry) || !int.TryParse(parts[2], out var bits) || bits < minimumBits) return PowFailure.Forged;
        if (now.ToUnixTimeSeconds() >= expiry) return PowFailure.Expired;
        return LeadingZeroBits(SHA256.HashData(Encoding.UTF8.GetBytes(challenge + nonce))) >= bits ? null : PowFailure.WrongWork;
    }

    /// <summary>When the challenge stops being accepted (for the table of spent ones).</summary>
    public static DateTimeOffset ExpiryOf(string challenge) =>
        DateTimeOffset.FromUnixTimeSeconds(long.Parse(challenge.Split('.')[1], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Finds a nonce (what a client does; the tests and the command line use it).</summary>
    public static string Solve(string challenge, int bits)
    {
        for (long n = 0; ; n++)
        {
            var nonce = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (LeadingZeroBits(SHA256.HashData(Encoding.UTF8.GetBytes(challenge + nonce))) >= bits) return nonce;
        }
    }

    public static int BitsOf(string challenge) => int.Parse(challenge.Split('.')[2], System.Globalization.CultureInfo.InvariantCulture);

    public static int LeadingZeroBits(ReadOnlySpan<byte> hash)
    {
        var count = 0;
        foreach (var b in hash)
        {
            if (b == 0)
            {
                count += 8;
                continue;
            }
            return count + System.Numerics.BitOperations.LeadingZeroCount((uint)b) - 24;
        }
        return count;
    }

    private static string Sign(ReadOnlySpan<byte> key, string body) => Base64Url(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(body)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public enum PowFailure { Missing, Forged, Expired, WrongWork, Spent }
