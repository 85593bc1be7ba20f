using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication;

namespace Lantoa.Web.Infrastructure.Api;

/// <summary>
/// The `/api/v1` conventions, wired by the composition root (LantoaWeb): JSON with System.Text.Json (camelCase, dates
/// "YYYY-MM-DD", numbers strictly numbers, enums by name), model-binding failures thrown so that <see cref="ApiPipeline"/> answers them
/// in Vietnamese, the bearer scheme and the two audience policies, the token endpoints and the OpenAPI document.
/// </summary>
public static class ApiSetup
{
    /// <summary>Policy of endpoints any valid bearer token may call (the token's own endpoints).</summary>
    public const string AnyTokenPolicy = "api-any";

    public static void AddLantoaApi(this IServiceCollection services, ApiSettings settings)
    {
        services.AddSingleton(settings);
        services.AddScoped<ApiTokens>();
        services.AddSingleton<TokenCache>();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()); // enums by name ("Coordinator"), not by number
        });
        // A body or parameter that does not bind throws BadHttpRequestException (instead of a bare 400), for ApiPipeline.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(ApiAudiences.BearerScheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiAudiences.StaffPolicy, p => p.AddAuthenticationSchemes(ApiAudiences.BearerScheme)
                .RequireAuthenticatedUser().RequireClaim(ApiAudiences.AudienceClaim, ApiAudiences.Staff))
            .AddPolicy(ApiAudiences.CitizenPolicy, p => p.AddAuthenticationSchemes(ApiAudiences.BearerScheme)
                .RequireAuthenticatedUser().RequireClaim(ApiAudiences.AudienceClaim, ApiAudiences.Citizen))
            .AddPolicy(AnyTokenPolicy, p => p.AddAuthenticationSchemes(ApiAudiences.BearerScheme)
                .RequireAuthenticatedUser().RequireClaim(ApiAudiences.AudienceClaim, ApiAudiences.Staff, ApiAudiences.Citizen));
        ApiOpenApi.Add(services);
    }

    /// <summary>The scheme a request authenticates with by default: bearer under /api (a cookie opens no API call — no
    /// cross-site request can act with the user's cookie), the login cookie elsewhere (a token opens no page).</summary>
    public static string? ForwardedScheme(HttpContext context) => ApiPipeline.IsApi(context.Request.Path) ? ApiAudiences.BearerScheme : null;

    public static void MapLantoaApi(this IEndpointRouteBuilder endpoints)
    {
        TokenEndpoints.Map(endpoints);
        ApiOpenApi.Map(endpoints);
    }
}
