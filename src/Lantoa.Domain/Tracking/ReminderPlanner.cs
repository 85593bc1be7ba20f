using Lantoa.Domain.Text;

namespace Lantoa.Domain.Tracking;

public enum ReminderKind
{
    Overdue,
    DueSoon,
}

/// <summary>One line of a unit's reminders: what, when due, how many days late or left, and the text to show.</summary>
public sealed record Reminder(ReminderKind Kind, int ObligationId, string ObligationTitle, DateOnly DueOn, int Days, string Text);

/// <summary>A unit's reminders as of a day: overdue first (most days late first), then due soon (soonest first).</summary>
public sealed record UnitReminders(int UnitId, string UnitName, DateOnly Today, IReadOnlyList<Reminder> Overdue, IReadOnlyList<Reminder> DueSoon)
{
    /// <summary>The one-line banner shown at login: "Đơn vị có 2 việc quá hạn và 1 việc sắp đến hạn."</summary>
    public string Banner => (Overdue.Count, DueSoon.Count) switch
    {
        (> 0, > 0) => $"Đơn vị có {Overdue.Count} việc quá hạn và {DueSoon.Count} việc sắp đến hạn.",
        (> 0, _) => $"Đơn vị có {Overdue.Count} việc quá hạn.",
        (_, > 0) => $"Đơn vị có {DueSoon.Count} việc sắp đến hạn.",
        _ => "Đơn vị không có việc quá hạn hay sắp đến hạn.",
    };

    /// <summary>The digest (in-app page or e-mail body), one line per item under "Quá hạn" and "Sắp đến hạn".</summary>
    public string Digest
    {
        get
        {
            var lines = new List<string> { $"{UnitName} — tình hình ngày {TrackingCalendar.Display(Today)}" };
            if (Overdue.Count > 0)
            {
                lines.Add("Quá hạn:");
                lines.AddRange(Overdue.Select(r => "- " + r.Text));
            }

            if (DueSoon.Count > 0)
            {
                lines.Add("Sắp đến hạn:");
                lines.AddRange(DueSoon.Select(r => "- " + r.Text));
            }

            if (Overdue.Count == 0 && DueSoon.Count == 0) lines.Add("Không có việc quá hạn hay sắp đến hạn.");
            return string.Join("\n", lines);
        }
    }
}

/// <summary>
/// Turns an obligation board into reminders per unit: every late item ("Quá hạn 3 ngày: …") and every pending item
/// due within <c>soonDays</c> days ("Còn 2 ngày: …", "Hạn hôm nay: …"). Units with nothing to remind are left out;
/// units are in Vietnamese name order.
/// </summary>
public static class ReminderPlanner
{
    public static IReadOnlyList<UnitReminders> Due(ObligationBoard board, DateOnly today, int soonDays)
    {
        ArgumentNullException.ThrowIfNull(board);
        if (soonDays < 0) throw new ArgumentOutOfRangeException(nameof(soonDays));
        var overdue = board.Late
            .Select(i => (i.Unit, Reminder: Make(ReminderKind.Overdue, i, today.DayNumber - i.DueOn.DayNumber)))
            .Where(x => x.Reminder.Days > 0);
        var soon = board.Pending
            .Where(i => i.DueOn >= today && i.DueOn <= today.AddDays(soonDays))
            .Select(i => (i.Unit, Reminder: Make(ReminderKind.DueSoon, i, i.DueOn.DayNumber - today.DayNumber)));
        return overdue.Concat(soon)
            .GroupBy(x => x.Unit.Id)
            .Select(g =>
            {
                var unit = g.First().Unit;
                var reminders = g.Select(x => x.Reminder).ToList();
                return new UnitReminders(unit.Id, unit.Name, today,
                    reminders.Where(r => r.Kind == ReminderKind.Overdue)
                        .OrderByDescending(r => r.Days).ThenBy(r => r.ObligationTitle, VietnameseText.Comparer).ToList(),
                    reminders.Where(r => r.Kind == ReminderKind.DueSoon)
                        .OrderBy(r => r.Days).ThenBy(r => r.ObligationTitle, VietnameseText.Comparer).ToList());
            })
            .OrderBy(u => u.UnitName, VietnameseText.Comparer)
            .ThenBy(u => u.UnitId)
            .ToList();
    }

    /// <summary>"Quá hạn 3 ngày: …", "Còn 2 ngày: …", "Hạn hôm nay: …", each followed by "(hạn dd/MM/yyyy)".</summary>
    public static string Wording(ReminderKind kind, string title, DateOnly dueOn, int days)
    {
        var prefix = kind == ReminderKind.Overdue ? $"Quá hạn {days} ngày"
            : days == 0 ? "Hạn hôm nay"
            : $"Còn {days} ngày";
        return $"{prefix}: {title} (hạn {TrackingCalendar.Display(dueOn)})";
    }

    private static Reminder Make(ReminderKind kind, BoardItem item, int days) =>
        new(kind, item.Obligation.Id, item.Obligation.Title, item.DueOn, days, Wording(kind, item.Obligation.Title, item.DueOn, days));
}
