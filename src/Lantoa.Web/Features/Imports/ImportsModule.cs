using Lantoa.Web.Infrastructure.Modules;

namespace Lantoa.Web.Features.Imports;

/// <summary>"Nhập kế hoạch từ văn bản": upload, review, confirm; the seed plans of the demo data.</summary>
public sealed class ImportsModule : ILantoaModule
{
    public string Name => "Imports";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<PlanImporter>();
        services.AddSingleton<ImportStash>();
    }

    public IReadOnlyDictionary<string, string> AuditEntities => new Dictionary<string, string> { ["PlanImport"] = "Văn bản đã nhập" };

    public IReadOnlyDictionary<string, string> AuditFields => new Dictionary<string, string>
    {
        ["ContentHash"] = "Mã băm nội dung", ["FileName"] = "Tên tệp", ["Format"] = "Định dạng", ["ImportedAt"] = "Nhập lúc",
    };

    public IEnumerable<DemoStep> DemoData =>
        [new(400, "kế hoạch mẫu", (sp, ct) => ActivatorUtilities.CreateInstance<ImportsDemoData>(sp).SeedAsync(ct))];
}
