namespace Lantoa.Domain.Geography;

public enum AdminLevel
{
    Province,
    District,
    Commune,
}

/// <summary>
/// An administrative unit with its official GSO code (2-digit province, 3-digit district, 5-digit commune) and the
/// period it existed. Codes are reused across reforms (80 was Long An, is Tây Ninh from 1/7/2025), so the same code
/// may appear in several rows with different validity.
/// </summary>
public sealed class AdminUnit
{
    private AdminUnit() { }

    public AdminUnit(string code, string name, string type, AdminLevel level, string provinceCode, string source,
        DateOnly? validFrom, DateOnly? validTo, AdminUnit? parent = null)
    {
        if (validFrom is not null && validTo is not null && validTo < validFrom)
            throw new DomainException("Ngày hết hiệu lực phải sau ngày có hiệu lực.");
        Code = code;
        Name = name;
        Type = type;
        Level = level;
        ProvinceCode = provinceCode;
        Source = source;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Parent = parent;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>"Tỉnh", "Thành phố", "Huyện", "Thị xã", "Quận", "Xã", "Phường", "Thị trấn", "Đặc khu".</summary>
    public string Type { get; private set; } = "";

    public AdminLevel Level { get; private set; }
    public int? ParentId { get; private set; }
    public AdminUnit? Parent { get; private set; }
    public string ProvinceCode { get; private set; } = "";
    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    /// <summary>Which snapshot or correction the row came from.</summary>
    public string Source { get; private set; } = "";

    public string SearchKey { get; set; } = "";

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);
}
