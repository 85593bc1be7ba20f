using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Infrastructure.Web;

/// <summary>One page of a list, with what the pager needs. Every list page pages through this one helper.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public static class Paging
{
    public const int DefaultPageSize = 25;

    public static async Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> query, int page, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 200);
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedList<T>(items, page, pageSize, total);
    }

    /// <summary>The current URL with another page number, keeping every other query value.</summary>
    public static string PageUrl(HttpRequest request, int page)
    {
        var query = request.Query.Where(q => q.Key != "p").SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"));
        return $"{request.Path}?{string.Join("&", query.Append($"p={page}"))}";
    }
}
