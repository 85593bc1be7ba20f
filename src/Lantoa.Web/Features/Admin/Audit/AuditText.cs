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
        ["User"] = "Người dùng", ["Login"] = "Tên đăng nhập không tồn tại", ["Request"] = "Yêu cầu", ["Province"] = "Tỉnh", ["AdminUnit"] = "Đơn vị hành chính",
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
        ["Address"] = "Địa chỉ nguồn", ["UserAgent"] = "Trình duyệt", ["File"] = "Tệp", ["Method"] = "Phương thức",
        ["Id"] = "Mã", ["PlanId"] = "Kế hoạch", ["ActivityId"] = "Hoạt động", ["ParentId"] = "Trực thuộc",
    };

    public sealed record Change(string Field, string? Old, string? New);

    public static string EntityName(string type) => Entities.GetValueOrDefault(type, type);

    /// <summary>Actions in the order the filter lists them, with their Vietnamese names.</summary>
    public static readonly IReadOnlyList<(string Action, string Name)> Actions =
    [
        ("Created", "Tạo"), ("Updated", "Sửa"), ("Deleted", "Xóa"),
        ("SignedIn", "Đăng nhập"), ("SignInFailed", "Đăng nhập sai"), ("SignedOut", "Đăng xuất"),
        ("PasswordCheckFailed", "Nhập sai mật khẩu hiện tại"), ("Refused", "Bị từ chối (không có quyền)"), ("Downloaded", "Tải tệp"),
        ("TwoFactorEnabled", "Bật xác thực hai bước"), ("TwoFactorDisabled", "Tắt xác thực hai bước"), ("TwoFactorFailed", "Nhập sai mã xác thực"),
    ];

    public static string Action(string action) =>
        Actions.FirstOrDefault(a => a.Action == action).Name ?? (action == "Updated" ? "Sửa" : action);

    /// <summary>An event (sign-in, refusal, download) rather than a change of a record: its details are values, not old → new.</summary>
    public static bool IsEvent(string action) => action is not ("Created" or "Updated" or "Deleted");

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
