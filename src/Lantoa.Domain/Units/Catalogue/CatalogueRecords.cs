namespace Lantoa.Domain.Units.Catalogue;

/// <summary>A unit of a province's demo catalogue (units-{code}.csv), as of 2024.</summary>
/// <param name="Key">Stable slug, unique in the province: "so-tttt".</param>
/// <param name="Name">Full official name: "Sở Thông tin và Truyền thông".</param>
/// <param name="ShortName">Usual short form: "Sở TT&amp;TT".</param>
/// <param name="ParentKey">Key of the parent unit; departments hang under the provincial People's Committee.</param>
/// <param name="ValidTo">Last day the unit existed (inclusive), e.g. 2025-02-28 for a department merged on 1/3/2025.</param>
/// <param name="Aliases">Other ways plans write the name.</param>
public sealed record CatalogueUnit(
    string Key,
    string Name,
    string? ShortName,
    UnitKind Kind,
    string? ParentKey,
    DateOnly? ValidTo,
    IReadOnlyList<string> Aliases);

/// <summary>
/// A named group of units (groups-{code}.csv) such as "Các sở, ngành tỉnh". Its members are every unit of kind
/// <see cref="RuleKind"/> (if set) plus the units listed in <see cref="MemberKeys"/>.
/// </summary>
public sealed record CatalogueGroup(
    string Key,
    string Name,
    UnitKind? RuleKind,
    IReadOnlyList<string> MemberKeys,
    IReadOnlyList<string> Aliases);
