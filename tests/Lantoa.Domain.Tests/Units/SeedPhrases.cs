using System.Text.RegularExpressions;

namespace Lantoa.Domain.Tests.Units;

/// <summary>
/// Finds in a seed plan every place that names who does the work: the labelled field lines ("Cơ quan chủ trì:",
/// "Đơn vị phối hợp thực hiện:" …), the numbered headings of the "Tổ chức thực hiện" section, and the lead and
/// coordinating cells of tab-separated task tables. Returns them as written, once each, in order of appearance.
/// </summary>
internal static partial class SeedPhrases
{
    public static IReadOnlyList<string> Extract(string plan)
    {
        var phrases = new List<string>();
        var inResponsibilities = false;
        int[]? unitColumns = null;
        string? tableHeader = null;
        foreach (var rawLine in plan.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var plain = line.Replace("*", string.Empty, StringComparison.Ordinal).TrimStart('#', ' ');
            if (ResponsibilitiesHeading().IsMatch(plain))
            {
                inResponsibilities = true;
                continue;
            }

            if (plain.StartsWith("Nơi nhận", StringComparison.Ordinal))
            {
                inResponsibilities = false;
            }

            if (line.Contains('\t'))
            {
                var cells = line.Split('\t');
                if (cells.Any(c => c.StartsWith("Đơn vị chủ trì", StringComparison.Ordinal)))
                {
                    tableHeader = line;
                    unitColumns = cells.Select((c, i) => (c, i))
                        .Where(p => p.c is "Đơn vị chủ trì" or "Đơn vị phối hợp")
                        .Select(p => p.i)
                        .ToArray();
                }
                else if (unitColumns is not null && line != tableHeader)
                {
                    phrases.AddRange(unitColumns.Where(i => i < cells.Length).Select(i => cells[i].Trim()).Where(c => c.Length > 0));
                }

                continue;
            }

            if (FieldLabel().IsMatch(line))
            {
                phrases.Add(line.Trim());
            }
            else if (inResponsibilities && Heading(line) is { } heading)
            {
                phrases.Add(heading);
            }
        }

        return phrases.Distinct().ToList();
    }

    /// <summary>"1. Sở Nội vụ", "## **3. Đề nghị …**", "**5. Đài …:** tổ chức …" → the numbered heading text.</summary>
    private static string? Heading(string line)
    {
        var text = line.TrimStart('#', ' ');
        if (text.StartsWith("**", StringComparison.Ordinal))
        {
            var close = text.IndexOf("**", 2, StringComparison.Ordinal);
            text = close > 0 ? text[2..close] : text[2..];
        }

        return NumberedHeading().IsMatch(text) ? text.Trim() : null;
    }

    [GeneratedRegex(@"^(?:IV|V)\.\s*TỔ CHỨC THỰC HIỆN")]
    private static partial Regex ResponsibilitiesHeading();

    [GeneratedRegex(@"(?:(?:Cơ quan|Đơn vị) (?:chủ trì|phối hợp)(?: thực hiện)?|Đơn vị (?:thực hiện|tổ chức)):")]
    private static partial Regex FieldLabel();

    [GeneratedRegex(@"^\d+\.\s")]
    private static partial Regex NumberedHeading();
}
