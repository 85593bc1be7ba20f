namespace Lantoa.Web.Features.Documents;

/// <summary>One row of a <see cref="TaskAppendix"/>; a group row is written in bold.</summary>
public sealed record TaskRow(string? Label, string Task, string? Lead = null, string? Coordinating = null, string? Time = null,
    string? Note = null, bool IsGroup = false);
