using Lantoa.Domain;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Commendations;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Text;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Units;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Budgets;
using Lantoa.Web.Features.Tracking;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Commendations;

/// <summary>A round with what pages need: its award forms, its plan's title, the province's units, the actor's rights.</summary>
public sealed record RoundContext(CommendationRound Round, IReadOnlyDictionary<int, AwardForm> Forms, string PlanTitle, string? PlanNumber,
    string ActivityTitle, string ProvinceName, ProvinceUnits Units, bool CanManage, bool CanReview, bool CanRead)
{
    public string AwardName(RoundAward a) => Forms.TryGetValue(a.AwardFormId, out var f) ? f.Name : "";
    public string UnitName(int unitId) => Units.NameOf(unitId, null);
}

/// <summary>The cash of one award of a round: per award on the cash day, planned and accepted totals.</summary>
public sealed record AwardCashLine(RoundAward Award, string AwardName, AwardCash? Cash, string? Problem, int Accepted, Money? PlannedTotal, Money? AcceptedTotal);

/// <summary>
/// The rules of rounds that need the database: loading a round with its access, nominating within quota under a lock,
/// the cash on the decision's date and its comparison with the plan's estimate, the tables of rates.
/// </summary>
public sealed class CommendationService(LantoaDb db, UnitDirectory directory, TrackingService tracking, EstimateService estimates, TimeProvider clock)
{
    public DateOnly Today => tracking.Today;

    public IQueryable<CommendationRound> Rounds => db.Set<CommendationRound>();
    public IQueryable<Nomination> Nominations => db.Set<Nomination>();
    public IQueryable<AwardForm> Forms => db.Set<AwardForm>();
    public IQueryable<BaseSalary> Salaries(int provinceId) => db.Set<BaseSalary>().AsNoTracking().Where(s => s.ProvinceId == provinceId);
    public IQueryable<AwardCoefficient> Coefficients(int provinceId) => db.Set<AwardCoefficient>().AsNoTracking().Where(c => c.ProvinceId == provinceId);

