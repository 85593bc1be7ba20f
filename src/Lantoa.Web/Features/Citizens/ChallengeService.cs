using System.Security.Cryptography;
using System.Text;
using Lantoa.Domain.Citizens;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// The sign-up proof of work (<see cref="ProofOfWork"/>): issued signed, so that no table holds what was issued; spent
/// once (table spent_challenges until it expires). Off, like the rate limits, with LANTOA_RATE_LIMITS=off.
/// </summary>
public sealed class ChallengeService(LantoaDb db, CitizenKeys keys, AuthSettings settings, TimeProvider clock)
{
    public const string Refused = "Chưa hoàn thành bước chống gửi tự động (thử thách). Hãy tải lại trang và gửi lại.";
    public const string Reused = "Thử thách này đã được dùng hoặc đã hết hạn. Hãy tải lại trang và gửi lại.";

    public bool Required => settings.RateLimits;

    public int Bits => settings.RateLimits ? settings.ChallengeBits : 0;

    public (string Challenge, int Difficulty) Issue() => (ProofOfWork.Issue(keys.Challenge, Bits, clock.GetUtcNow()), Bits);

    /// <returns>Null when the work is done and the challenge was not used before; else the Vietnamese reason.</returns>
    public async Task<string?> RedeemAsync(string? challenge, string? nonce, CancellationToken ct = default)
    {
        if (!Required) return null;
        var now = clock.GetUtcNow();
        if (ProofOfWork.Check(keys.Challenge, challenge, nonce, settings.ChallengeBits, now) is { } failure)
            return failure == PowFailure.Expired ? Reused : Refused;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(challenge!)));
        var expires = ProofOfWork.ExpiryOf(challenge!);
        await db.Database.ExecuteSqlAsync($"DELETE FROM spent_challenges WHERE expires_at < {now}", ct);
        var inserted = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO spent_challenges (challenge_hash, expires_at) VALUES ({hash}, {expires}) ON CONFLICT DO NOTHING", ct);
        return inserted == 1 ? null : Reused;
    }
}
