namespace Lantoa.Domain.Units;

/// <summary>
/// A unit (đơn vị): a department, a district or commune People's Committee, a newspaper, an enterprise… Every user
/// belongs to one; work is assigned to units. Units have a validity period (Sở TT&amp;TT ended 28/02/2025; district
/// committees ended 30/06/2025).
/// </summary>
public sealed class Unit
{
    private readonly List<string> _aliases = [];

    private Unit() { }

    public Unit(int provinceId, string name, UnitKind kind)
    {
        ProvinceId = provinceId;
        Rename(name);
        Kind = kind;
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }

    /// <summary>A stable slug for units created from the catalogue ("so-tttt"), null for units created by hand.</summary>
    public string? Key { get; set; }

    public string Name { get; private set; } = "";
    public string? ShortName { get; set; }
    public UnitKind Kind { get; set; }
    public int? ParentId { get; set; }
    public Unit? Parent { get; private set; }
    public int? AdminUnitId { get; set; }
    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    public IReadOnlyList<string> Aliases => _aliases;
    public string? ContactPerson { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }

    public string SearchKey { get; private set; } = "";

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Tên đơn vị không được để trống.");
        Name = name.Trim().Normalize();
    }

    public void SetValidity(DateOnly? from, DateOnly? to)
    {
        if (from is not null && to is not null && to < from)
            throw new DomainException("Ngày hết hiệu lực phải sau ngày có hiệu lực.");
        ValidFrom = from;
        ValidTo = to;
    }

    /// <summary>Folds name, short name and aliases into <see cref="SearchKey"/>, for diacritics-insensitive search.</summary>
    public void RefreshSearchKey() => SearchKey = Text.VietnameseText.Fold(string.Join(" ", [Name, ShortName, .. _aliases]));

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);

    /// <summary>Replaces the aliases, dropping blanks, duplicates and the unit's own name.</summary>
    public void SetAliases(IEnumerable<string> aliases)
    {
        AliasList.Replace(_aliases, aliases, Name);
    }
}
