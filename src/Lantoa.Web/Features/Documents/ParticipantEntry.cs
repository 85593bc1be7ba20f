namespace Lantoa.Web.Features.Documents;

/// <param name="Count">The number as written ("02" stays "02").</param>
public sealed record ParticipantEntry(string? Label, string Unit, string? Count, bool IsGroup = false);
