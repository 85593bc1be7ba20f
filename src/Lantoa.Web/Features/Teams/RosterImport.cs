using Lantoa.Domain.Geography;
using Lantoa.Domain.Teams;
using Lantoa.Domain.Text;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Teams;

/// <summary>
/// A roster import into one province, all or nothing (<see cref="RosterCheck.CanImport"/>): the rows are checked against
/// the province's communes valid on the roster's day and the phones already on its rosters, and only a file without a
/// bad row is written — teams found by commune, name and village (or made), members added — in one transaction. The
/// check runs again inside that transaction under a per-province advisory lock, so two imports at once never both add a
/// phone. Communes of another province are "not in the province": a file never lands elsewhere.
/// </summary>
public sealed class RosterImport(LantoaDb db, TimeProvider clock)
{
    public sealed record Result(RosterCheck Check, int TeamsCreated, int Members);

    public async Task<RosterCheck> CheckAsync(int provinceId, IReadOnlyList<RosterRow> rows, DateOnly day, CancellationToken ct)
    {
        var code = await db.Provinces.Where(p => p.Id == provinceId).Select(p => p.Code).SingleAsync(ct);
        var units = await db.AdminUnits.AsNoTracking().Where(a => a.Level == AdminLevel.Commune && a.ProvinceCode == code)
            .Select(a => new { a.Code, a.Type, a.Name, a.ValidFrom, a.ValidTo }).ToListAsync(ct);
        var communes = units.GroupBy(a => a.Code).ToDictionary(g => g.Key, g =>
        {
            var latest = g.OrderBy(a => a.ValidTo ?? DateOnly.MaxValue).Last();
            var valid = g.Any(a => (a.ValidFrom is null || a.ValidFrom <= day) && (a.ValidTo is null || day <= a.ValidTo));
            return (valid, latest.Name.StartsWith(latest.Type, StringComparison.Ordinal) ? latest.Name : $"{latest.Type} {latest.Name}".Trim());
        });
        var phones = (await (from m in db.Set<TeamMember>()
                             join t in db.Set<Team>() on m.TeamId equals t.Id
                             where t.ProvinceId == provinceId
                             select m.Phone).ToListAsync(ct)).ToHashSet();
        return RosterRules.Check(rows, communes, phones, day);
    }

    public Task<Result> ImportAsync(int provinceId, IReadOnlyList<RosterRow> rows, DateOnly day, CancellationToken ct) =>
        db.InTransactionAsync(async () =>
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(16, {provinceId})", ct);
            var check = await CheckAsync(provinceId, rows, day, ct);
            if (!check.CanImport) return new Result(check, 0, 0);

            var now = clock.GetUtcNow();
            var existing = (await db.Set<Team>().Where(t => t.ProvinceId == provinceId).ToListAsync(ct))
                .GroupBy(t => Key(t.CommuneCode, t.Name, t.Village)).ToDictionary(g => g.Key, g => g.First());
            var created = 0;
            var teamOf = new Dictionary<RosterEntry, Team>();
            foreach (var e in check.Entries)
            {
                var key = Key(e.CommuneCode, e.TeamName, e.Village);
                if (!existing.TryGetValue(key, out var team))
                {
                    team = new Team(provinceId, e.CommuneCode, e.TeamName, RosterTable.KindOf(e.TeamName), e.Village, now);
                    db.Add(team);
                    existing[key] = team;
                    created++;
                }
                teamOf[e] = team;
            }
            await db.SaveChangesAsync(ct);
            foreach (var e in check.Entries)
                db.Add(new TeamMember(teamOf[e].Id, e.FullName, e.Role, e.Organisation, e.Phone));
            await db.SaveChangesAsync(ct);
            return new Result(check, created, check.Entries.Count);
        }, ct);

    private static string Key(string commune, string name, string? village) =>
        $"{commune}|{VietnameseText.FoldKey(name)}|{VietnameseText.FoldKey(village ?? "")}";
}
