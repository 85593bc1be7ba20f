using Lantoa.Web.Infrastructure.Modules;

namespace Lantoa.Web.Features.Plans;

/// <summary>Plans, their activities, the units that lead and coordinate them, and the assignments that follow.</summary>
public sealed class PlansModule : ILantoaModule
{
    public string Name => "Plans";

    public void AddServices(IServiceCollection services) => services.AddScoped<AssignmentService>();

    public IEnumerable<MenuItem> Menu => [new("Kế hoạch", "/Plans", 10, _ => true)];

    public IReadOnlyDictionary<string, string> AuditEntities => new Dictionary<string, string>
    {
        ["Plan"] = "Kế hoạch", ["Activity"] = "Hoạt động", ["ActivityParty"] = "Đơn vị chủ trì/phối hợp",
        ["Assignment"] = "Nhiệm vụ của đơn vị", ["PlanLegalBasis"] = "Căn cứ", ["PlanDeadline"] = "Hạn báo cáo",
        ["PlanResponsibility"] = "Trách nhiệm thực hiện", ["PlanUnitBudget"] = "Kinh phí theo đơn vị (văn bản nêu)",
    };

    public IReadOnlyDictionary<string, string> AuditFields => new Dictionary<string, string>
    {
        ["NumberSymbol"] = "Số, ký hiệu", ["IssuerName"] = "Cơ quan ban hành", ["Place"] = "Địa danh",
        ["IssuedOnDate"] = "Ngày ban hành", ["Theme"] = "Chủ đề", ["Slogan"] = "Khẩu hiệu", ["Purposes"] = "Mục đích",
        ["Requirements"] = "Yêu cầu", ["Recipients"] = "Nơi nhận", ["SignerName"] = "Người ký", ["Location"] = "Địa điểm",
        ["ParticipantsText"] = "Thành phần", ["ExpectedParticipants"] = "Số người dự kiến", ["TimeText"] = "Thời gian",
        ["TimeStart"] = "Từ ngày", ["TimeEnd"] = "Đến ngày", ["TimeTentative"] = "Dự kiến", ["AcknowledgedAt"] = "Tiếp nhận lúc",
        ["FocalPerson"] = "Cán bộ đầu mối", ["UnitNote"] = "Ghi chú của đơn vị", ["OwedBy"] = "Đơn vị phải nộp",
        ["IssuedOnPrecision"] = "Độ chính xác ngày ban hành", ["IssuingUnitId"] = "Đơn vị ban hành", ["BudgetNotes"] = "Ghi chú kinh phí",
        ["BudgetText"] = "Kinh phí (theo văn bản)", ["FormText"] = "Hình thức", ["ParticipantTable"] = "Bảng thành phần",
        ["SignerAuthority"] = "Thẩm quyền ký", ["SignerPrefix"] = "Hình thức ký (TM., KT.)", ["SignerTitle"] = "Chức vụ người ký",
        ["StatedBudget"] = "Kinh phí văn bản nêu", ["StatedBudgetTotal"] = "Tổng kinh phí văn bản nêu",
        ["TimeDeadlineOnly"] = "Chỉ có hạn hoàn thành", ["TimeDurationDays"] = "Số ngày", ["TimeEndPrecision"] = "Độ chính xác ngày kết thúc",
        ["TimeOngoing"] = "Thường xuyên", ["TimeRecurrence"] = "Lặp lại", ["TimeSession"] = "Buổi",
        ["TimeStartPrecision"] = "Độ chính xác ngày bắt đầu", ["TimeStartTime"] = "Giờ bắt đầu", ["ViaGroupId"] = "Qua nhóm",
        ["DocumentDate"] = "Ngày văn bản", ["DocumentType"] = "Loại văn bản", ["Issuer"] = "Cơ quan ban hành",
        ["Subject"] = "Trích yếu", ["Symbol"] = "Số, ký hiệu văn bản", ["Duties"] = "Nhiệm vụ",
        ["WrittenUnit"] = "Đơn vị trong văn bản", ["Amount"] = "Số tiền",
    };

    public IEnumerable<GeneratedTable> GeneratedTables =>
    [
        new("plans", "id, province_id, issuing_unit_id, issuer_name, number_symbol, place, issued_on_date, issued_on_precision, title, kind, year, " +
                     "theme, purposes, requirements, recipients, signer_authority, signer_prefix, signer_title, signer_name, status, search_key, created_at, updated_at"),
        new("plan_deadlines", "id, plan_id, due_on, description, owed_by"),
        new("activities", "id, plan_id, sort_order, label, title, content, kind, time_start, time_start_precision, time_end, time_end_precision, " +
                          "time_recurrence, time_text, location, expected_participants", Big: true),
        new("activity_parties", "id, activity_id, role, unit_id, group_id, written_name", Big: true),
        new("assignments", "id, plan_id, activity_id, unit_id, role, via_group_id, acknowledged_at, focal_person", Big: true),
    ];
}
