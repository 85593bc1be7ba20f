using Lantoa.Domain;
using Lantoa.Domain.Commendations;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Units;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Commendations;

/// <summary>
/// Opens a round on an activity of an issued plan: the awards the activity announces (<see cref="CommendationText"/>)
/// with their award forms (found or added), the group quotas it states ("mỗi huyện 01 …": each district), and the
/// obligation of every unit with a quota to nominate by the deadline — all in one transaction.
/// </summary>
public sealed class RoundSetup(LantoaDb db, UnitDirectory directory, CommendationService service)
{
    public async Task<CommendationRound> OpenAsync(int activityId, string? title, DateOnly deadline, int? boardUnitId, CancellationToken ct = default)
    {
        var activity = await db.Activities.AsNoTracking().Include(a => a.Plan).FirstOrDefaultAsync(a => a.Id == activityId, ct)
                       ?? throw new DomainException("Không tìm thấy hoạt động.");
        var plan = activity.Plan;
        if (!plan.IsIssued) throw new DomainException("Chỉ mở đợt khen thưởng trên kế hoạch đã ban hành.");
        if (plan.IsReadOnly) throw new DomainException("Kế hoạch đã kết thúc.");
        var units = await directory.ForProvinceAsync(plan.ProvinceId, ct);
        if (boardUnitId is { } b && !units.UnitsById.ContainsKey(b)) throw new DomainException("Đơn vị thẩm định không thuộc tỉnh.");
        var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Id == plan.ProvinceId, ct);
        var round = new CommendationRound(plan.ProvinceId, plan.Id, activity.Id,
            string.IsNullOrWhiteSpace(title) ? $"Khen thưởng: {activity.Title}" : title, deadline) { BoardUnitId = boardUnitId };

        return await db.InTransactionAsync(async () =>
        {
            var forms = await db.Set<AwardForm>().Where(f => f.ProvinceId == plan.ProvinceId).ToListAsync(ct);
            var quotas = new List<(RoundAward Award, int PerUnit, UnitKind Kind)>();
            foreach (var a in CommendationText.Read(activity.Content))
            {
                var form = forms.FirstOrDefault(f => f.Name == a.FormName);
                if (form is null)
                {
                    form = new AwardForm(plan.ProvinceId, a.FormName, IssuingAuthority(a.FormName, province.Name), a.FormTitle);
                    db.Set<AwardForm>().Add(form);
                    forms.Add(form);
                    await db.SaveChangesAsync(ct);
                }

                if (round.Awards.Any(x => x.AwardFormId == form.Id && x.NomineeKind == a.Kind)) continue;
                var award = round.AddAward(form.Id, a.Kind, a.Count, a.Description);
                if (a.PerUnit is { } per && KindOf(a.PerUnitWord) is { } kind) quotas.Add((award, per, kind));
            }

            db.Set<CommendationRound>().Add(round);
            await db.SaveChangesAsync(ct);
            foreach (var (award, per, kind) in quotas)
                if (units.Groups.Where(g => g.RuleKind == kind && g.RuleParentId is null).OrderBy(g => g.Members.Count).FirstOrDefault() is { } group)
                    round.SetQuota(award, null, group.Id, per);
            await db.SaveChangesAsync(ct);
            if (round.Quotas.Count > 0)
            {
                var obligation = service.AddObligation(round);
                await db.SaveChangesAsync(ct);
                round.ObligationId = obligation.Id;
                await db.SaveChangesAsync(ct);
            }

            return round;
        }, ct);
    }

    /// <summary>Who issues a form: "Bằng khen của Chủ tịch UBND tỉnh" → "Chủ tịch Ủy ban nhân dân tỉnh Long An".</summary>
    public static string IssuingAuthority(string formName, string provinceName)
    {
        var i = formName.IndexOf(" của ", StringComparison.OrdinalIgnoreCase);
        var who = i < 0 ? "Chủ tịch Ủy ban nhân dân tỉnh" : formName[(i + 5)..].Trim();
        who = who.Replace("UBND", "Ủy ban nhân dân", StringComparison.Ordinal);
        return who.EndsWith(" tỉnh", StringComparison.Ordinal) ? $"{who} {provinceName}" : who;
    }

    private static UnitKind? KindOf(string? word) => word switch
    {
        "huyện" => UnitKind.DistrictCommittee,
        "xã" => UnitKind.CommuneCommittee,
        "sở" or "ngành" => UnitKind.Department,
        _ => null,
    };
}
