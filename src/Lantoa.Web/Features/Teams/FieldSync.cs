using System.Text.Json;
using Lantoa.Domain.Teams;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lantoa.Web.Features.Teams;

/// <summary>What a member's campaigns look like to the device.</summary>
public sealed record MemberCampaign(int Id, string Title, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<CategoryDto> Categories, IReadOnlyList<CommuneDto> Communes);
public sealed record CategoryDto(string Key, string Name);
public sealed record CommuneDto(string Code, string Name);

/// <summary>The answer for one record of a batch: created, duplicate (its client id was stored before) or rejected with errors by field.</summary>
public sealed record SyncResult(string ClientId, string Status, IDictionary<string, string[]>? Errors = null);

/// <summary>
/// The member's side of field work: their teams (roster rows linked to the login), the campaigns that take in their
/// teams' communes, and the batch sync of logs. A batch is checked record by record; the good ones are written in one
/// statement with <c>ON CONFLICT (client_id) DO NOTHING</c>, so the same batch sent twice — even at the same instant —
/// stores each record once and the second answer says "duplicate".
/// </summary>
public sealed class FieldSync(LantoaDb db, TimeProvider clock)
{
    public const int MaxBatch = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record MemberTeams(int ProvinceId, IReadOnlyDictionary<string, int> TeamByCommune);

    /// <summary>The member's teams in their province (commune → team), or null when the login is on no roster.</summary>
    public async Task<MemberTeams?> TeamsOfAsync(Actor actor, CancellationToken ct)
    {
        if (actor.ProvinceId is not { } province || !AccessPolicy.CanLogFieldWork(actor, province)) return null;
        var teams = await (from m in db.Set<TeamMember>()
                           join t in db.Set<Team>() on m.TeamId equals t.Id
                           where m.UserId == actor.UserId && t.ProvinceId == province
                           select new { t.Id, t.CommuneCode }).ToListAsync(ct);
        if (teams.Count == 0) return null;
        return new MemberTeams(province, teams.GroupBy(t => t.CommuneCode).ToDictionary(g => g.Key, g => g.Min(t => t.Id)));
    }

    public async Task<IReadOnlyList<MemberCampaign>> CampaignsAsync(MemberTeams teams, CancellationToken ct)
    {
        var codes = teams.TeamByCommune.Keys.ToList();
        var campaigns = await db.Set<FieldCampaign>().AsNoTracking()
            .Where(c => c.ProvinceId == teams.ProvinceId
                        && db.Set<CampaignCommune>().Any(cc => cc.CampaignId == c.Id && codes.Contains(cc.CommuneCode)))
            .OrderByDescending(c => c.StartsOn).ToListAsync(ct);
        var ids = campaigns.Select(c => c.Id).ToList();
        var communes = await db.Set<CampaignCommune>().AsNoTracking()
            .Where(cc => ids.Contains(cc.CampaignId) && codes.Contains(cc.CommuneCode))
            .Select(cc => new { cc.CampaignId, cc.CommuneCode }).ToListAsync(ct);
        var names = await CommuneNamesAsync(codes, ct);
        return campaigns.Select(c => new MemberCampaign(c.Id, c.Title, c.StartsOn, c.EndsOn,
            c.Categories.Select(k => new CategoryDto(k.Key, k.Name)).ToList(),
            communes.Where(x => x.CampaignId == c.Id).OrderBy(x => x.CommuneCode)
                .Select(x => new CommuneDto(x.CommuneCode, names.GetValueOrDefault(x.CommuneCode, x.CommuneCode))).ToList())).ToList();
    }

    public async Task<Dictionary<string, string>> CommuneNamesAsync(IReadOnlyCollection<string> codes, CancellationToken ct) =>
        (await db.AdminUnits.AsNoTracking().Where(a => a.Level == Lantoa.Domain.Geography.AdminLevel.Commune && codes.Contains(a.Code))
            .Select(a => new { a.Code, a.Type, a.Name, a.ValidTo }).ToListAsync(ct))
        .GroupBy(a => a.Code).ToDictionary(g => g.Key, g => g.OrderBy(a => a.ValidTo is null).First() is var a ? $"{a.Type} {a.Name}".Trim() : g.Key);

    public async Task<IReadOnlyList<SyncResult>> SyncAsync(Actor actor, MemberTeams teams, IReadOnlyList<FieldLogInput> batch, CancellationToken ct)
    {
        var campaignIds = batch.Select(b => b.CampaignId).Distinct().ToList();
        var campaigns = await db.Set<FieldCampaign>().AsNoTracking()
            .Where(c => campaignIds.Contains(c.Id) && c.ProvinceId == teams.ProvinceId).ToDictionaryAsync(c => c.Id, ct);
        var communes = (await db.Set<CampaignCommune>().AsNoTracking().Where(cc => campaignIds.Contains(cc.CampaignId))
                .Select(cc => new { cc.CampaignId, cc.CommuneCode, cc.Households }).ToListAsync(ct))
            .GroupBy(x => x.CampaignId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int>)g.ToDictionary(x => x.CommuneCode, x => x.Households));
        var teamCommunes = teams.TeamByCommune.Keys.ToHashSet();

