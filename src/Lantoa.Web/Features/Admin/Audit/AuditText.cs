using System.Text.Json;

namespace Lantoa.Web.Features.Admin.Audit;

/// <summary>The audit trail in words an administrator reads: Vietnamese names of records and fields, old → new.</summary>
public static class AuditText
{
    private static readonly Dictionary<string, string> Entities = new()
    {
        ["Plan"] = "Kế hoạch", ["Activity"] = "Hoạt động", ["ActivityParty"] = "Đơn vị chủ trì/phối hợp",
        ["Assignment"] = "Nhiệm vụ của đơn vị", ["PlanLegalBasis"] = "Căn cứ", ["PlanDeadline"] = "Hạn báo cáo",
        ["Unit"] = "Đơn vị", ["UnitGroup"] = "Nhóm đơn vị", ["UnitGroupMember"] = "Thành viên nhóm",
        ["User"] = "Người dùng", ["Province"] = "Tỉnh", ["AdminUnit"] = "Đơn vị hành chính",
    };

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["Title"] = "Tên", ["Kind"] = "Loại", ["Year"] = "Năm", ["Status"] = "Trạng thái", ["NumberSymbol"] = "Số, ký hiệu",
        ["IssuerName"] = "Cơ quan ban hành", ["Place"] = "Địa danh", ["IssuedOnDate"] = "Ngày ban hành", ["Theme"] = "Chủ đề",
        ["Slogan"] = "Khẩu hiệu", ["Purposes"] = "Mục đích", ["Requirements"] = "Yêu cầu", ["Recipients"] = "Nơi nhận",
        ["SignerName"] = "Người ký", ["Label"] = "Số thứ tự", ["Content"] = "Nội dung", ["Location"] = "Địa điểm",
        ["ParticipantsText"] = "Thành phần", ["ExpectedParticipants"] = "Số người dự kiến", ["Notes"] = "Ghi chú",
        ["TimeText"] = "Thời gian", ["TimeStart"] = "Từ ngày", ["TimeEnd"] = "Đến ngày", ["TimeTentative"] = "Dự kiến",
        ["Role"] = "Vai trò", ["UnitId"] = "Đơn vị", ["GroupId"] = "Nhóm", ["WrittenName"] = "Tên trong văn bản",
        ["AcknowledgedAt"] = "Tiếp nhận lúc", ["FocalPerson"] = "Cán bộ đầu mối", ["UnitNote"] = "Ghi chú của đơn vị",
        ["Name"] = "Tên", ["ShortName"] = "Tên viết tắt", ["Aliases"] = "Tên gọi khác", ["ValidFrom"] = "Hiệu lực từ",
        ["ValidTo"] = "Hiệu lực đến", ["ContactPerson"] = "Người liên hệ", ["ContactPhone"] = "Điện thoại",
        ["ContactEmail"] = "Thư điện tử", ["RuleKind"] = "Quy tắc theo loại", ["UserName"] = "Tên đăng nhập",
        ["DisplayName"] = "Họ tên", ["Roles"] = "Vai trò", ["IsActive"] = "Đang hoạt động", ["PasswordHash"] = "Mật khẩu",
        ["FailedLogins"] = "Số lần đăng nhập sai", ["LockoutEnd"] = "Khóa đến", ["MustChangePassword"] = "Phải đổi mật khẩu",
        ["DueOn"] = "Hạn", ["Description"] = "Nội dung", ["OwedBy"] = "Đơn vị phải nộp", ["Text"] = "Văn bản",
        ["Id"] = "Mã", ["PlanId"] = "Kế hoạch", ["ActivityId"] = "Hoạt động", ["ParentId"] = "Trực thuộc",
    };

    public sealed record Change(string Field, string? Old, string? New);

    public static string EntityName(string type) => Entities.GetValueOrDefault(type, type);

    /// <summary>A field's Vietnamese name ("Title" → "Tên"), or null when it has none.</summary>
    public static string? FieldName(string field) => Fields.GetValueOrDefault(field);

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
