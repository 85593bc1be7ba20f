using Lantoa.Domain.Text;

namespace Lantoa.Domain.Commendations;

/// <summary>
/// A form of award a province gives, with the authority that issues it: "Bằng khen của Chủ tịch UBND tỉnh" (issued by
/// "Chủ tịch Ủy ban nhân dân tỉnh"), "Giấy khen của Giám đốc Sở", "Giấy chứng nhận". <see cref="Title"/> is what the
/// certificate reads in large capitals ("BẰNG KHEN").
/// </summary>
public sealed class AwardForm
{
    private AwardForm() { }

    public AwardForm(int provinceId, string name, string issuingAuthority, string title)
    {
        ProvinceId = provinceId;
        Name = Required(name, "Tên hình thức khen thưởng", 300);
        IssuingAuthority = Required(issuingAuthority, "Cấp khen thưởng", 300);
        Title = Required(title, "Tên trên bằng", 100);
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }

    /// <summary>"Bằng khen của Chủ tịch UBND tỉnh".</summary>
    public string Name { get; private set; } = "";

    /// <summary>"Chủ tịch Ủy ban nhân dân tỉnh Long An".</summary>
    public string IssuingAuthority { get; private set; } = "";

    /// <summary>"Bằng khen".</summary>
    public string Title { get; private set; } = "";

    internal static string Required(string? text, string what, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException($"{what} không được để trống.");
        var cleaned = VietnameseText.Normalize(text.Trim());
        if (cleaned.Length > max) throw new DomainException($"{what} quá dài (tối đa {max} ký tự).");
        return cleaned;
    }

    internal static string? Optional(string? text, string what, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var cleaned = VietnameseText.Normalize(text.Trim());
        if (cleaned.Length > max) throw new DomainException($"{what} quá dài (tối đa {max} ký tự).");
        return cleaned;
    }
}
