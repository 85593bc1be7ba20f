using System.Text.Json;
using Lantoa.Web.Infrastructure.Modules;

namespace Lantoa.Web.Features.Admin.Audit;

/// <summary>The audit trail in words an administrator reads: Vietnamese names of records and fields, old → new.</summary>
public static class AuditText
{
    /// <summary>Labels of fields many records share; each module names its own records and fields (<see cref="ILantoaModule"/>).</summary>
    private static readonly Dictionary<string, string> CommonFields = new()
    {
        ["Id"] = "Mã", ["Title"] = "Tên", ["Name"] = "Tên", ["Kind"] = "Loại", ["Year"] = "Năm", ["Status"] = "Trạng thái",
        ["Label"] = "Số thứ tự", ["Content"] = "Nội dung", ["Description"] = "Nội dung", ["Notes"] = "Ghi chú", ["Text"] = "Văn bản",
        ["Role"] = "Vai trò", ["WrittenName"] = "Tên trong văn bản", ["DueOn"] = "Hạn", ["ValidFrom"] = "Hiệu lực từ",
        ["ValidTo"] = "Hiệu lực đến", ["ProvinceId"] = "Tỉnh", ["PlanId"] = "Kế hoạch", ["ActivityId"] = "Hoạt động",
        ["UnitId"] = "Đơn vị", ["GroupId"] = "Nhóm", ["ParentId"] = "Trực thuộc", ["CreatedAt"] = "Tạo lúc", ["UpdatedAt"] = "Sửa lúc",
        ["SortOrder"] = "Thứ tự", ["Note"] = "Ghi chú", ["UserId"] = "Người dùng", ["AssignmentId"] = "Nhiệm vụ của đơn vị",
        ["SubmittedAt"] = "Nộp lúc", ["ApprovedAt"] = "Phê duyệt lúc", ["ApprovedByUserId"] = "Người phê duyệt",
        ["ReviewComment"] = "Ý kiến xem xét", ["UnitOfMeasure"] = "Đơn vị tính", ["Value"] = "Giá trị", ["Url"] = "Đường dẫn",
        ["Key"] = "Mã khóa",
    };

    private static readonly Dictionary<string, string> Entities = Merge(m => m.AuditEntities, []);

    private static readonly Dictionary<string, string> Fields = Merge(m => m.AuditFields, CommonFields);

    private static Dictionary<string, string> Merge(Func<ILantoaModule, IReadOnlyDictionary<string, string>> names, Dictionary<string, string> common)
    {
        var merged = new Dictionary<string, string>(common);
        foreach (var (key, name) in LantoaModules.All.SelectMany(m => names(m))) merged.TryAdd(key, name);
        return merged;
    }

    /// <summary>Whether a record type has its Vietnamese name (the audit guard test asks).</summary>
    public static bool HasEntityName(string type) => Entities.ContainsKey(type);

    /// <summary>Whether a field has its Vietnamese label (the audit guard test asks).</summary>
    public static bool HasFieldLabel(string field) => Fields.ContainsKey(field);

    /// <summary>Fields two modules (or a module and the common list) label differently: each should have one label.</summary>
    public static IEnumerable<string> ConflictingFieldLabels() =>
        LantoaModules.All.SelectMany(m => m.AuditFields).Concat(CommonFields)
            .GroupBy(f => f.Key).Where(g => g.Select(f => f.Value).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(" / ", g.Select(f => f.Value).Distinct())}");

    public sealed record Change(string Field, string? Old, string? New);

    public static string EntityName(string type) => Entities.GetValueOrDefault(type, type);

    public static string Action(string action) => action switch { "Created" => "Tạo", "Deleted" => "Xóa", _ => "Sửa" };

    /// <summary>The changes stored as {"Field": [old, new]}, with Vietnamese field names.</summary>
    public static IReadOnlyList<Change> Changes(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject()
            .Select(p => new Change(Fields.GetValueOrDefault(p.Name, p.Name), Value(p.Value, 0), Value(p.Value, 1)))
            .ToList();
    }

    private static string? Value(JsonElement pair, int index)
    {
        if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() <= index) return null;
        var v = pair[index];
        return v.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.True => "có",
            JsonValueKind.False => "không",
            JsonValueKind.String => v.GetString(),
            _ => v.GetRawText(),
        };
    }
}
