namespace Lantoa.Web.DemoData;

/// <summary>The seed documents in data/seeds, for the demo data, the benchmarks and the tests.</summary>
public static class DemoBudgets
{
    /// <summary>The text of one appendix: from its "Phụ lục …" line to the next appendix or the end.</summary>
    public static string Cut(string document, string appendix)
    {
        var lines = document.Replace("\r\n", "\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim().Equals(appendix, StringComparison.OrdinalIgnoreCase));
        if (start < 0) return "";
        var end = Array.FindIndex(lines, start + 1, l => l.TrimStart().StartsWith("Phụ lục ", StringComparison.OrdinalIgnoreCase));
        return string.Join("\n", lines[start..(end < 0 ? lines.Length : end)]);
    }

    /// <summary>data/seeds/NAME, found from the working directory or the application's folder upwards.</summary>
    public static string? SeedFile(string name) => Infrastructure.Files.RepositoryData.Find(Path.Combine("data", "seeds", name));
}
