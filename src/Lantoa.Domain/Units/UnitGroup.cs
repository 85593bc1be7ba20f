namespace Lantoa.Domain.Units;

/// <summary>
/// A named set of units that plans assign work to: "Các sở, ngành tỉnh", "UBND cấp huyện", "Các doanh nghiệp bưu chính,
/// viễn thông". Defined by a rule (units of a kind, optionally under a parent), by explicit members, or both; resolved
/// to the member units that exist on a given date.
/// </summary>
public sealed class UnitGroup
{
    private readonly List<string> _aliases = [];
    private readonly List<UnitGroupMember> _members = [];

    private UnitGroup() { }

    public UnitGroup(int provinceId, string name)
    {
        ProvinceId = provinceId;
        Rename(name);
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public string? Key { get; set; }
    public string Name { get; private set; } = "";
    public UnitKind? RuleKind { get; set; }
    public int? RuleParentId { get; set; }
    public IReadOnlyList<string> Aliases => _aliases;
    public IReadOnlyList<UnitGroupMember> Members => _members;
    public string SearchKey { get; private set; } = "";

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Tên nhóm không được để trống.");
        Name = name.Trim().Normalize();
    }

    public void SetAliases(IEnumerable<string> aliases)
    {
        AliasList.Replace(_aliases, aliases, Name);
    }

    /// <summary>Folds name and aliases into <see cref="SearchKey"/>, for diacritics-insensitive search.</summary>
    public void RefreshSearchKey() => SearchKey = Text.VietnameseText.Fold(string.Join(" ", [Name, .. _aliases]));

    public void SetMembers(IEnumerable<int> unitIds)
    {
        var wanted = unitIds.Distinct().ToHashSet();
        _members.RemoveAll(m => !wanted.Contains(m.UnitId));
        foreach (var id in wanted.Where(id => _members.All(m => m.UnitId != id)))
            _members.Add(new UnitGroupMember(id));
    }

    /// <summary>The units of this group on <paramref name="asOf"/>, from the province's units.</summary>
    public IReadOnlyList<Unit> Resolve(IEnumerable<Unit> provinceUnits, DateOnly asOf)
    {
        var explicitIds = _members.Select(m => m.UnitId).ToHashSet();
        return provinceUnits
            .Where(u => u.ProvinceId == ProvinceId && u.IsValidOn(asOf))
            .Where(u => explicitIds.Contains(u.Id)
                        || (RuleKind is { } kind && u.Kind == kind && (RuleParentId is null || u.ParentId == RuleParentId)))
            .ToList();
    }
}

public sealed class UnitGroupMember
{
    private UnitGroupMember() { }

    public UnitGroupMember(int unitId) => UnitId = unitId;

    public int GroupId { get; private set; }
    public int UnitId { get; private set; }
}
