using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantoa.Web.Infrastructure.Data;

/// <summary>
/// Personal data (Decree 13/2023/NĐ-CP) is kept out of the audit trail, which is append-only and outlives an account:
/// a property marked here is noted as changed ("***") but its value is never written (LantoaDb.DescribeChanges).
/// </summary>
public static class PersonalData
{
    public const string Annotation = "Lantoa:PersonalData";

    public static PropertyBuilder IsPersonalData(this PropertyBuilder property) => property.HasAnnotation(Annotation, true);

    public static bool IsPersonal(this IReadOnlyProperty property) => property.FindAnnotation(Annotation)?.Value is true;
}
