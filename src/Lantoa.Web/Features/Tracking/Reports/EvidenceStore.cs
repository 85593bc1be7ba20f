namespace Lantoa.Web.Features.Tracking.Reports;

/// <summary>
/// Evidence files of reports, outside the web root (LANTOA_DATA/evidence, or a temporary folder), each under a name the
/// store chooses (a random id, never the uploaded name). They are served only by the report page, after its access check.
/// </summary>
public sealed class EvidenceStore
{
    private readonly string _folder;

    public EvidenceStore(string? folder = null)
    {
        _folder = folder
                  ?? (Environment.GetEnvironmentVariable("LANTOA_DATA") is { Length: > 0 } data
                      ? Path.Combine(Path.GetFullPath(data), "evidence")
                      : Path.Combine(Path.GetTempPath(), "lantoa-evidence"));
        Directory.CreateDirectory(_folder);
    }

    public async Task<string> SaveAsync(Stream content, CancellationToken ct = default)
    {
        var name = Guid.NewGuid().ToString("N");
        await using var file = File.Create(Path.Combine(_folder, name));
        await content.CopyToAsync(file, ct);
        return name;
    }

    public Stream? Open(string storedName) =>
        storedName.Length == 32 && storedName.All(Uri.IsHexDigit) && File.Exists(Path.Combine(_folder, storedName))
            ? File.OpenRead(Path.Combine(_folder, storedName))
            : null;

    public void Delete(string storedName)
    {
        if (storedName.Length == 32 && storedName.All(Uri.IsHexDigit)) File.Delete(Path.Combine(_folder, storedName));
    }
}
