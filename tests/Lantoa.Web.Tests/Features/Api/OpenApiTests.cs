using System.Net;
using System.Text.RegularExpressions;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Lantoa.Web.Tests.Features.Api;

/// <summary>/openapi/v1.json is a valid OpenAPI document (Microsoft.OpenApi's reader, zero errors) that lists every
/// /api/v1 endpoint the app maps, each of which docs/api.md documents too.</summary>
public partial class OpenApiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_openapi_document_is_valid_and_lists_every_api_endpoint_which_docs_api_md_documents_too()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var response = await app.Plain().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();

        var settings = new OpenApiReaderSettings();
        var read = OpenApiDocument.Parse(json, "json", settings);
        Assert.NotNull(read.Document);
        Assert.True(read.Diagnostic is null || read.Diagnostic.Errors.Count == 0,
            "OpenAPI errors:\n" + string.Join("\n", read.Diagnostic!.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        var document = read.Document!;
        var validation = document.Validate(Microsoft.OpenApi.ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(validation.Count == 0, "OpenAPI validation:\n" + string.Join("\n", validation.Select(e => $"{e.Pointer}: {e.Message}")));

        Assert.Contains("API", document.Info.Title);
        Assert.True(ApiTestKit.IsVietnamese(document.Info.Title!) && ApiTestKit.IsVietnamese(document.Info.Description!));
        var bearer = document.Components!.SecuritySchemes!["Bearer"];
        Assert.Equal(SecuritySchemeType.Http, bearer.Type);
        Assert.Equal("bearer", bearer.Scheme);

        var docs = await File.ReadAllTextAsync(Path.Combine(TestApp.WebProjectDirectory(), "..", "..", "docs", "api.md"));
        var mapped = app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.OrdinalIgnoreCase) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => (Method: m, Path: Constraint().Replace(e.RoutePattern.RawText!.TrimEnd('/'), "{$1}"))))
            .ToList();
        Assert.Contains(mapped, m => m == ("POST", "/api/v1/auth/token"));
        Assert.Contains(mapped, m => m == ("GET", "/api/v1/provinces/{code}/communes"));
        var missing = new List<string>();
        foreach (var (method, path) in mapped)
        {
            var operations = document.Paths.TryGetValue(path, out var item) ? item.Operations : null;
            if (operations is null || !operations.Keys.Any(k => string.Equals(k.Method, method, StringComparison.OrdinalIgnoreCase)))
                missing.Add($"{method} {path}: not in /openapi/v1.json");
            if (!docs.Contains($"{method} {path}", StringComparison.Ordinal)) missing.Add($"{method} {path}: not in docs/api.md");
            // Every operation documents its ProblemDetails answers.
            if (operations?.FirstOrDefault(o => string.Equals(o.Key.Method, method, StringComparison.OrdinalIgnoreCase)).Value is { } op
                && !(op.Responses?.ContainsKey("400") ?? false))
                missing.Add($"{method} {path}: no 400 problem response");
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));

        // The token operations that need a token say so.
        var tokenOps = document.Paths["/api/v1/auth/token"].Operations!;
        Assert.NotEmpty(tokenOps.Single(o => o.Key.Method == "DELETE").Value.Security!);
        Assert.True(tokenOps.Single(o => o.Key.Method == "POST").Value.Security is null or { Count: 0 });
        Assert.True(tokenOps.Single(o => o.Key.Method == "POST").Value.Responses!.ContainsKey("429"));
    }

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex Constraint();
}
