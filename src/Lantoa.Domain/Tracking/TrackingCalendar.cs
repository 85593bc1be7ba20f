using System.Globalization;

namespace Lantoa.Domain.Tracking;

/// <summary>
/// The calendar of tracking: days are Vietnamese days (UTC+7, no daylight saving), so that a report sent at 23:30 on
/// the deadline counts as sent on the deadline wherever the server runs. Every rule here takes "today" as a
/// parameter; the web layer passes the day of its one injectable clock.
/// </summary>
public static class TrackingCalendar
{
    /// <summary>Vietnam's offset from UTC: +07:00 all year.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>The Vietnamese calendar day of an instant.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(VietnamOffset).DateTime);

    /// <summary>"31/10/2024".</summary>
    public static string Display(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"12/02".</summary>
    internal static string DayMonth(DateOnly day) => day.ToString("dd/MM", CultureInfo.InvariantCulture);

    /// <summary>"01/11/2024–30/11/2024", or one date when both ends are the same day.</summary>
    public static string DisplayRange(DateOnly from, DateOnly to) => from == to ? Display(from) : $"{Display(from)}–{Display(to)}";

    /// <summary>A decimal written the Vietnamese way: "1.200", "1,5", "99,2".</summary>
    public static string Number(decimal value, int maxDecimals = 2)
    {
        var rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        var format = maxDecimals > 0 ? "#,##0." + new string('#', maxDecimals) : "#,##0";
        return rounded.ToString(format, VietnameseNumbers);
    }

    private static readonly NumberFormatInfo VietnameseNumbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NegativeSign = "-",
    };
}
