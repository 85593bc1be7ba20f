namespace Lantoa.Domain.Events;

/// <summary>What a scan at the door comes to (the API's "result").</summary>
public enum ScanResult { Accepted, Duplicate, Unknown, WrongSession }

/// <summary>A ticket checked in for a session (or for the event, when the scan names none); one per ticket and session.</summary>
public sealed class CheckIn
{
    private CheckIn() { }

    public CheckIn(int eventId, int ticketId, int? sessionId, string nonce, DateTimeOffset scannedAt, DateTimeOffset recordedAt, int? byUserId)
    {
        EventId = eventId;
        TicketId = ticketId;
        SessionId = sessionId;
        Nonce = nonce;
        ScannedAt = scannedAt.ToUniversalTime();
        RecordedAt = recordedAt.ToUniversalTime();
        ByUserId = byUserId;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int TicketId { get; private set; }
    public int? SessionId { get; private set; }
    public string Nonce { get; private set; } = "";
    public DateTimeOffset ScannedAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public int? ByUserId { get; private set; }
}

/// <summary>The rules of one scan, given what is known of the ticket.</summary>
public static class ScanRules
{
    public static string ApiName(ScanResult r) => r switch
    {
        ScanResult.Accepted => "accepted",
        ScanResult.Duplicate => "duplicate",
        ScanResult.WrongSession => "wrong-session",
        _ => "unknown",
    };

    /// <param name="ticket">The ticket of the code in this event, or null (unknown, forged, another event's).</param>
    /// <param name="sessionId">The session the door checks in, or null for the event.</param>
    /// <param name="alreadyIn">The ticket already has a check-in for that session (by another nonce).</param>
    public static ScanResult Classify(Ticket? ticket, int? sessionId, bool alreadyIn) =>
        ticket is null ? ScanResult.Unknown
        : sessionId is not null && ticket.SessionId is not null && ticket.SessionId != sessionId ? ScanResult.WrongSession
        : alreadyIn ? ScanResult.Duplicate
        : ScanResult.Accepted;

    /// <summary>Vietnamese label of a result, for the door page.</summary>
    public static string Label(ScanResult r) => r switch
    {
        ScanResult.Accepted => "Hợp lệ",
        ScanResult.Duplicate => "Đã vào rồi",
        ScanResult.WrongSession => "Không đúng phiên",
        _ => "Không hợp lệ",
    };
}
