using System.Security.Cryptography;

namespace Lantoa.Domain.Events;

/// <summary>
/// An event of a plan's activity (the Long An 2024 meeting of the Community Digital Technology Teams, a DX week): its
/// days and place, its sessions, the delegate quotas per unit and the tickets. <see cref="TicketKey"/> signs the event's
/// ticket codes, so a code of another event or a made-up one is told apart before any lookup.
/// </summary>
public sealed class Event
{
    private Event() { }

    public Event(int provinceId, int? planId, int? activityId, string title, string? place, DateOnly startsOn, DateOnly endsOn)
    {
        title = title?.Trim() ?? "";
        if (title.Length == 0) throw new DomainException("Sự kiện phải có tên.");
        if (endsOn < startsOn) throw new DomainException("Ngày kết thúc của sự kiện không được trước ngày bắt đầu.");
        ProvinceId = provinceId;
        PlanId = planId;
        ActivityId = activityId;
        Title = title;
        Place = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
        StartsOn = startsOn;
        EndsOn = endsOn;
        TicketKey = RandomNumberGenerator.GetBytes(32);
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int? PlanId { get; private set; }
    public int? ActivityId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Place { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }

    /// <summary>Shown on the public site and in the public API.</summary>
    public bool Published { get; set; }

    /// <summary>Reply deadline of the invitations ("đề nghị đăng ký danh sách đại biểu trước ngày …").</summary>
    public DateOnly? ReplyBy { get; set; }

    public byte[] TicketKey { get; private set; } = [];

    /// <summary>A session of this event, checked against its days (a session outside them is refused).</summary>
    public EventSession NewSession(string title, DateTimeOffset startsAt, DateTimeOffset endsAt, string? room, int capacity,
        bool publicRegistration, DateTimeOffset? registrationOpensAt = null, DateTimeOffset? registrationClosesAt = null)
    {
        var day = DateOnly.FromDateTime(startsAt.ToOffset(VietnamTime.Offset).DateTime);
        if (day < StartsOn || day > EndsOn)
            throw new DomainException($"Phiên \"{title}\" ngày {day:dd/MM/yyyy} nằm ngoài thời gian của sự kiện ({StartsOn:dd/MM/yyyy} – {EndsOn:dd/MM/yyyy}).");
        return new EventSession(this, title, startsAt, endsAt, room, capacity, publicRegistration, registrationOpensAt, registrationClosesAt);
    }
}

/// <summary>Vietnam's clock (UTC+7, no daylight saving) in which the plans write their dates and hours.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), Offset);
}
