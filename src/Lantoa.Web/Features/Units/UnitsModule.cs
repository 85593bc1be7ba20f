using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Modules;

namespace Lantoa.Web.Features.Units;

/// <summary>Units, groups, aliases and the name resolver of each province.</summary>
public sealed class UnitsModule : ILantoaModule
{
    public string Name => "Units";

    public void AddServices(IServiceCollection services) => services.AddScoped<UnitDirectory>();

    public IEnumerable<MenuItem> Menu => [new("Đơn vị", "/Units", 40, AccessPolicy.SeesUnitCatalogue)];

    public IReadOnlyDictionary<string, string> AuditEntities => new Dictionary<string, string>
    {
        ["Unit"] = "Đơn vị", ["UnitGroup"] = "Nhóm đơn vị", ["UnitGroupMember"] = "Thành viên nhóm",
    };

    public IReadOnlyDictionary<string, string> AuditFields => new Dictionary<string, string>
    {
        ["ShortName"] = "Tên viết tắt", ["Aliases"] = "Tên gọi khác", ["ContactPerson"] = "Người liên hệ",
        ["ContactPhone"] = "Điện thoại", ["ContactEmail"] = "Thư điện tử", ["RuleKind"] = "Quy tắc theo loại",
        ["AdminUnitId"] = "Đơn vị hành chính", ["RuleParentId"] = "Quy tắc theo đơn vị cấp trên",
    };

    public IEnumerable<DemoStep> DemoData =>
        [new(200, "đơn vị và nhóm đơn vị", (sp, ct) => ActivatorUtilities.CreateInstance<UnitsDemoData>(sp).SeedAsync(ct))];

    public IEnumerable<GeneratedTable> GeneratedTables =>
    [
        new("units", "id, province_id, key, name, short_name, kind, parent_id, admin_unit_id, valid_from, aliases, search_key"),
        new("unit_groups", "id, province_id, key, name, rule_kind, aliases, search_key"),
    ];
}
