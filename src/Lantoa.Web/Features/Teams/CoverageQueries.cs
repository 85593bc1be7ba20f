using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Teams;

/// <summary>
/// The coverage page's sums, in PostgreSQL, from field_coverage — the sums per campaign, commune, day and category that
/// triggers on field_logs keep (migration 20261202_1533_field_coverage) — grouped two ways at once with GROUPING SETS:
/// per commune and category, per commune and day. A province's campaign is tens of thousands of logs but only a few
/// thousand kept sums (communes × days × categories), so the page's cost does not grow with the logs.
/// </summary>
public static class CoverageQueries
{
    /// <summary>A sum: <see cref="Category"/> is set for the (commune, category) set, <see cref="Date"/> for (commune, day).</summary>
    public sealed record Cell(string CommuneCode, string? Category, DateOnly? Date, long Households, long People);

    public static Task<List<Cell>> CellsAsync(LantoaDb db, int campaignId, CancellationToken ct) =>
        db.Database.SqlQuery<Cell>($"""
            SELECT commune_code AS "CommuneCode", category AS "Category", date AS "Date",
                   sum(households)::bigint AS "Households", sum(people)::bigint AS "People"
            FROM field_coverage
            WHERE campaign_id = {campaignId}
            GROUP BY GROUPING SETS ((commune_code, category), (commune_code, date))
            """).ToListAsync(ct);
}
