using Lantoa.Domain.Users;
using Lantoa.Web.Features.PublicSite;
using Lantoa.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Lantoa.Web.Features.Contests;

/// <summary>Submission contests (video clips, AI art): entries, the jury's blind scoring, the public vote, results.</summary>
public sealed class ContestsModule : ILantoaModule
{
    public string Name => "Contests";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<VoteStore>();
        services.AddScoped<ContestBallot>();
        services.AddScoped<ContestResults>();
        services.AddScoped<IPublicSection, ContestPublicSection>();
    }

    /// <summary>The public vote page reads the citizen cookie itself (CitizenPage); the staff pages need a staff login.</summary>
    public void ConfigurePages(PageConventionCollection pages) => pages.AllowAnonymousToPage("/Contests/Vote");

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => ContestsApi.Map(endpoints);

    public IEnumerable<MenuItem> Menu => [new("Cuộc thi", "/Contests", 47, a => a.ProvinceId is not null && AccessPolicy.SeesContests(a), "contests-link")];

    public IReadOnlyDictionary<string, string> AuditEntities => new Dictionary<string, string>
    {
        ["Contest"] = "Cuộc thi", ["ContestCategory"] = "Hạng mục dự thi", ["ContestCriterion"] = "Tiêu chí chấm",
        ["ContestEntry"] = "Bài dự thi", ["ContestJudge"] = "Giám khảo", ["JudgeScore"] = "Điểm chấm", ["ContestVote"] = "Phiếu bình chọn",
    };

    public IReadOnlyDictionary<string, string> AuditFields => new Dictionary<string, string>
    {
        ["ContestId"] = "Cuộc thi", ["CategoryId"] = "Hạng mục dự thi", ["EntryId"] = "Bài dự thi", ["JudgeId"] = "Giám khảo",
        ["CriterionId"] = "Tiêu chí chấm", ["Authors"] = "Tác giả", ["AuthorUnitId"] = "Đơn vị của tác giả", ["AuthorCommuneCode"] = "Xã, phường của tác giả",
        ["MediaUrl"] = "Đường dẫn video", ["RejectionReason"] = "Lý do không chấp nhận", ["Votes"] = "Số lượt bình chọn", ["Round"] = "Vòng thi",
        ["Score"] = "Điểm", ["Weight"] = "Trọng số", ["MaxScore"] = "Điểm tối đa", ["Quorum"] = "Số giám khảo tối thiểu mỗi bài",
        ["JuryWeight"] = "Tỷ trọng điểm giám khảo", ["SubmissionsOpenAt"] = "Bắt đầu nhận bài", ["SubmissionsCloseAt"] = "Hạn nhận bài",
        ["VotingOpensAt"] = "Bắt đầu bình chọn", ["VotingClosesAt"] = "Kết thúc bình chọn", ["ResultsPublishedAt"] = "Công bố kết quả lúc",
        ["VotersMustBeVerified"] = "Chỉ tài khoản đã xác minh được bình chọn", ["SetAsideReason"] = "Lý do loại điểm", ["CastAt"] = "Bình chọn lúc",
        ["ClientAddress"] = "Địa chỉ mạng", ["VoidedAt"] = "Hủy phiếu lúc", ["VoidReason"] = "Lý do hủy phiếu",
    };

    public IEnumerable<DemoStep> DemoData =>
        [new(750, "cuộc thi video clip mẫu", (sp, ct) => ActivatorUtilities.CreateInstance<ContestsDemoData>(sp).SeedAsync(ct))];
}
