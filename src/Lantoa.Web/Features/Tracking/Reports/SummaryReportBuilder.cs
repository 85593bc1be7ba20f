using Lantoa.Domain.Plans;
using Lantoa.Domain.Tracking;
using Lantoa.Web.Features.Documents;
using Lantoa.Web.Features.Tracking;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Tracking.Reports;

/// <summary>
/// Builds a plan's summary report from what the units reported: per activity the status across its units, their
/// narratives and a table of their figures; the units late with what they owe; and the office's own parts (the draft).
/// Only submitted or approved reports count, the latest of each assignment.
/// </summary>
public sealed class SummaryReportBuilder(LantoaDb db, UnitDirectory directory, TrackingService tracking)
{
    public const string Reporter = "UBND tỉnh";
    public const string Addressee = "Bộ Thông tin và Truyền thông";

    public async Task<SummaryReportDocument> BuildAsync(Plan plan, SummaryReportDraft? draft, CancellationToken ct = default)
    {
        var units = await directory.ForProvinceAsync(plan.ProvinceId, ct);
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.PlanId == plan.Id).ToListAsync(ct);
        var reports = (await db.ProgressReports.AsNoTracking().Include(r => r.Figures)
                .Where(r => r.PlanId == plan.Id && (r.State == ReportState.Submitted || r.State == ReportState.Approved))
                .ToListAsync(ct))
            .GroupBy(r => r.AssignmentId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.SubmittedAt).First());

        var activities = new List<ActivityResult>();
        foreach (var activity in plan.ActivitiesInOrder())
        {
            var owed = assignments.Where(a => a.ActivityId == activity.Id).ToList();
            if (owed.Count == 0) continue;
            var latest = owed.Select(a => (Assignment: a, Report: reports.GetValueOrDefault(a.Id))).ToList();
            var got = latest.Where(x => x.Report is not null).Select(x => (Unit: units.NameOf(x.Assignment.UnitId, null), Report: x.Report!)).ToList();
            var columns = got.SelectMany(x => x.Report.Figures).Select(f => new FigureColumn(f.Name, f.UnitOfMeasure)).Distinct().ToList();
            activities.Add(new ActivityResult(activity.Label, activity.Title)
            {
                Status = new UnitStatusCounts(
                    got.Count(x => x.Report.Status == ProgressStatus.Done),
                    got.Count(x => x.Report.Status == ProgressStatus.InProgress),
                    latest.Count(x => x.Report is null))
                {
                    NotStarted = got.Count(x => x.Report.Status == ProgressStatus.NotStarted),
                    NotDone = got.Count(x => x.Report.Status == ProgressStatus.NotDone),
                },
                Narratives = got.Where(x => x.Report.Narrative is not null).Select(x => new UnitNarrative(x.Unit, x.Report.Narrative!)).ToList(),
                Figures = columns.Count == 0 ? null : new FigureTable(columns, got.Where(x => x.Report.Figures.Count > 0)
                    .Select(x => new FigureRow(x.Unit, columns.Select(c => (decimal?)x.Report.Figures
                        .Where(f => f.Name == c.Name && f.UnitOfMeasure == c.UnitOfMeasure).Sum(f => f.Value)).ToList())).ToList()),
            });
        }

        var board = await tracking.BoardAsync(plan.ProvinceId, plan.Id, ct);
        var reported = new ReportedPlan(plan.Title) { NumberSymbol = plan.NumberSymbol, IssuedOn = plan.IssuedOn, IssuerShortName = Reporter };
        return new SummaryReportDocument
        {
            IssuingBody = plan.IssuerName ?? "ỦY BAN NHÂN DÂN TỈNH",
            NumberSymbol = draft?.NumberSymbol ?? "/BC-UBND",
            Place = plan.Place,
            IssuedOn = new Lantoa.Domain.Dates.PartialDate(tracking.Today.Year, tracking.Today.Month),
            Subject = SummaryReportDocument.SubjectFor(reported),
            Introduction = Paragraphs(draft?.Introduction, SummaryReportDocument.IntroductionFor(reported, Reporter)),
            Activities = activities,
            Strengths = SummaryReportDraft.Paragraphs(draft?.Strengths),
            Limitations = SummaryReportDraft.Paragraphs(draft?.Limitations),
            LateUnits = board.Late.Select(i => new LateReport(i.Unit.Name, i.Obligation.Title, i.DueOn, tracking.Today.DayNumber - i.DueOn.DayNumber)).ToList(),
            Proposals = SummaryReportDraft.Paragraphs(draft?.Proposals),
            Closing = Paragraphs(draft?.Closing, SummaryReportDocument.ClosingFor(reported, Reporter, Addressee)),
            Recipients = [Addressee + ";", "Lưu: VT."],
            Signer = plan.SignerName is null ? null : new SignatureBlock(plan.SignerAuthority, plan.SignerPrefix, plan.SignerTitle, plan.SignerName),
        };
    }

    private static IReadOnlyList<string> Paragraphs(string? written, string fallback) =>
        SummaryReportDraft.Paragraphs(written) is { Count: > 0 } p ? p : [fallback];
}
