using Lantoa.Domain.Text;

namespace Lantoa.Domain.Budgets;

/// <summary>Where the money comes from.</summary>
public enum FundingKind
{
    /// <summary>Ngân sách nhà nước, allocated by a decision.</summary>
    StateBudget,

    /// <summary>Kinh phí của đơn vị: the unit's own budget.</summary>
    OwnBudget,

    /// <summary>Xã hội hóa: sponsors and enterprises.</summary>
    Sponsorship,

    Other,
}

public static class FundingKindNames
{
    public static string Vietnamese(this FundingKind kind) => kind switch
    {
        FundingKind.StateBudget => "Ngân sách nhà nước",
        FundingKind.OwnBudget => "Kinh phí của đơn vị",
        FundingKind.Sponsorship => "Xã hội hóa",
        _ => "Nguồn khác",
    };
}

/// <summary>
/// A funding source of a plan: "Ngân sách nhà nước cấp cho Sở Thông tin và Truyền thông theo Quyết định số
/// 11789/QĐ-UBND ngày 12/12/2023 của UBND tỉnh". Estimates and their lines point at one.
/// </summary>
public sealed class FundingSource
{
    private FundingSource() { }

    public FundingSource(int provinceId, int planId, FundingKind kind, string name, string? decision)
    {
        ProvinceId = provinceId;
        PlanId = planId;
        Update(kind, name, decision);
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int PlanId { get; private set; }
    public FundingKind Kind { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The allocating decision as written: "Quyết định số 11789/QĐ-UBND ngày 12/12/2023 của UBND tỉnh".</summary>
    public string? Decision { get; private set; }

    /// <summary>The amount the plan's text gives this source ("Ngân sách tỉnh: 1.200.000.000 đồng"), beside the estimates' own totals.</summary>
    public Money? StatedAmount { get; set; }

    public void Update(FundingKind kind, string name, string? decision)
    {
        if (string.IsNullOrWhiteSpace(name)) name = kind.Vietnamese();
        Kind = kind;
        Name = VietnameseText.Normalize(name);
        Decision = string.IsNullOrWhiteSpace(decision) ? null : VietnameseText.Normalize(decision);
    }
}
