using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features;

/// <summary>
/// Guard: every page handler (OnGet…, OnPost…) and every other endpoint the app maps is walked by some module's access
/// grid (<see cref="IAccessGrid"/>, found in this assembly), and every grid case still points at a handler. A new
/// handler without its row in a grid fails here.
/// </summary>
public class EndpointGuardTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private sealed record Target(string Key, IReadOnlyList<RoutePattern> Patterns, Func<string, string?, bool> Accepts);

    [Fact]
    public async Task Every_page_handler_and_endpoint_is_covered_by_an_access_grid()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var targets = await TargetsAsync(app);
        Assert.True(targets.Count > 60, $"the app maps its handlers ({targets.Count})");

        var grids = typeof(EndpointGuardTests).Assembly.GetTypes()
            .Where(t => typeof(IAccessGrid).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }).ToList();
        var covered = new HashSet<string>();
        var stale = new List<string>();
        foreach (var type in grids)
            foreach (var c in await ((IAccessGrid)Activator.CreateInstance(type)!).CasesAsync(app, ids))
            {
                var (path, handler) = Split(c.Url);
                var hit = targets.Where(t => t.Accepts(c.Method, handler))
                    .Select(t => (Target: t, Score: t.Patterns.Select(p => Score(p, path)).Max()))
                    .Where(x => x.Score >= 0).OrderByDescending(x => x.Score).FirstOrDefault();
                if (hit.Target is null) stale.Add($"{type.Name}: {c.Method} {c.Url} reaches no handler");
                else covered.Add(hit.Target.Key);
            }

        var uncovered = targets.Select(t => t.Key).Where(k => !covered.Contains(k)).Order().ToList();
        Assert.True(grids.Count >= 9, $"the module grids are found ({grids.Count})");
        Assert.True(stale.Count == 0, string.Join("\n", stale));
        Assert.True(uncovered.Count == 0, "handlers no access grid covers:\n" + string.Join("\n", uncovered));
    }

    /// <summary>Each page handler (page + verb + handler name) and each non-page endpoint (pattern + verbs).</summary>
    private static async Task<List<Target>> TargetsAsync(TestApp app)
    {
        var endpoints = app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var loader = app.Service<PageLoader>();
        var targets = new List<Target>();
        foreach (var page in endpoints.Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
                     .GroupBy(e => e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath))
        {
            var descriptor = await loader.LoadAsync(page.First().Metadata.GetMetadata<PageActionDescriptor>()!, page.First().Metadata);
            var patterns = page.Select(e => e.RoutePattern).ToList();
            foreach (var h in descriptor.HandlerMethods)
                targets.Add(new Target($"{page.Key} {h.HttpMethod} {h.Name ?? "(default)"}", patterns, (method, handler) =>
                    string.Equals(method, h.HttpMethod, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(handler ?? "", h.Name ?? "", StringComparison.OrdinalIgnoreCase)));
        }
        foreach (var e in endpoints.Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null))
        {
            var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            targets.Add(new Target($"{e.RoutePattern.RawText} {(methods is null ? "*" : string.Join(",", methods))}", [e.RoutePattern],
                (method, _) => methods is null || methods.Count == 0 || methods.Contains(method, StringComparer.OrdinalIgnoreCase)));
        }
        return targets;
    }

    private static (string Path, string? Handler) Split(string url)
    {
        var parts = url.Split('?', 2);
        var handler = parts.Length < 2 ? null : QueryHelpers(parts[1]);
        return (parts[0], handler);

        static string? QueryHelpers(string query) =>
            Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).TryGetValue("handler", out var h) ? h.ToString() : null;
    }

    /// <summary>How well a path matches a route pattern: -1 no match, otherwise the number of literal segments (more is more specific).</summary>
    private static int Score(RoutePattern pattern, string path)
    {
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var literals = 0;
        for (var i = 0; i < pattern.PathSegments.Count; i++)
        {
            var parts = pattern.PathSegments[i].Parts;
            if (parts.Count > 1) // a complex segment ("{documentName}.json"): a parameter with literals around it
            {
                if (i >= segments.Length) return -1;
                continue;
            }
            var part = parts[0];
            if (i >= segments.Length)
                return part is RoutePatternParameterPart { IsOptional: true } or RoutePatternParameterPart { IsCatchAll: true } ? literals : -1;
            switch (part)
            {
                case RoutePatternLiteralPart literal when string.Equals(literal.Content, Uri.UnescapeDataString(segments[i]), StringComparison.OrdinalIgnoreCase):
                    literals++;
                    break;
                case RoutePatternLiteralPart:
                    return -1;
                case RoutePatternParameterPart { IsCatchAll: true }:
                    return literals;
                case RoutePatternParameterPart parameter:
                    if (parameter.ParameterPolicies.Any(p => p.Content?.StartsWith("int", StringComparison.Ordinal) == true) && !int.TryParse(segments[i], out _))
                        return -1;
                    break;
            }
        }
        return segments.Length == pattern.PathSegments.Count ? literals : -1;
    }
}
