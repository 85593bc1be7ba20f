using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Lantoa.Web.Features.Commendations;

/// <summary>Commendation rounds: awards and quotas, nominations, review, the decision, certificates, cash, the ceremony, public verification.</summary>
public sealed class CommendationsModule : ILantoaModule
{
    public string Name => "Commendations";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<CommendationService>();
        services.AddScoped<RoundSetup>();
        services.AddSingleton<VerificationLimits>();
    }

    public void ConfigurePages(PageConventionCollection pages) => pages.AllowAnonymousToPage("/Commendations/Verify");

    public IEnumerable<MenuItem> Menu => [new("Khen thưởng", "/Commendations", 45, AccessPolicy.SeesCommendations, "commendations-link")];

    public IReadOnlyDictionary<string, string> AuditEntities => new Dictionary<string, string>
    {
        ["AwardForm"] = "Hình thức khen thưởng", ["BaseSalary"] = "Mức lương cơ sở", ["AwardCoefficient"] = "Hệ số tiền thưởng",
        ["CommendationRound"] = "Đợt khen thưởng", ["RoundAward"] = "Hình thức khen thưởng của đợt", ["RoundQuota"] = "Chỉ tiêu khen thưởng",
        ["Nomination"] = "Hồ sơ đề nghị khen thưởng", ["NominationFile"] = "Tệp hồ sơ đề nghị", ["CommendationDecision"] = "Quyết định khen thưởng",
    };

    public IReadOnlyDictionary<string, string> AuditFields => new Dictionary<string, string>
    {
        ["IssuingAuthority"] = "Cấp khen thưởng", ["Amount"] = "Số tiền",
        ["LegalSource"] = "Căn cứ", ["AwardFormId"] = "Hình thức khen thưởng", ["NomineeKind"] = "Loại đối tượng", ["Coefficient"] = "Hệ số",
        ["Deadline"] = "Hạn nộp hồ sơ", ["BoardUnitId"] = "Cơ quan thi đua - khen thưởng", ["EventReference"] = "Sự kiện trao thưởng",
        ["RoundId"] = "Đợt khen thưởng", ["PlannedCount"] = "Số lượng dự kiến", ["AwardId"] = "Hình thức khen thưởng của đợt",
        ["Count"] = "Chỉ tiêu", ["NomineeName"] = "Tên đối tượng", ["Position"] = "Chức vụ", ["NomineeUnit"] = "Đơn vị công tác",
        ["Achievements"] = "Thành tích", ["ReviewedByUserId"] = "Người thẩm định",
        ["ReviewedAt"] = "Thẩm định lúc", ["CouncilApprove"] = "Phiếu tán thành", ["CouncilReject"] = "Phiếu không tán thành",
        ["VerificationCode"] = "Mã xác minh", ["CallingOrder"] = "Thứ tự xướng danh", ["Attended"] = "Có mặt", ["Received"] = "Đã nhận",
        ["NominationId"] = "Hồ sơ đề nghị", ["NumberSymbol"] = "Số, ký hiệu", ["SignedOn"] = "Ngày ký", ["SignerTitle"] = "Chức vụ người ký",
        ["SignerName"] = "Người ký", ["RecordedAt"] = "Ghi nhận lúc",
    };

    public IEnumerable<DemoStep> DemoData =>
        [new(700, "đợt khen thưởng mẫu", (sp, ct) => ActivatorUtilities.CreateInstance<CommendationsDemoData>(sp).SeedAsync(ct))];
}
