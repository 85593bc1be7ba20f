using Lantoa.Domain.Users;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Budgets;

/// <summary>Estimates, their review, actual spending, funding sources and spending norms.</summary>
public sealed class BudgetsModule : ILantoaModule
{
    public string Name => "Budgets";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<EstimateService>();
        services.AddScoped<Inbox.IInboxSource, EstimateInbox>();
    }

    public IEnumerable<MenuItem> Menu => [new("Định mức chi", "/Budgets/Norms", 50, AccessPolicy.SeesSpendingNorms)];

    public IReadOnlyDictionary<string, string> AuditEntities => new Dictionary<string, string>
    {
        ["Estimate"] = "Dự toán", ["EstimateLine"] = "Dòng dự toán", ["FundingSource"] = "Nguồn kinh phí",
        ["SpendingNorm"] = "Định mức chi",
    };

    public IReadOnlyDictionary<string, string> AuditFields => new Dictionary<string, string>
    {
        ["ActualAmount"] = "Số thực chi", ["ActualNote"] = "Ghi chú thực chi", ["AppendixLabel"] = "Phụ lục", ["AttachedTo"] = "Kèm theo",
        ["Decision"] = "Quyết định giao", ["EffectiveFrom"] = "Áp dụng từ", ["EffectiveTo"] = "Áp dụng đến", ["EstimateId"] = "Dự toán",
        ["Formula"] = "Cách tính", ["FundingSourceId"] = "Nguồn kinh phí", ["LegalSource"] = "Căn cứ", ["MaxUnitPrice"] = "Mức chi tối đa",
        ["NameKey"] = "Khóa tên", ["NormId"] = "Định mức", ["Quantity"] = "Số lượng", ["StatedAmount"] = "Số tiền văn bản nêu",
        ["StatedTotal"] = "Tổng văn bản nêu", ["UnitPrice"] = "Đơn giá",
    };

    public IEnumerable<DemoStep> DemoData =>
    [
        new(500, "nguồn kinh phí và định mức chi", async (sp, ct) =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            await BudgetsDemoData.SeedAsync(db, await db.Provinces.FirstAsync(p => p.Code == "80", ct), ct);
        }),
    ];
}
