namespace Lantoa.Domain.Tests.Units;

/// <summary>
/// The seed plans and administrative units: $LANTOA_SHARED if set, else the repository's own copies under data/
/// (data/seeds, data/admin-units — found walking up from the test binaries), else the "shared" folder beside the
/// repository. The repository's copies make the tests independent of anything outside the checkout.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Seed(string fileName) => File.ReadAllText(Path.Combine(Root.Value, "seeds", fileName));

    public static string AdminUnitsPath(string fileName) => Path.Combine(Root.Value, "admin-units", fileName);

    private static string Locate()
    {
        // Both layouts keep seeds/ and admin-units/ side by side: <repo>/data and <shared>/ + <shared>/data.
        if (Environment.GetEnvironmentVariable("LANTOA_SHARED") is { Length: > 0 } fromEnvironment)
        {
            return Directory.Exists(Path.Combine(fromEnvironment, "seeds"))
                ? SharedLayout(fromEnvironment)
                : throw new DirectoryNotFoundException($"LANTOA_SHARED={fromEnvironment} has no seeds folder.");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var data = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(Path.Combine(data, "seeds")) && Directory.Exists(Path.Combine(data, "admin-units"))) return data;
            var shared = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(shared, "seeds"))) return SharedLayout(shared);
        }

        throw new DirectoryNotFoundException($"No data/seeds or shared/seeds above {AppContext.BaseDirectory}; set LANTOA_SHARED.");
    }

    /// <summary>The shared folder keeps seeds/ at its top and admin-units/ under data/: a folder that links both.</summary>
    private static string SharedLayout(string shared)
    {
        var view = Path.Combine(Path.GetTempPath(), "lantoa-shared-view");
        Directory.CreateDirectory(view);
        foreach (var (name, target) in new[] { ("seeds", Path.Combine(shared, "seeds")), ("admin-units", Path.Combine(shared, "data", "admin-units")) })
        {
            var link = Path.Combine(view, name);
            if (Directory.Exists(link)) Directory.Delete(link);
            Directory.CreateSymbolicLink(link, target);
        }

        return view;
    }
}
