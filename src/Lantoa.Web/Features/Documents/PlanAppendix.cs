namespace Lantoa.Web.Features.Documents;

/// <summary>An appendix: "Phụ lục II", its title (capitals; "\n" breaks the line) and the "(Kèm theo …)" line.</summary>
public abstract record PlanAppendix
{
    /// <summary>"Phụ lục II".</summary>
    public required string Label { get; init; }

    public required string Title { get; init; }

    /// <summary>The "(Kèm theo …)" line; null for the document's own (<see cref="PlanDocument.AttachedToLine"/>).</summary>
    public string? AttachedTo { get; init; }

    /// <summary>Paragraphs (or tables) of the imported appendix written after its table, as written ("Ghi chú: …").</summary>
    public IReadOnlyList<Lantoa.Domain.Documents.LayoutPassage> Notes { get; init; } = [];
}
