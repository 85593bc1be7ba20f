namespace Lantoa.Web.Infrastructure.Files;

/// <summary>
/// LANTOA_DATA (default ./.lantoa): Lantoa's own folder, where its PostgreSQL, cookie keys, evidence files
/// (evidence/) and the import stash (imports/) live. Folders Lantoa creates there for files are 0700 and the files
/// 0600: only the account that runs Lantoa reads them.
/// </summary>
public static class DataFolder
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The data folder, as the runtime and the command line resolve it.</summary>
    public static string Root =>
        Path.GetFullPath(Environment.GetEnvironmentVariable("LANTOA_DATA") is { Length: > 0 } data
            ? data
            : Path.Combine(Directory.GetCurrentDirectory(), ".lantoa"));

    /// <summary>A sub-folder of the data folder.</summary>
    public static string Sub(string name) => Path.Combine(Root, name);

    /// <summary>Creates <paramref name="folder"/> (0700), or tightens it and the files in it (0600) when it exists.</summary>
    public static void CreatePrivate(string folder)
    {
        if (!OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder, FolderMode);
            TryTighten(folder);
        }
        else Directory.CreateDirectory(folder);
    }

    /// <summary>A new file, created 0600 (never readable by others, not even for an instant).</summary>
    public static FileStream CreatePrivateFile(string path)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode;
        return new FileStream(path, options);
    }

    /// <summary>Writes a whole new file, 0600.</summary>
    public static void WritePrivate(string path, ReadOnlySpan<byte> bytes)
    {
        using var file = CreatePrivateFile(path);
        file.Write(bytes);
    }

    private static void TryTighten(string folder)
    {
        if (OperatingSystem.IsWindows()) return;
        try
        {
            if ((File.GetUnixFileMode(folder) & ~FolderMode) != 0) File.SetUnixFileMode(folder, FolderMode);
            foreach (var file in Directory.EnumerateFiles(folder))
                if ((File.GetUnixFileMode(file) & ~FileMode) != 0) File.SetUnixFileMode(file, FileMode);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // A folder of another account (a shared temporary folder): left as it is; new files are 0600 anyway.
        }
    }
}
