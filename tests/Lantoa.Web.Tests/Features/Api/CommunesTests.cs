using System.Net;
using Lantoa.Domain.Geography;
using Lantoa.Domain.Text;
using Lantoa.Web.Features.Geography;
using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Features.Api.ApiTestKit;

namespace Lantoa.Web.Tests.Features.Api;

/// <summary>GET /api/v1/provinces/{code}/communes?q=: today's communes, found without diacritics, limited, cacheable.</summary>
public class CommunesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly AdminGeography Geography = AdminGeography.Load(AdminUnitImporter.DefaultDirectory());

    private static async Task<List<(string Code, string Name)>> CommunesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var list = await JsonAsync(response);
        return list.EnumerateArray().Select(c => (c.GetProperty("code").GetString()!, c.GetProperty("name").GetString()!)).ToList();
    }

    [Fact]
    public async Task Tan_an_without_diacritics_finds_the_current_communes_of_the_province_and_nothing_of_before_the_reform()
    {
        await using var app = await TestApp.StartAsync(fixture, now: new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(7)));
        var http = app.Plain();
        var response = await http.GetAsync("/api/v1/provinces/80/communes?q=tan%20an", token: null);
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        var found = await CommunesAsync(response);
        Assert.Equal("Phường Tân An", found[0].Name); // the exact name first
        var current = Geography.UnitsOf("80").Where(u => u.Level == AdminLevel.Commune && u.IsValidOn(new DateOnly(2026, 12, 2)))
            .ToDictionary(u => u.Code, u => u.Name);
        Assert.All(found, c => Assert.Equal(current[c.Code], c.Name));
        Assert.All(found, c => Assert.Contains("tan an", VietnameseText.Fold(c.Name)));
        Assert.Equal(current.Values.Count(n => VietnameseText.Fold(n).Contains("tan an")), found.Count);

        // Case and spacing do not matter; diacritics typed are folded too.
        Assert.Equal(found, await CommunesAsync(await http.GetAsync("/api/v1/provinces/80/communes?q=%20TÂN%20%20AN", token: null)));

        // No commune that ended with the reform (valid until 30/06/2025) is offered.
        // (Codes are partly reused after the reform, so each answer must be a current unit by code and name.)
        var all = await CommunesAsync(await http.GetAsync("/api/v1/provinces/80/communes", token: null));
        Assert.Equal(CommunesEndpoint.Limit, all.Count);
        Assert.All(all, c => Assert.Equal(current[c.Code], c.Name));
        var ended = Geography.UnitsOf("80").Where(u => u.Level == AdminLevel.Commune && u.ValidTo is not null)
            .Select(u => u.Name).Except(current.Values).ToList();
        Assert.Contains("Phường 1", ended); // Tân An city's numbered wards ended with the reform
        Assert.Empty(await CommunesAsync(await http.GetAsync("/api/v1/provinces/80/communes?q=phuong%201", token: null)));
        Assert.Equal(all.Select(c => c.Name).Order(VietnameseText.Comparer), all.Select(c => c.Name));

        // Another province's communes never appear.
        var dongThap = await CommunesAsync(await http.GetAsync("/api/v1/provinces/82/communes?q=tan", token: null));
        Assert.NotEmpty(dongThap);
        Assert.All(dongThap, c => Assert.False(current.ContainsKey(c.Code)));
    }

    [Fact]
    public async Task An_unknown_or_former_province_is_a_404_problem_and_a_long_query_a_422()
    {
        await using var app = await TestApp.StartAsync(fixture); // the tests' clock is 2024: the communes are still those after the reform
        var http = app.Plain();
        var found = await CommunesAsync(await http.GetAsync("/api/v1/provinces/80/communes?q=tan%20an", token: null));
        Assert.Equal("Phường Tân An", found[0].Name);
        await ProblemAsync(await http.GetAsync("/api/v1/provinces/72/communes", token: null), HttpStatusCode.NotFound); // Tây Ninh before 1/7/2025
        await ProblemAsync(await http.GetAsync("/api/v1/provinces/99/communes", token: null), HttpStatusCode.NotFound);
        var longQuery = await ProblemAsync(await http.GetAsync("/api/v1/provinces/80/communes?q=" + new string('a', 101), token: null),
            HttpStatusCode.UnprocessableEntity);
        Assert.True(Errors(longQuery).ContainsKey("q"));
        Assert.Empty(await CommunesAsync(await http.GetAsync("/api/v1/provinces/80/communes?q=khong%20co%20xa%20nay", token: null)));
    }
}
