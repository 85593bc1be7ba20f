namespace Lantoa.Domain.Tests.Units;

/// <summary>
/// The shared folder beside the repository (seeds, admin units): $LANTOA_SHARED if set, else the first "shared"
/// folder with a "seeds" subfolder found walking up from the test binaries (the repository's sibling).
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Seed(string fileName) => File.ReadAllText(Path.Combine(Root.Value, "seeds", fileName));

    public static string AdminUnitsPath(string fileName) => Path.Combine(Root.Value, "data", "admin-units", fileName);

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("LANTOA_SHARED") is { Length: > 0 } fromEnvironment)
        {
            return Directory.Exists(Path.Combine(fromEnvironment, "seeds"))
                ? fromEnvironment
                : throw new DirectoryNotFoundException($"LANTOA_SHARED={fromEnvironment} has no seeds folder.");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "seeds")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No shared/seeds above {AppContext.BaseDirectory}; set LANTOA_SHARED.");
    }
}
