namespace Lantoa.Web.Features.Documents;

/// <param name="Numeral">"I", "II", …</param>
public sealed record PlanDocumentPart(PlanPart Part, string Numeral, string Heading);
