using System.Security.Cryptography;
using System.Text;

namespace Lantoa.Domain.Events;

/// <summary>A ticket of an event: a delegate's or a citizen's registration for a session, with the code of its QR.</summary>
public sealed class Ticket
{
    private Ticket() { }

    public Ticket(Event ev, int? sessionId, string holderName, int? citizenId, int? delegateId)
    {
        if (string.IsNullOrWhiteSpace(holderName)) throw new DomainException("Vé phải ghi tên người tham dự.");
        EventId = ev.Id;
        SessionId = sessionId;
        HolderName = holderName.Trim();
        CitizenId = citizenId;
        DelegateId = delegateId;
        Code = TicketCode.Issue(ev.Id, ev.TicketKey);
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }

    /// <summary>The session the ticket is for; null: every session of the event (a delegate's ticket).</summary>
    public int? SessionId { get; private set; }

    public string HolderName { get; private set; } = "";
    public int? CitizenId { get; private set; }
    public int? DelegateId { get; private set; }
    public string Code { get; private set; } = "";
}

/// <summary>
/// Ticket codes "SK{event}-{random}-{signature}": 60 random bits and an HMAC-SHA256 over the event and the random part
/// with the event's key, in Crockford base32 (no I, L, O, U), so a QR holds it in a small symbol and a scanner
/// tells another event's code or a forged one before any lookup.
/// </summary>
public static class TicketCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Issue(int eventId, byte[] key)
    {
        var random = Base32(RandomNumberGenerator.GetBytes(8))[..12];
        return $"SK{eventId}-{random}-{Signature(eventId, random, key)}";
    }

    /// <summary>The event a well-formed code names (signature not checked), or null.</summary>
    public static int? EventOf(string? code)
    {
        var parts = Normalize(code)?.Split('-');
        return parts is { Length: 3 } && parts[0].StartsWith("SK", StringComparison.Ordinal)
            && int.TryParse(parts[0][2..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id : null;
    }

    /// <summary>Whether the code was signed with <paramref name="key"/> for event <paramref name="eventId"/>.</summary>
    public static bool IsValid(string? code, int eventId, byte[] key)
    {
        var n = Normalize(code);
        if (n is null || EventOf(n) != eventId) return false;
        var parts = n.Split('-');
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[2]), Encoding.ASCII.GetBytes(Signature(eventId, parts[1], key)));
    }

    /// <summary>Upper case, trimmed; null for anything but the code's letters.</summary>
    public static string? Normalize(string? code)
    {
        var c = code?.Trim().ToUpperInvariant();
        return c is { Length: > 0 and <= 40 } && c.All(ch => ch == '-' || Alphabet.Contains(ch) || ch == 'S' || ch == 'K') ? c : null;
    }

    private static string Signature(int eventId, string random, byte[] key) =>
        Base32(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{eventId}:{random}")))[..10];

    private static string Base32(byte[] bytes)
    {
        var sb = new StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                sb.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) sb.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        return sb.ToString();
    }
}
