using Lantoa.Domain.Users;
using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Features.PublicSite;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Lantoa.Web.Features.Quizzes;

/// <summary>
/// Online quiz contests (thi trắc nghiệm trực tuyến): a province's question bank, contests on an activity with rules,
/// rounds and prizes, server-timed attempts (the API under /api/v1 and the citizens' page /cuoc-thi/{id}), the ranking
/// of a closed round. The demo holds the Long An 2024 contest with a practice round.
/// </summary>
public sealed class QuizzesModule : ILantoaModule
{
    public string Name => "Quizzes";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<QuizStore>();
        services.AddScoped<QuizAttempts>();
        services.AddSingleton<AnswerWriter>(); // group commit of answer saves, one per app
        services.AddScoped<QuizResults>();
        services.AddScoped<QuizOrganiser>();
        services.AddScoped<QuizBankEditor>();
        services.AddScoped<QuizIntegrity>();
        services.AddScoped<QuizzesDemoData>();
        services.AddScoped<IPublicSection, QuizPublicSection>();
        Live.LiveShows.AddServices(services); // the live "Rung chuông vàng" show (Live/)
        services.AddAuthorizationBuilder().AddPolicy(QuizzesApi.CitizenPolicy, p => p
            .AddAuthenticationSchemes(ApiAudiences.BearerScheme, CitizenAuth.Scheme)
            .RequireAuthenticatedUser().RequireClaim(ApiAudiences.AudienceClaim, ApiAudiences.Citizen));
    }

    /// <summary>The quiz page reads the citizen cookie itself (like the citizen pages), and so do the live show's pages
    /// (Live/, as before); the organisers' pages (Manage/: /Quizzes, /Quizzes/Bank, /Quizzes/{id}/Rounds/{n}) are staff pages.</summary>
    public void ConfigurePages(PageConventionCollection pages)
    {
        pages.AllowAnonymousToPage("/Quizzes/Take");
        pages.AllowAnonymousToFolder("/Quizzes/Live");
    }

    public IEnumerable<MenuItem> Menu =>
        [
            new("Thi trắc nghiệm", "/Quizzes", 47, a => a.ProvinceId is { } p && AccessPolicy.CanManageQuizzes(a, p), "menu-quizzes"),
            new("Rung chuông vàng", "/Quizzes/Live", 48, a => a.ProvinceId is { } p && AccessPolicy.CanListLiveShows(a, p), "menu-live"),
        ];

    public void MapEndpoints(IEndpointRouteBuilder endpoints) { QuizzesApi.Map(endpoints); Live.LiveShows.Map(endpoints); }

    public IReadOnlyDictionary<string, string> AuditEntities => new Dictionary<string, string>
    {
        ["QuizAttempt"] = "Lượt thi trắc nghiệm", ["QuizQuestion"] = "Câu hỏi thi trắc nghiệm",
    };

    public IReadOnlyDictionary<string, string> AuditFields => new Dictionary<string, string>
    {
        ["DisqualifiedReason"] = "Lý do loại lượt thi", ["QuestionStatus"] = "Trạng thái câu hỏi", ["WrittenBy"] = "Người soạn",
        ["ReviewedBy"] = "Người thẩm định", ["ReviewNote"] = "Ý kiến thẩm định", ["QuestionsImported"] = "Số câu hỏi nhập",
    };

    /// <summary>The attempts' columns `data generate` and `bench quiz` write (Cli/QuizRoundRows.cs).</summary>
    public const string GeneratedAttemptColumns =
        "id, quiz_id, round_number, citizen_id, started_at, deadline, submitted_at, prediction, correct, total, duration_ms, disqualified_reason";

    /// <summary>A quiz per province with a closed round, a million attempts in the first (writers: Cli/DataGenerate.Quizzes.cs).</summary>
    public IEnumerable<GeneratedTable> GeneratedTables =>
    [
        new("quizzes", "id, province_id, activity_id, title, organiser, min_age, age_on, residence_province_code, requires_verified, requires_id_card, " +
                       "attempts_per_round, counting, question_count, time_limit_seconds, prediction_text, prizes, collective_prizes, published, created_at"),
        new("quiz_rounds", "quiz_id, number, opens_at, closes_at, practice"),
        new("quiz_attempts", GeneratedAttemptColumns, Big: true),
    ];

    public IEnumerable<DemoStep> DemoData =>
    [
        new(950, "cuộc thi trắc nghiệm Long An 2024", (sp, ct) => sp.GetRequiredService<QuizzesDemoData>().SeedAsync(ct)),
        new(955, "Rung chuông vàng Long An 2024", (sp, ct) => sp.GetRequiredService<Live.LiveDemoData>().SeedAsync(ct)),
    ];
}
