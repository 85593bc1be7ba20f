using Lantoa.Web.Infrastructure.Files;

namespace Lantoa.Web.Features.Tracking.Reports;

/// <summary>
/// Evidence files of reports, outside the web root in the data folder (LANTOA_DATA/evidence), each under a name the
/// store chooses (a random id, never the uploaded name), in a folder 0700 with files 0600 of the account running
/// Lantoa. They are served only by the report page, after its access check.
/// </summary>
public sealed class EvidenceStore
{
    public EvidenceStore(string? folder = null)
    {
        Folder = folder ?? DataFolder.Sub("evidence");
        DataFolder.CreatePrivate(Folder);
    }

    /// <summary>Where the files are (for backups).</summary>
    public string Folder { get; }

    /// <summary>The most files one report may carry (links not counted).</summary>
    public int MaxFilesPerReport { get; set; } = 10;

    /// <summary>The most bytes of evidence files one unit may hold over all its reports (1 GB, or LANTOA_EVIDENCE_MB_PER_UNIT).</summary>
    public long MaxBytesPerUnit { get; set; } =
        (long.TryParse(Environment.GetEnvironmentVariable("LANTOA_EVIDENCE_MB_PER_UNIT"), out var mb) && mb > 0 ? mb : 1024) * 1024 * 1024;

    public async Task<string> SaveAsync(Stream content, CancellationToken ct = default)
    {
        var name = Guid.NewGuid().ToString("N");
        await using var file = DataFolder.CreatePrivateFile(Path.Combine(Folder, name));
        await content.CopyToAsync(file, ct);
        return name;
    }

    public Stream? Open(string storedName) =>
        storedName.Length == 32 && storedName.All(Uri.IsHexDigit) && File.Exists(Path.Combine(Folder, storedName))
            ? File.OpenRead(Path.Combine(Folder, storedName))
            : null;

    public void Delete(string storedName)
    {
        if (storedName.Length == 32 && storedName.All(Uri.IsHexDigit)) File.Delete(Path.Combine(Folder, storedName));
    }
}
