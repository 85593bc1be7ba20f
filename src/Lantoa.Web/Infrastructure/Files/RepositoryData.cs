namespace Lantoa.Web.Infrastructure.Files;

/// <summary>
/// The data files that ship with Lantoa (data/admin-units, data/seeds), found from the working directory or the
/// application's folder upwards — so that `./run.sh` (published to artifacts/app), the tests and the command line all
/// find the same files.
/// </summary>
public static class RepositoryData
{
    /// <summary>The first "<paramref name="relativePath"/>" above the working directory or the application's folder; null if none.</summary>
    public static string? Find(string relativePath)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relativePath);
                if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
            }

        return null;
    }
}
