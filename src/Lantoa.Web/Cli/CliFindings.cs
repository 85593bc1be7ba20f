using Lantoa.Domain.Findings;

namespace Lantoa.Web.Cli;

/// <summary>
/// Findings as the text output of `plan check` and `budget check` prints them: "[cảnh báo] unknown-unit (dòng 12): …".
/// The severity is Vietnamese, as on the screens; the code stays the stable one the JSON output carries.
/// </summary>
internal static class CliFindings
{
    public static string Line(Finding f) =>
        $"[{f.Severity.Vietnamese().ToLowerInvariant()}] {f.Code}{(f.Line is { } l ? $" (dòng {l})" : "")}: {f.Message}";

    public static void Print(IEnumerable<Finding> findings)
    {
        foreach (var f in findings) Console.WriteLine(Line(f));
    }
}
