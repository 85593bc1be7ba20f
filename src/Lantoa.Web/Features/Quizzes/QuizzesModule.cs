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
        services.AddScoped<QuizResults>();
        services.AddScoped<QuizzesDemoData>();
        services.AddScoped<IPublicSection, QuizPublicSection>();
        Live.LiveShows.AddServices(services); // the live "Rung chuông vàng" show (Live/)
        services.AddAuthorizationBuilder().AddPolicy(QuizzesApi.CitizenPolicy, p => p
            .AddAuthenticationSchemes(ApiAudiences.BearerScheme, CitizenAuth.Scheme)
            .RequireAuthenticatedUser().RequireClaim(ApiAudiences.AudienceClaim, ApiAudiences.Citizen));
    }

    /// <summary>The quiz page reads the citizen cookie itself (like the citizen pages).</summary>
    public void ConfigurePages(PageConventionCollection pages) => pages.AllowAnonymousToFolder("/Quizzes");

    public void MapEndpoints(IEndpointRouteBuilder endpoints) { QuizzesApi.Map(endpoints); Live.LiveShows.Map(endpoints); }

    public IEnumerable<DemoStep> DemoData =>
    [
        new(950, "cuộc thi trắc nghiệm Long An 2024", (sp, ct) => sp.GetRequiredService<QuizzesDemoData>().SeedAsync(ct)),
        new(955, "Rung chuông vàng Long An 2024", (sp, ct) => sp.GetRequiredService<Live.LiveDemoData>().SeedAsync(ct)),
    ];
}
