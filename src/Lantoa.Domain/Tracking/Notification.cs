using Lantoa.Domain.Text;

namespace Lantoa.Domain.Tracking;

/// <summary>
/// An in-app notice to a unit ("Quá hạn 3 ngày: Báo cáo kết quả …"), made by the daily reminder run. The dedupe key
/// makes a run idempotent: the same reminder for the same due date and kind is written once.
/// </summary>
public sealed class Notification
{
    private Notification() { }

    public Notification(int provinceId, int unitId, DateOnly day, string text, string? url, string dedupeKey, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException("Nội dung thông báo không được để trống.");
        ProvinceId = provinceId;
        UnitId = unitId;
        Day = day;
        Text = VietnameseText.Normalize(text);
        Url = url;
        DedupeKey = dedupeKey;
        CreatedAt = now;
    }

    /// <summary>The key of a reminder: one notice per unit, obligation, due date and kind (due soon, due today, overdue).</summary>
    public static string KeyOf(int unitId, Reminder reminder) => $"{unitId}:{reminder.ObligationId}:{reminder.DueOn:yyyy-MM-dd}:{reminder.Kind}";

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int UnitId { get; private set; }
    public DateOnly Day { get; private set; }
    public string Text { get; private set; } = "";
    public string? Url { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }
    public string DedupeKey { get; private set; } = "";

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
