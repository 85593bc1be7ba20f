namespace Lantoa.Domain.Documents;

/// <summary>
/// The record of a document imported into a plan: which file (name, format, SHA-256 of its bytes), when, by whom, its
/// text as read, and the findings as JSON. The same file uploaded again is recognised by its hash, and the user is
/// offered to update the draft it created instead of making a second one.
/// </summary>
public sealed class PlanImport
{
    private PlanImport() { }

    public PlanImport(int provinceId, int planId, string fileName, DocumentFormat format, string contentHash, string sourceText,
        string findingsJson, int? userId, DateTimeOffset importedAt)
    {
        ProvinceId = provinceId;
        PlanId = planId;
        FileName = fileName;
        Format = format;
        ContentHash = contentHash;
        SourceText = sourceText;
        FindingsJson = findingsJson;
        UserId = userId;
        ImportedAt = importedAt;
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int PlanId { get; private set; }
    public string FileName { get; private set; } = "";
    public DocumentFormat Format { get; private set; }
    public string ContentHash { get; private set; } = "";
    public string SourceText { get; private set; } = "";
    public string FindingsJson { get; private set; } = "[]";
    public int? UserId { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }

    /// <summary>The document's <see cref="DocumentLayout"/> as JSON (the pass-through the export writes back); null before it was kept.</summary>
    public string? LayoutJson { get; private set; }

    public DocumentLayout? Layout => DocumentLayout.FromJson(LayoutJson);

    public void KeepLayout(DocumentLayout layout) => LayoutJson = layout.IsEmpty ? null : layout.ToJson();
}
