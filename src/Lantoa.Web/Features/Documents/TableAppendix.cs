namespace Lantoa.Web.Features.Documents;

/// <summary>Any other table: headers, rows of cell texts, relative column widths.</summary>
public sealed record TableAppendix : PlanAppendix
{
    public IReadOnlyList<string> Headers { get; init; } = [];
    public IReadOnlyList<TableRowText> Rows { get; init; } = [];

    /// <summary>Relative widths, one per column; null: the first column narrow, the others equal.</summary>
    public IReadOnlyList<double>? Widths { get; init; }
}
