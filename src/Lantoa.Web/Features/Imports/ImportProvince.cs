using Lantoa.Domain.Documents;
using Lantoa.Domain.Units;
using Lantoa.Web.Features.Units;

namespace Lantoa.Web.Features.Imports;

/// <summary>
/// The province part of an import: the document's own province is detected (<see cref="DocumentProvinceDetector"/>)
/// while its names are resolved against the importing province's units; a plan of another province is refused with
/// a Vietnamese finding at the line that names it, so nothing lands in the wrong province.
/// </summary>
public static class ImportProvince
{
    /// <summary>Parses against <paramref name="resolver"/> (the province <paramref name="provinceCode"/>'s units), detecting the document's province.</summary>
    public static ParsedPlan Parse(SourceDocument document, string provinceCode, UnitNameResolver resolver)
    {
        if (ProvinceCatalogues.TryGeography() is not { } geography) return PlanDocumentParser.Parse(document, resolver);
        return DocumentProvinceDetector.Parse(document, geography, provinceCode, (code, _) => code == provinceCode ? resolver : null);
    }
}
