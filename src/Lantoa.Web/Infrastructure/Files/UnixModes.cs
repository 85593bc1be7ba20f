namespace Lantoa.Web.Infrastructure.Files;

/// <summary>File modes of Lantoa's data folder (Linux; ignored where the system has none).</summary>
public static class UnixModes
{
    public const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Set(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows()) System.IO.File.SetUnixFileMode(path, mode);
    }

    /// <summary>Options that create a new file readable and writable by Lantoa's user only.</summary>
    public static FileStreamOptions CreatePrivate(FileMode mode = FileMode.CreateNew)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = File;
        return options;
    }
}
