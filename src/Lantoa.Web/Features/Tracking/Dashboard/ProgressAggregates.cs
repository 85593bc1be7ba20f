using Npgsql;

namespace Lantoa.Web.Features.Tracking.Dashboard;

/// <summary>
/// The progress counters the database keeps (progress_by_activity, progress_by_unit, progress_by_unit_year; triggers of
/// migration 20261202_0700_progress_aggregates) checked against the computation from scratch: every assignment of an
/// issued plan counted once, reported when one of its reports is submitted or approved, done when one of those says
/// "Hoàn thành". The benchmark checks it before measuring; the tests after random submissions, returns and approvals.
/// </summary>
public static class ProgressAggregates
{
    /// <summary>Per assignment of an issued plan: its activity, unit, unit kind, plan, province, year and flags.</summary>
    private const string FromScratch = """
        SELECT a.activity_id, a.unit_id, u.kind AS unit_kind, p.id AS plan_id, p.province_id, p.year,
               EXISTS (SELECT 1 FROM progress_reports r WHERE r.assignment_id = a.id AND r.state IN ('Submitted', 'Approved'))::int AS reported,
               EXISTS (SELECT 1 FROM progress_reports r WHERE r.assignment_id = a.id AND r.state IN ('Submitted', 'Approved') AND r.status = 'Done')::int AS done
        FROM assignments a JOIN plans p ON p.id = a.plan_id JOIN units u ON u.id = a.unit_id
        WHERE p.status <> 'Draft'
        """;

    /// <summary>For each table, the rows where the kept counters and the recomputation differ (both directions; rows
    /// kept at zero count as absent), as "table: key → kept / recomputed" lines, at most <paramref name="limit"/>.</summary>
    public static async Task<IReadOnlyList<string>> MismatchesAsync(NpgsqlConnection conn, int limit = 20, CancellationToken ct = default)
    {
        var sql = $"""
            WITH s AS MATERIALIZED ({FromScratch}),
            fresh_activity AS (SELECT activity_id::text || '/' || unit_kind AS k, province_id || '/' || plan_id || '/' || year || ': ' || count(*) || '/' || sum(reported) || '/' || sum(done) AS v
                               FROM s GROUP BY activity_id, unit_kind, province_id, plan_id, year),
            kept_activity AS (SELECT activity_id::text || '/' || unit_kind AS k, province_id || '/' || plan_id || '/' || year || ': ' || assignments || '/' || reported || '/' || done AS v
                              FROM progress_by_activity WHERE assignments <> 0 OR reported <> 0 OR done <> 0),
            fresh_unit AS (SELECT unit_id || '/' || plan_id AS k, province_id || '/' || year || ': ' || count(*) || '/' || sum(reported) || '/' || sum(done) AS v
                           FROM s GROUP BY unit_id, plan_id, province_id, year),
            kept_unit AS (SELECT unit_id || '/' || plan_id AS k, province_id || '/' || year || ': ' || assignments || '/' || reported || '/' || done AS v
                          FROM progress_by_unit WHERE assignments <> 0 OR reported <> 0 OR done <> 0),
            fresh_year AS (SELECT unit_id || '/' || year AS k, province_id || ': ' || count(*) || '/' || sum(reported) || '/' || sum(done) AS v
                           FROM s GROUP BY unit_id, year, province_id),
            kept_year AS (SELECT unit_id || '/' || year AS k, province_id || ': ' || assignments || '/' || reported || '/' || done AS v
                          FROM progress_by_unit_year WHERE assignments <> 0 OR reported <> 0 OR done <> 0)
            SELECT t || ': ' || coalesce(k1, k2) || ' → ' || coalesce(v1, '—') || ' / ' || coalesce(v2, '—') FROM (
                SELECT 'progress_by_activity' t, x.k k1, y.k k2, x.v v1, y.v v2 FROM kept_activity x FULL JOIN fresh_activity y ON y.k = x.k WHERE x.v IS DISTINCT FROM y.v
                UNION ALL
                SELECT 'progress_by_unit', x.k, y.k, x.v, y.v FROM kept_unit x FULL JOIN fresh_unit y ON y.k = x.k WHERE x.v IS DISTINCT FROM y.v
                UNION ALL
                SELECT 'progress_by_unit_year', x.k, y.k, x.v, y.v FROM kept_year x FULL JOIN fresh_year y ON y.k = x.k WHERE x.v IS DISTINCT FROM y.v
            ) d ORDER BY 1 LIMIT {limit}
            """;
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var result = new List<string>();
        while (await reader.ReadAsync(ct)) result.Add(reader.GetString(0));
        return result;
    }
}
