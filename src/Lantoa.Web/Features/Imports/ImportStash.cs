using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Lantoa.Web.Infrastructure.Files;

namespace Lantoa.Web.Features.Imports;

/// <summary>
/// Holds an uploaded document between "read and review" and "create the plan", so that nothing is written to the
/// database before the user confirms. Files live outside the web root in the data folder (LANTOA_DATA/imports, a
/// folder 0700 with files 0600), under a random token tied to the user who uploaded them, and are removed after use or
/// after a day.
/// </summary>
public sealed partial class ImportStash
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);
    private readonly string _folder;

    public ImportStash(string? folder = null)
    {
        _folder = folder ?? DataFolder.Sub("imports");
        DataFolder.CreatePrivate(_folder);
    }

    /// <summary>Where the stashed files are (for backups).</summary>
    public string Folder => _folder;

    public string Put(int userId, string fileName, byte[] bytes)
    {
        Sweep();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        DataFolder.WritePrivate(PathOf(userId, token), bytes);
        DataFolder.WritePrivate(PathOf(userId, token) + ".name", System.Text.Encoding.UTF8.GetBytes(FileNames.Clean(fileName)));
        return token;
    }

    /// <summary>The file stashed by this user under this token, or null (unknown, expired, or someone else's).</summary>
    public (string FileName, byte[] Bytes)? Get(int userId, string? token)
    {
        if (token is null || !TokenPattern().IsMatch(token)) return null;
        var path = PathOf(userId, token);
        if (!File.Exists(path) || File.GetLastWriteTimeUtc(path) < DateTime.UtcNow - Lifetime) return null;
        return (File.ReadAllText(path + ".name"), File.ReadAllBytes(path));
    }

    public void Remove(int userId, string token)
    {
        if (!TokenPattern().IsMatch(token)) return;
        File.Delete(PathOf(userId, token));
        File.Delete(PathOf(userId, token) + ".name");
    }

    private string PathOf(int userId, string token) => Path.Combine(_folder, $"{userId}-{token}");

    private void Sweep()
    {
        foreach (var file in Directory.EnumerateFiles(_folder))
            if (File.GetLastWriteTimeUtc(file) < DateTime.UtcNow - Lifetime) File.Delete(file);
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenPattern();
}
