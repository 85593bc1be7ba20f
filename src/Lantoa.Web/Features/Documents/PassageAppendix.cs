namespace Lantoa.Web.Features.Documents;

/// <summary>An appendix carried as the imported document wrote it: its paragraphs and tables in order.</summary>
public sealed record PassageAppendix : PlanAppendix
{
    public IReadOnlyList<Lantoa.Domain.Documents.LayoutPassage> Passages { get; init; } = [];
}
