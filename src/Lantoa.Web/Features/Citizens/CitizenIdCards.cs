using Lantoa.Domain.Citizens;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// The CCCD number, asked only by a contest whose rules need it (the contest module calls this): stored as HMAC-SHA256
/// under the server key (<see cref="CitizenKeys.IdCard"/>) plus the last four digits, never in clear, never logged.
/// </summary>
public sealed class CitizenIdCards(LantoaDb db, CitizenKeys keys)
{
    public sealed record Outcome(string? Error, string? Last4);

    /// <summary>Records the number for the citizen. Refused when it is not twelve digits or another account holds it.</summary>
    public async Task<Outcome> SetAsync(int citizenId, string? number, CancellationToken ct = default)
    {
        if (IdCardNumber.Normalize(number) is not { } digits) return new Outcome(IdCardNumber.Invalid, null);
        var hash = IdCardNumber.Hash(keys.IdCard, digits);
        if (await db.Set<Citizen>().AnyAsync(c => c.IdCardHash == hash && c.Id != citizenId, ct))
            return new Outcome("Số căn cước công dân này đã gắn với một tài khoản khác.", null);
        var citizen = await db.Set<Citizen>().SingleAsync(c => c.Id == citizenId && c.DeletedAt == null, ct);
        citizen.SetIdCard(hash, digits[^4..]);
        await db.SaveChangesAsync(ct);
        return new Outcome(null, digits[^4..]);
    }

    /// <summary>Whether the typed number is the one on record (a check at a prize ceremony).</summary>
    public async Task<bool> MatchesAsync(int citizenId, string? number, CancellationToken ct = default) =>
        IdCardNumber.Normalize(number) is { } digits
        && await db.Set<Citizen>().AnyAsync(c => c.Id == citizenId && c.IdCardHash == IdCardNumber.Hash(keys.IdCard, digits), ct);
}
