namespace Lantoa.Domain.Events;

/// <summary>
/// A session of an event (plenary or a parallel workshop, sáng/chiều/tối) in a room with a capacity. <see cref="SeatsTaken"/>
/// is the counter the database raises only while below <see cref="Capacity"/> (one conditional UPDATE per seat), so
/// concurrent registrations never pass the capacity.
/// </summary>
public sealed class EventSession
{
    private EventSession() { }

    internal EventSession(Event ev, string title, DateTimeOffset startsAt, DateTimeOffset endsAt, string? room, int capacity,
        bool publicRegistration, DateTimeOffset? opensAt, DateTimeOffset? closesAt)
    {
        title = title?.Trim() ?? "";
        if (title.Length == 0) throw new DomainException("Phiên phải có tên.");
        if (endsAt <= startsAt) throw new DomainException($"Phiên \"{title}\" phải kết thúc sau khi bắt đầu.");
        if (capacity <= 0) throw new DomainException($"Sức chứa của phiên \"{title}\" phải lớn hơn 0.");
        if (opensAt is { } o && closesAt is { } c && c <= o) throw new DomainException("Hạn đăng ký phải sau ngày mở đăng ký.");
        Event = ev;
        Title = title;
        // Stored as UTC (timestamptz); shown in Vietnam's time.
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        Room = string.IsNullOrWhiteSpace(room) ? null : room.Trim();
        Capacity = capacity;
        PublicRegistration = publicRegistration;
        RegistrationOpensAt = opensAt?.ToUniversalTime();
        RegistrationClosesAt = (closesAt ?? startsAt).ToUniversalTime();
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public Event Event { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public string? Room { get; private set; }
    public int Capacity { get; private set; }
    public int SeatsTaken { get; private set; }

    /// <summary>Citizens may register on the public site and through the API.</summary>
    public bool PublicRegistration { get; private set; }

    public DateTimeOffset? RegistrationOpensAt { get; private set; }
    public DateTimeOffset? RegistrationClosesAt { get; private set; }

    /// <summary>Whether citizens may register at <paramref name="now"/> (seats aside: the database holds those).</summary>
    public bool RegistrationOpen(DateTimeOffset now) =>
        PublicRegistration && (RegistrationOpensAt is null || now >= RegistrationOpensAt) && (RegistrationClosesAt is null || now < RegistrationClosesAt);

    /// <summary>Why a citizen may not register now, or null.</summary>
    public string? RegistrationRefusal(DateTimeOffset now) =>
        !PublicRegistration ? $"Phiên \"{Title}\" không nhận đăng ký của người dân."
        : RegistrationOpensAt is { } o && now < o ? $"Phiên \"{Title}\" mở đăng ký từ {o.ToOffset(VietnamTime.Offset):HH:mm dd/MM/yyyy}."
        : RegistrationClosesAt is { } c && now >= c ? $"Phiên \"{Title}\" đã hết hạn đăng ký ({c.ToOffset(VietnamTime.Offset):HH:mm dd/MM/yyyy})."
        : null;

    /// <summary>Two sessions in one room overlap in time.</summary>
    public bool Clashes(EventSession other) =>
        Room is not null && string.Equals(Room, other.Room, StringComparison.OrdinalIgnoreCase) && StartsAt < other.EndsAt && other.StartsAt < EndsAt;
}