        var results = new SyncResult?[batch.Count];
        var rows = new List<(int Index, FieldLog Log)>();
        var inBatch = new HashSet<Guid>();
        var now = clock.GetUtcNow();
        for (var i = 0; i < batch.Count; i++)
        {
            var input = batch[i];
            var context = campaigns.TryGetValue(input.CampaignId, out var c)
                ? new FieldLogContext(c, communes.GetValueOrDefault(c.Id) ?? new Dictionary<string, int>(), teamCommunes) : null;
            var errors = FieldLogRules.Check(input, context, out var clientId);
            if (errors.Count > 0) { results[i] = new SyncResult(input.ClientId ?? "", "rejected", errors); continue; }
            if (!inBatch.Add(clientId)) { results[i] = new SyncResult(input.ClientId!, "duplicate"); continue; }
            var code = input.CommuneCode!.Trim();
            rows.Add((i, new FieldLog(clientId, input.CampaignId, teams.TeamByCommune[code], actor.UserId, code,
                Clean(input.Village), input.Category!, input.Date!.Value, input.Households, input.People,
                input.Figures is { Count: > 0 } f ? JsonSerializer.Serialize(f, Json) : null, Clean(input.Note), now)));
        }

        var created = rows.Count == 0 ? [] : await InsertAsync(rows.Select(r => r.Log).ToList(), ct);
        foreach (var (index, log) in rows)
            results[index] = new SyncResult(batch[index].ClientId!, created.Contains(log.ClientId) ? "created" : "duplicate");
        return results!;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : Lantoa.Domain.Text.VietnameseText.Normalize(s.Trim());

    /// <summary>One INSERT … SELECT FROM unnest(…) ON CONFLICT (client_id) DO NOTHING; returns the client ids actually stored.</summary>
    private async Task<HashSet<Guid>> InsertAsync(IReadOnlyList<FieldLog> logs, CancellationToken ct)
    {
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = conn.State != System.Data.ConnectionState.Open;
        if (opened) await conn.OpenAsync(ct);
        try
        {
            await using var cmd = new NpgsqlCommand("""
                INSERT INTO field_logs (client_id, campaign_id, team_id, user_id, commune_code, village, category, date, households, people, figures_json, note, recorded_at)
                SELECT c, ca, t, u, cc, v, cat, d, h, p, f::jsonb, n, @at
                FROM unnest(@c, @ca, @t, @u, @cc, @v, @cat, @d, @h, @p, @f, @n) AS x(c, ca, t, u, cc, v, cat, d, h, p, f, n)
                ON CONFLICT (client_id) DO NOTHING
                RETURNING client_id
                """, conn);
            cmd.Parameters.Add(new NpgsqlParameter<Guid[]>("c", logs.Select(l => l.ClientId).ToArray()));
            cmd.Parameters.Add(new NpgsqlParameter<int[]>("ca", logs.Select(l => l.CampaignId).ToArray()));
            cmd.Parameters.Add(new NpgsqlParameter<int[]>("t", logs.Select(l => l.TeamId).ToArray()));
            cmd.Parameters.Add(new NpgsqlParameter<int[]>("u", logs.Select(l => l.UserId).ToArray()));
            cmd.Parameters.Add(new NpgsqlParameter<string[]>("cc", logs.Select(l => l.CommuneCode).ToArray()));
            cmd.Parameters.Add(new NpgsqlParameter<string?[]>("v", logs.Select(l => l.Village).ToArray()));
            cmd.Parameters.Add(new NpgsqlParameter<string[]>("cat", logs.Select(l => l.Category).ToArray()));
            cmd.Parameters.Add(new NpgsqlParameter<DateOnly[]>("d", logs.Select(l => l.Date).ToArray()));
            cmd.Parameters.Add(new NpgsqlParameter<int[]>("h", logs.Select(l => l.Households).ToArray()));
            cmd.Parameters.Add(new NpgsqlParameter<int[]>("p", logs.Select(l => l.People).ToArray()));
            cmd.Parameters.Add(new NpgsqlParameter<string?[]>("f", logs.Select(l => l.FiguresJson).ToArray()));
            cmd.Parameters.Add(new NpgsqlParameter<string?[]>("n", logs.Select(l => l.Note).ToArray()));
            cmd.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("at", logs[0].RecordedAt));
            var stored = new HashSet<Guid>();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) stored.Add(reader.GetGuid(0));
            return stored;
        }
        finally
        {
            if (opened) await conn.CloseAsync();
        }
    }
}
