using System.Globalization;
using Lantoa.Domain.Dates;

namespace Lantoa.Web.Infrastructure.Web;

/// <summary>How dates are shown and read in forms (dd/MM/yyyy), and counts shown (1.234.567).</summary>
public static class Formats
{
    /// <summary>A count the Vietnamese way: 1.000.000 thí sinh.</summary>
    public static string Count(long n) => n.ToString("N0", LantoaWeb.Vietnamese);

    public static string Day(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Moment(DateTimeOffset? t) =>
        t?.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Reads a form date "dd/MM/yyyy" (also "d/M/yyyy"); null when blank; false when unreadable.</summary>
    public static bool TryReadDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (PartialDate.TryParse(text.Trim(), out var p) && p.Precision == DatePrecision.Day)
        {
            day = p.FirstDay;
            return true;
        }
        return false;
    }
}
