using Lantoa.Domain.Geography;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Modules;

namespace Lantoa.Web.Features.Geography;

/// <summary>Provinces (the tenants) and the administrative units of both snapshots.</summary>
public sealed class GeographyModule : ILantoaModule
{
    /// <summary>The provinces of the demo data: Long An and Tiền Giang.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> DemoProvinces = [("80", "Long An"), ("82", "Tiền Giang")];

    public string Name => "Geography";

    public void AddServices(IServiceCollection services) => services.AddScoped<AdminUnitImporter>();

    /// <summary>The communes search of the JSON API (citizens' sign-up).</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => CommunesEndpoint.Map(endpoints);

    public IEnumerable<MenuItem> Menu => [new("Địa giới hành chính", "/Geography", 60, _ => true)];

    public IReadOnlyDictionary<string, string> AuditEntities => new Dictionary<string, string>
    {
        ["Province"] = "Tỉnh", ["AdminUnit"] = "Đơn vị hành chính",
    };

    public IReadOnlyDictionary<string, string> AuditFields => new Dictionary<string, string>
    {
        ["Code"] = "Mã", ["Type"] = "Loại đơn vị hành chính", ["Level"] = "Cấp", ["ProvinceCode"] = "Mã tỉnh", ["Source"] = "Nguồn",
    };

    public IEnumerable<DemoStep> DemoData =>
    [
        new(100, "đơn vị hành chính và tỉnh", async (sp, ct) =>
        {
            await sp.GetRequiredService<AdminUnitImporter>().ImportAsync(AdminUnitImporter.DefaultDirectory(), ct);
            var db = sp.GetRequiredService<LantoaDb>();
            foreach (var (code, name) in DemoProvinces) db.Provinces.Add(new Province(code, name));
            await db.SaveChangesAsync(ct);
        }),
    ];

    public IEnumerable<GeneratedTable> GeneratedTables => [new("provinces", "id, code, name")];
}
