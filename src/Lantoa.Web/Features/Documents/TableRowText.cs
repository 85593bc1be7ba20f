namespace Lantoa.Web.Features.Documents;

/// <summary>A row of a <see cref="TableAppendix"/>; a group or total row is written in bold.</summary>
public sealed record TableRowText(IReadOnlyList<string?> Cells, bool IsGroup = false);