    /// <summary>The round, or null when it does not exist or belongs to a province the actor may not read (404 either way).</summary>
    public async Task<RoundContext?> LoadAsync(int roundId, Actor actor, bool track = false, CancellationToken ct = default)
    {
        var query = db.Set<CommendationRound>().Include(r => r.Awards).Include(r => r.Quotas).AsSplitQuery();
        var round = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null || !AccessPolicy.CanReadProvince(actor, round.ProvinceId)) return null;
        var formIds = round.Awards.Select(a => a.AwardFormId).ToList();
        var forms = await db.Set<AwardForm>().AsNoTracking().Where(f => formIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == round.PlanId).Select(p => new { p.Title, p.NumberSymbol }).FirstAsync(ct);
        var activity = await db.Activities.AsNoTracking().Where(a => a.Id == round.ActivityId).Select(a => a.Label + ". " + a.Title).FirstAsync(ct);
        var units = await directory.ForProvinceAsync(round.ProvinceId, ct);
        var province = await db.Provinces.AsNoTracking().Where(p => p.Id == round.ProvinceId).Select(p => p.Name).FirstAsync(ct);
        return new RoundContext(round, forms, plan.Title, plan.NumberSymbol, activity, province, units,
            AccessPolicy.CanManageCommendations(actor, round.ProvinceId),
            AccessPolicy.CanReviewNominations(actor, round.ProvinceId, round.BoardUnitId),
            AccessPolicy.CanReadRound(actor, round.ProvinceId, round.BoardUnitId));
    }

    /// <summary>The quota of each award of the round for one unit, and how many places it has used.</summary>
    public async Task<IReadOnlyList<(RoundAward Award, int Quota, int Used)>> QuotasOfAsync(RoundContext ctx, Unit unit, CancellationToken ct = default)
    {
        var used = await db.Set<Nomination>().Where(n => n.RoundId == ctx.Round.Id && n.UnitId == unit.Id && n.Status != NominationStatus.Rejected)
            .GroupBy(n => n.AwardId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return ctx.Round.Awards.Select(a => (a, ctx.Round.QuotaOf(a, unit, ctx.Units.Units, ctx.Units.Groups), used.GetValueOrDefault(a.Id))).ToList();
    }

    /// <summary>
    /// A unit's nomination, within its quota: in one transaction that first locks the round's row, so two officers
    /// nominating at once are counted one after the other and the quota is never exceeded. The first nomination of the
    /// unit also records the round's obligation as delivered. <paramref name="files"/> are stored before (by the caller)
    /// and deleted by the caller if this throws.
    /// </summary>
    public async Task<Nomination> NominateAsync(RoundContext ctx, int awardId, Unit unit, Func<Nomination> make, CancellationToken ct = default)
    {
        var round = ctx.Round;
        if (!round.IsOpenOn(Today))
            throw new DomainException($"Đã hết hạn đề nghị khen thưởng (hạn cuối {round.Deadline:dd/MM/yyyy}); không nhận thêm hồ sơ.");
        var award = round.Awards.FirstOrDefault(a => a.Id == awardId) ?? throw new DomainException("Chọn hình thức khen thưởng của đợt này.");
        return await db.InTransactionAsync(async () =>
        {
            await db.LockAsync<CommendationRound>(round.Id, ct);
            var used = await db.Set<Nomination>().CountAsync(n => n.RoundId == round.Id && n.UnitId == unit.Id && n.AwardId == award.Id && n.Status != NominationStatus.Rejected, ct);
            CommendationRound.CheckQuota(round.QuotaOf(award, unit, ctx.Units.Units, ctx.Units.Groups), used, award, ctx.AwardName(award));
            var nomination = make();
            db.Set<Nomination>().Add(nomination);
            if (round.ObligationId is { } obligation)
                await tracking.RecordDeliveredAsync(obligation, unit.Id, nomination.SubmittedByUserId, "Hồ sơ đề nghị khen thưởng", ct);
            await db.SaveChangesAsync(ct);
            return nomination;
        }, ct);
    }

    public async Task<CommendationDecision?> DecisionAsync(int roundId, CancellationToken ct = default) =>
        await db.Set<CommendationDecision>().FirstOrDefaultAsync(d => d.RoundId == roundId, ct);

    /// <summary>The day cash is computed on: the decision's date once signed, else the round's deadline (the earliest it can be signed).</summary>
    public static DateOnly CashDay(CommendationRound round, CommendationDecision? decision) => decision?.SignedOn ?? round.Deadline;

    /// <summary>The cash of each award of the round on <paramref name="day"/>, with planned and accepted totals.</summary>
    public async Task<IReadOnlyList<AwardCashLine>> CashAsync(RoundContext ctx, DateOnly day, CancellationToken ct = default)
    {
        var round = ctx.Round;
        var salaries = await db.Set<BaseSalary>().AsNoTracking().Where(s => s.ProvinceId == round.ProvinceId).ToListAsync(ct);
        var coefficients = await db.Set<AwardCoefficient>().AsNoTracking().Where(c => c.ProvinceId == round.ProvinceId).ToListAsync(ct);
        var accepted = await db.Set<Nomination>().Where(n => n.RoundId == round.Id && n.Status == NominationStatus.Accepted)
            .GroupBy(n => n.AwardId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var lines = new List<AwardCashLine>();
        foreach (var a in round.Awards.OrderBy(a => a.NomineeKind).ThenBy(a => a.Id))
        {
            var count = accepted.GetValueOrDefault(a.Id);
            try
            {
                var cash = AwardCash.On(day, a.AwardFormId, a.NomineeKind, salaries, coefficients);
                lines.Add(new AwardCashLine(a, ctx.AwardName(a), cash, null, count, cash.Amount.Times(a.PlannedCount), cash.Amount.Times(count)));
            }
            catch (DomainException e)
            {
                lines.Add(new AwardCashLine(a, ctx.AwardName(a), null, e.Message, count, null, null));
            }
        }

        return lines;
    }

    /// <summary>
    /// The cash compared with the plan's estimate lines whose text mentions "Mức chi kèm theo {award title}" and the kind
    /// of nominee ("cá nhân", "tập thể"): a different unit price, quantity or amount is a budget finding.
    /// </summary>
    public async Task<IReadOnlyList<Finding>> CompareWithEstimateAsync(RoundContext ctx, IReadOnlyList<AwardCashLine> cash, CancellationToken ct = default)
    {
        var findings = new List<Finding>();
        foreach (var line in cash)
        {
            if (line.Cash is null || !ctx.Forms.TryGetValue(line.Award.AwardFormId, out var form)) continue;
            var kindWord = line.Award.NomineeKind == NomineeKind.Collective ? "tap the" : "ca nhan";
            var candidates = (await estimates.LinesMentioningAsync(ctx.Round.PlanId, "Mức chi kèm theo " + form.Title, ct))
                .Where(l => VietnameseText.Fold(l.Line.Content).Contains(kindWord, StringComparison.Ordinal)).ToList();
            var what = $"{form.Title} ({line.Award.NomineeKind.Vietnamese().ToLowerInvariant()})";
            if (candidates.Count == 0)
            {
                findings.Add(new Finding(Severity.Warning, "commendation-cash-no-line",
                    $"Dự toán của kế hoạch không có dòng \"Mức chi kèm theo {what}\": tiền thưởng {line.PlannedTotal?.Format()} chưa được bố trí."));
                continue;
            }

            foreach (var (estimate, l) in candidates)
            {
                var where = $"{estimate}, STT {l.Label?.TrimEnd('.')}";
                if (l.UnitPrice is { } price && price != line.Cash.Amount)
                    findings.Add(new Finding(Severity.Error, "commendation-cash-price",
                        $"Đơn giá dự toán {price.Format()} khác mức tiền thưởng {line.Cash.Formula} cho {what}.", where));
                if (l.Quantity is { } q && q != line.Award.PlannedCount)
                    findings.Add(new Finding(Severity.Warning, "commendation-cash-count",
                        $"Dự toán ghi {q:0.##} {what}, đợt khen thưởng dự kiến {line.Award.PlannedCount}.", where));
                if (line.PlannedTotal is { } total && l.Amount != total)
                    findings.Add(new Finding(Severity.Error, "commendation-cash-amount",
                        $"Thành tiền dự toán {l.Amount.Format()} khác tiền thưởng {line.Award.PlannedCount} × {line.Cash.Amount.ToDigits()} = {total.Format()} cho {what}.", where));
            }
        }

        return findings;
    }

    /// <summary>
    /// Adds a base salary from a day (and optionally to a day): an open-ended one before it is closed the day before; an
    /// overlap with any other is refused. Under a lock on the province's row, so two editors cannot both add.
    /// </summary>
    public Task AddBaseSalaryAsync(int provinceId, Money amount, DateOnly from, DateOnly? to, string? source, CancellationToken ct = default) =>
        db.InTransactionAsync(async () =>
        {
            await db.LockAsync<Lantoa.Domain.Geography.Province>(provinceId, ct);
            var period = EffectivePeriod.Checked(from, to);
            var existing = await db.Set<BaseSalary>().Where(s => s.ProvinceId == provinceId).OrderBy(s => s.EffectiveFrom).ToListAsync(ct);
            if (EffectivePeriod.Admit(existing.Select(s => s.Period).ToList(), period, "Mức lương cơ sở") is { } close)
                existing[close.Index].CloseOn(close.NewTo);
            db.Set<BaseSalary>().Add(new BaseSalary(provinceId, amount, period, source));
            await db.SaveChangesAsync(ct);
            return true;
        }, ct);

    public Task AddCoefficientAsync(int provinceId, int awardFormId, NomineeKind kind, decimal coefficient, DateOnly from, DateOnly? to, string? source, CancellationToken ct = default) =>
        db.InTransactionAsync(async () =>
        {
            await db.LockAsync<Lantoa.Domain.Geography.Province>(provinceId, ct);
            var period = EffectivePeriod.Checked(from, to);
            var existing = await db.Set<AwardCoefficient>().Where(c => c.ProvinceId == provinceId && c.AwardFormId == awardFormId && c.NomineeKind == kind)
                .OrderBy(c => c.EffectiveFrom).ToListAsync(ct);
            if (EffectivePeriod.Admit(existing.Select(c => c.Period).ToList(), period, "Hệ số") is { } close)
                existing[close.Index].CloseOn(close.NewTo);
            db.Set<AwardCoefficient>().Add(new AwardCoefficient(provinceId, awardFormId, kind, coefficient, period, source ?? ""));
            await db.SaveChangesAsync(ct);
            return true;
        }, ct);

    /// <summary>The round's obligation: every unit and group with a quota owes its nominations by the deadline.</summary>
    public Obligation AddObligation(CommendationRound round) =>
        tracking.AddObligation(round.ProvinceId, round.PlanId, $"Hồ sơ đề nghị khen thưởng: {round.Title}", round.Deadline, PartiesOf(round));

    /// <summary>After a quota changes: the round's obligation is owed by exactly the units and groups that have a quota (made if missing).</summary>
    public async Task SyncObligationAsync(CommendationRound round, CancellationToken ct = default)
    {
        var parties = PartiesOf(round);
        if (round.ObligationId is { } id) await tracking.SetPartiesAsync(id, parties, ct);
        else if (parties.Count > 0)
        {
            var obligation = AddObligation(round);
            await db.SaveChangesAsync(ct);
            round.ObligationId = obligation.Id;
        }

        await db.SaveChangesAsync(ct);
    }

    private static List<ObligationParty> PartiesOf(CommendationRound round) =>
        round.Quotas.Where(q => q.Count > 0)
            .Select(q => q.UnitId is { } u ? ObligationParty.ForUnit(u) : ObligationParty.ForGroup(q.GroupId!.Value)).ToList();

    public DateTimeOffset Now => clock.GetUtcNow();
}
