using System.Text.RegularExpressions;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Text;

namespace Lantoa.Domain.Tracking;

/// <summary>A number with its unit of measure as a user typed it: "12 bài" → (12, "bài").</summary>
public readonly record struct FigureAmount(decimal Value, string? UnitOfMeasure);

/// <summary>
/// A named result of a report: "Số bài viết đăng tải" 12 "bài", "Số người được hướng dẫn" 350 "người". The value is a
/// number ≥ 0; the unit of measure is required.
/// </summary>
public sealed partial class ReportFigure
{
    public const decimal MaxValue = 999_999_999_999m;

    private ReportFigure() { }

    public ReportFigure(string name, decimal value, string unitOfMeasure)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Tên số liệu không được để trống.");
        if (name.Trim().Length > 300) throw new DomainException("Tên số liệu quá dài (tối đa 300 ký tự).");
        if (string.IsNullOrWhiteSpace(unitOfMeasure))
            throw new DomainException($"Hãy ghi đơn vị tính cho số liệu \"{VietnameseText.Normalize(name)}\".");
        if (unitOfMeasure.Trim().Length > 50) throw new DomainException("Đơn vị tính quá dài (tối đa 50 ký tự).");
        if (value < 0) throw new DomainException($"Số liệu \"{VietnameseText.Normalize(name)}\" không được âm.");
        if (value > MaxValue) throw new DomainException($"Số liệu \"{VietnameseText.Normalize(name)}\" quá lớn.");
        Name = VietnameseText.Normalize(name);
        Value = value;
        UnitOfMeasure = VietnameseText.Normalize(unitOfMeasure);
    }

    public int Id { get; private set; }
    public int ReportId { get; private set; }
    public int SortOrder { get; internal set; }
    public string Name { get; private set; } = "";
    public decimal Value { get; private set; }
    public string UnitOfMeasure { get; private set; } = "";

    /// <summary>"Số bài viết đăng tải: 1.200 bài".</summary>
    public string ToDisplay() => $"{Name}: {TrackingCalendar.Number(Value, 4)} {UnitOfMeasure}";

    /// <summary>
    /// Builds a figure from what a user typed: "12 bài", "1.200 người", "1,5 giờ", or a bare number with
    /// <paramref name="defaultUnit"/>. Throws a <see cref="DomainException"/> with a Vietnamese message otherwise.
    /// </summary>
    public static ReportFigure Parse(string name, string text, string? defaultUnit = null)
    {
        if (!TryParse(text, out var amount, out var error))
            throw new DomainException(string.IsNullOrWhiteSpace(name) ? error : $"{VietnameseText.Normalize(name)}: {error}");
        return new ReportFigure(name, amount.Value, amount.UnitOfMeasure ?? defaultUnit ?? "");
    }

    /// <summary>
    /// Reads a number written the Vietnamese way (dot for thousands, comma for decimals: "1.200", "1,5"), optionally
    /// followed by its unit ("12 bài", "350 người", "95%"). False, with a Vietnamese message, when the text is not a
    /// number or is negative.
    /// </summary>
    public static bool TryParse(string? text, out FigureAmount amount, out string error)
    {
        amount = default;
        error = "";
        var t = text is null ? "" : VietnameseText.Normalize(text);
        if (t.Length == 0)
        {
            error = "Hãy nhập số liệu.";
            return false;
        }

        var i = 0;
        var negative = false;
        if (t[0] is '-' or '−' or '–')
        {
            negative = true;
            i = 1;
            while (i < t.Length && t[i] == ' ') i++;
        }
        else if (t[0] == '+')
        {
            i = 1;
        }

        var start = i;
        string number;
        string rest;
        var spaced = SpaceGrouped().Match(t, start);
        if (spaced.Success)
        {
            // "1 200 người": thousands grouped by spaces.
            number = spaced.Value.Replace(" ", "", StringComparison.Ordinal);
            rest = t[(start + spaced.Length)..].Trim().TrimEnd('.').Trim();
        }
        else
        {
            while (i < t.Length && (char.IsAsciiDigit(t[i]) || t[i] is '.' or ',')) i++;
            number = t[start..i].TrimEnd('.', ',');
            // A sentence full stop after the number ("12 bài.") is not part of it, but "12." alone is read as 12.
            rest = t[(start + number.Length)..].TrimStart('.', ',').Trim().TrimEnd('.').Trim();
        }

        if (number.Length == 0 || !char.IsAsciiDigit(number[0]) || !Money.TryReadNumber(number, out var value))
        {
            error = $"\"{t}\" không phải là số.";
            return false;
        }

        if (rest.Length > 0 && char.IsAsciiDigit(rest[0]))
        {
            error = $"\"{t}\" không phải là số.";
            return false;
        }

        if (negative && value != 0)
        {
            error = $"Số liệu không được âm (\"{t}\").";
            return false;
        }

        if (value > MaxValue)
        {
            error = $"Số liệu \"{t}\" quá lớn.";
            return false;
        }

        amount = new FigureAmount(value, rest.Length == 0 ? null : rest);
        return true;
    }

    [GeneratedRegex(@"\G\d{1,3}(?: \d{3})+(?:,\d+)?(?![\d.,])")]
    private static partial Regex SpaceGrouped();
}
