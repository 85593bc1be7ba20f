using System.Globalization;

namespace Lantoa.Domain.Dates;

/// <summary>How much of a date a document actually said.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Quarter,
    Year,
}

/// <summary>
/// A date that may be known only to the month, quarter or year — "ngày tháng 9 năm 2024" in a draft,
/// "Quý I", "năm 2024". <see cref="FirstDay"/> and <see cref="LastDay"/> give the span it covers.
/// </summary>
public readonly record struct PartialDate
{
    public PartialDate(int year, int? month = null, int? day = null, int? quarter = null)
    {
        if (year is < 1900 or > 2200) throw new ArgumentOutOfRangeException(nameof(year), year, "Năm không hợp lệ.");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Tháng không hợp lệ.");
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "Quý không hợp lệ.");
        if (day is not null && month is null) throw new ArgumentException("Có ngày thì phải có tháng.", nameof(day));
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
            throw new ArgumentOutOfRangeException(nameof(day), day, "Ngày không hợp lệ.");
        if (quarter is not null && month is not null) throw new ArgumentException("Quý và tháng không đi cùng nhau.", nameof(quarter));
        Year = year;
        Month = month;
        Day = day;
        Quarter = quarter;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }
    public int? Quarter { get; }

    public DatePrecision Precision =>
        Day is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month
        : Quarter is not null ? DatePrecision.Quarter
        : DatePrecision.Year;

    public DateOnly FirstDay => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month!.Value, Day!.Value),
        DatePrecision.Month => new DateOnly(Year, Month!.Value, 1),
        DatePrecision.Quarter => new DateOnly(Year, (Quarter!.Value - 1) * 3 + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Day => FirstDay,
        DatePrecision.Month => FirstDay.AddMonths(1).AddDays(-1),
        DatePrecision.Quarter => FirstDay.AddMonths(3).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Builds a partial date from a first day and a precision, as stored in the database.</summary>
    public static PartialDate FromFirstDay(DateOnly firstDay, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => new PartialDate(firstDay.Year, firstDay.Month, firstDay.Day),
        DatePrecision.Month => new PartialDate(firstDay.Year, firstDay.Month),
        DatePrecision.Quarter => new PartialDate(firstDay.Year, quarter: (firstDay.Month - 1) / 3 + 1),
        _ => new PartialDate(firstDay.Year),
    };

    /// <summary>"2024-09-15", "2024-09", "2024-Q3" or "2024".</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Day => FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        DatePrecision.Quarter => $"{Year:D4}-Q{Quarter}",
        _ => $"{Year:D4}",
    };

    /// <summary>"15/09/2024", "09/2024", "Quý III/2024", "2024" — the form people type and read.</summary>
    public string ToDisplay() => Precision switch
    {
        DatePrecision.Day => FirstDay.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => $"{Month:D2}/{Year}",
        DatePrecision.Quarter => $"Quý {Text.RomanNumerals.ToRoman(Quarter!.Value)}/{Year}",
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>"ngày 13 tháng 7 năm 2023", "ngày … tháng 9 năm 2024" — the wording of a document's date line.</summary>
    public string ToDocumentWords() => Precision switch
    {
        DatePrecision.Day => $"ngày {Day:D2} tháng {DocumentMonth(Month!.Value)} năm {Year}",
        DatePrecision.Month => $"ngày     tháng {DocumentMonth(Month!.Value)} năm {Year}",
        DatePrecision.Quarter => $"quý {Text.RomanNumerals.ToRoman(Quarter!.Value)} năm {Year}",
        _ => $"năm {Year}",
    };

    /// <summary>Decree 30/2020: days below 10 and the months 1 and 2 take a leading zero ("tháng 02", but "tháng 9").</summary>
    private static string DocumentMonth(int month) => month <= 2 ? month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) : month.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => ToDisplay();

    /// <summary>Reads "15/09/2024", "15/9/2024", "09/2024", "2024" and ISO "2024-09-15", "2024-09".</summary>
    public static bool TryParse(string? text, out PartialDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        int[] parts;
        try
        {
            if (t.Contains('-'))
            {
                var iso = t.Split('-');
                if (iso.Length is < 1 or > 3 || iso[0].Length != 4) return false;
                parts = iso.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).Reverse().ToArray();
            }
            else
            {
                parts = t.Split('/').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            }
        }
        catch (FormatException) { return false; }
        catch (OverflowException) { return false; }
        try
        {
            value = parts.Length switch
            {
                3 => new PartialDate(parts[2], parts[1], parts[0]),
                2 => new PartialDate(parts[1], parts[0]),
                1 => new PartialDate(parts[0]),
                _ => throw new FormatException(),
            };
            return true;
        }
        catch (ArgumentException) { return false; }
        catch (FormatException) { return false; }
    }

}
