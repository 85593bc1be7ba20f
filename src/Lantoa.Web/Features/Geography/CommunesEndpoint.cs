using Lantoa.Domain.Geography;
using Lantoa.Domain.Text;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Geography;

/// <summary>
/// `GET /api/v1/provinces/{code}/communes?q=` → `[{code, name}]`: the communes (xã, phường, đặc khu) of a province as
/// they are today under the two-level local government (from 01/07/2025; on an earlier clock, as on that day), for the
/// citizens' sign-up form. `q` matches without diacritics or case ("tan an" finds "Phường Tân An"); names that are `q`
/// come first, then names that start with it, then the others, alphabetically; at most <see cref="Limit"/>. Anonymous
/// and cacheable (an hour): administrative units change by decree, not by the minute.
/// </summary>
public static class CommunesEndpoint
{
    public const string Route = "/api/v1/provinces/{code}/communes";
    public const int Limit = 20;
    public const int MaxQueryLength = 100;

    public sealed record Commune(string Code, string Name);

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, SearchAsync).AllowAnonymous().WithTags("Địa giới hành chính")
            .WithSummary("Tìm xã, phường hiện hành của một tỉnh (không phân biệt dấu)")
            .Produces<List<Commune>>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> SearchAsync(string code, string? q, HttpContext http, LantoaDb db, TimeProvider clock, CancellationToken ct)
    {
        if (q is { Length: > MaxQueryLength }) return ApiProblems.Validation("q", $"Từ khóa tối đa {MaxQueryLength} ký tự.");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        var day = today < AdminGeography.ReformDay ? AdminGeography.ReformDay : today;
        var units = AdminUnitQueries.ValidOn(db.AdminUnits.AsNoTracking(), day).Where(a => a.ProvinceCode == code);
        if (code.Length > 3 || !await units.AnyAsync(a => a.Level == AdminLevel.Province, ct))
            return ApiProblems.NotFound($"Không có tỉnh, thành phố mã \"{(code.Length > 10 ? code[..10] + "…" : code)}\" (mã hiện hành, sau ngày 01/07/2025).");

        var communes = await units.Where(a => a.Level == AdminLevel.Commune).Select(a => new { a.Code, a.Name, a.Type }).ToListAsync(ct);
        var folded = VietnameseText.Fold(q ?? "").Trim();
        folded = string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var found = communes
            .Select(c => (c.Code, c.Name, Key: VietnameseText.Fold(c.Name), Bare: VietnameseText.Fold(Bare(c.Name, c.Type))))
            .Where(c => folded.Length == 0 || c.Key.Contains(folded, StringComparison.Ordinal))
            .OrderBy(c => folded.Length == 0 ? 0 : c.Bare == folded ? 0 : c.Bare.StartsWith(folded, StringComparison.Ordinal) ? 1 : 2)
            .ThenBy(c => c.Name, VietnameseText.Comparer)
            .Take(Limit)
            .Select(c => new Commune(c.Code, c.Name))
            .ToList();
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Ok(found);
    }

    /// <summary>"Phường Tân An" → "Tân An".</summary>
    private static string Bare(string name, string type) =>
        name.StartsWith(type + " ", StringComparison.Ordinal) ? name[(type.Length + 1)..] : name;
}
