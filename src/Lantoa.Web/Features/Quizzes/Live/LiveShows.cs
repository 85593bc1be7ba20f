namespace Lantoa.Web.Features.Quizzes.Live;

/// <summary>
/// The live "Rung chuông vàng" show, a part of the Quizzes module (registered from <see cref="QuizzesModule"/>): its
/// services, the SignalR hub at <see cref="HubPath"/>, and its demo step (a show on the demo quiz, in the lobby).
/// The host's pages are /Quizzes/Live (staff layout), the players' /rung-chuong-vang (public layout).
/// </summary>
public static class LiveShows
{
    public const string HubPath = "/rung-chuong-vang/hub";

    public static void AddServices(IServiceCollection services)
    {
        services.AddSignalR(); // idempotent: the cluster's Redis backplane is added to the same builder elsewhere
        services.AddScoped<LiveShowStore>();
        services.AddScoped<LiveViews>();
        services.AddSingleton<LivePlayerTokens>();
        services.AddScoped<LiveDemoData>();
    }

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapHub<LiveHub>(HubPath).AllowAnonymous();
}
