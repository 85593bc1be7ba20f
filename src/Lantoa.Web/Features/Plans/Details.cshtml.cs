using Lantoa.Domain.Plans;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Plans;

public sealed class Details(LantoaDb db, UnitDirectory directory, TimeProvider clock) : LantoaPage
{
    public Plan Plan { get; private set; } = null!;
    public string ProvinceName { get; private set; } = "";
    public IReadOnlyList<ActivityView> Activities { get; private set; } = [];
    public IReadOnlyList<UnitShare> ByUnit { get; private set; } = [];
    public PlanTimeline Timeline { get; private set; } = null!;
    public bool CanManage { get; private set; }

    /// <summary>The plan's version when the page was drawn, for the hidden field of its forms.</summary>
    public uint Version { get; private set; }

    /// <summary>The plan as a Word document in the Decree 30/2020 layout, for anyone who may read it.</summary>
    public async Task<IActionResult> OnGetDocxAsync(int id)
    {
        if (!await db.CanReadPlanAsync(Actor, id)) return NotFoundPage();
        var bytes = await Documents.PlanExport.DocxAsync(db, directory, id);
        var p = await db.Plans.Where(x => x.Id == id)
            .Select(x => new { x.NumberSymbol, x.Kind, x.Title, x.Year, Province = db.Provinces.Where(v => v.Id == x.ProvinceId).Select(v => v.Name).First() }).FirstAsync();
        return File(bytes!, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            PlanNumber.FileName(p.NumberSymbol, p.Kind, p.Title, p.Province, p.Year, "docx"));
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await Load(id);
        if (plan is null) return NotFoundPage();
        await Describe(plan);
        return Page();
    }

    /// <summary>The issue form (ban hành): number and symbol, day of issue, and the plan version it was opened on.</summary>
    [BindProperty] public IssueForm Issue { get; set; } = new();

    public sealed class IssueForm
    {
        [System.ComponentModel.DataAnnotations.StringLength(100, ErrorMessage = "Số, ký hiệu tối đa 100 ký tự.")]
        public string? NumberSymbol { get; set; }

        [System.ComponentModel.DataAnnotations.StringLength(20)]
        public string? IssuedOn { get; set; }

        public uint? Version { get; set; }
    }

    /// <summary>Moves an issued plan forward (in progress, closed). Issuing and withdrawing have their own forms.</summary>
    public async Task<IActionResult> OnPostStatusAsync(int id, PlanStatus next, uint? version)
    {
        var plan = await Load(id, tracking: true);
        if (plan is null) return NotFoundPage();
        if (!AccessPolicy.CanManagePlans(Actor, plan.ProvinceId)) return Denied();
        return await db.InTransactionAsync(async () =>
        {
            await db.LockAsync(plan);
            if (next is PlanStatus.Issued or PlanStatus.Draft || !plan.NextStatuses().Contains(next))
                return await Refuse(plan, $"Không thể chuyển kế hoạch sang \"{next.Vietnamese()}\"" + (next == PlanStatus.Issued ? " ở đây: dùng nút Ban hành, với số và ngày ban hành." : next == PlanStatus.Draft ? " ở đây: dùng nút Thu hồi." : "."));
            db.ExpectVersion(plan, version);
            plan.ChangeStatus(next);
            plan.Touch(clock.GetUtcNow());
            await db.SaveChangesAsync();
            Flash($"Kế hoạch chuyển sang \"{next.Vietnamese()}\".");
            return Redirect($"/Plans/{id}");
        });
    }

    /// <summary>
    /// Ban hành: the draft gets its number and day of issue and reaches its units (their work, reminders, the dashboard).
    /// Checked and applied under the plan's row lock, so two coordinators issuing at once issue it once.
    /// </summary>
    public async Task<IActionResult> OnPostIssueAsync(int id)
    {
        var plan = await Load(id, tracking: true);
        if (plan is null) return NotFoundPage();
        if (!AccessPolicy.CanManagePlans(Actor, plan.ProvinceId)) return Denied();
        if (!ModelState.IsValid) return await Refuse(plan, null, StatusCodes.Status422UnprocessableEntity);
        var date = default(Lantoa.Domain.Dates.PartialDate?);
        if (string.IsNullOrWhiteSpace(Issue.IssuedOn) || !Lantoa.Domain.Dates.PartialDate.TryParse(Issue.IssuedOn.Trim(), out var d)
            || d.Precision != Lantoa.Domain.Dates.DatePrecision.Day)
            ModelState.AddModelError("Issue.IssuedOn", "Nhập ngày ban hành dạng dd/MM/yyyy.");
        else date = d;
        if (string.IsNullOrWhiteSpace(Issue.NumberSymbol)) ModelState.AddModelError("Issue.NumberSymbol", "Nhập số, ký hiệu của kế hoạch (ví dụ 140/KH-UBND).");
        if (!ModelState.IsValid) return await Refuse(plan, null, StatusCodes.Status422UnprocessableEntity);
        return await db.InTransactionAsync(async () =>
        {
            await db.LockAsync(plan);
            try
            {
                db.ExpectVersion(plan, Issue.Version);
                plan.Issue(Issue.NumberSymbol, date);
            }
            catch (Lantoa.Domain.DomainException e)
            {
                return await Refuse(plan, e.Message, plan.Status == PlanStatus.Draft ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict);
            }
            plan.Touch(clock.GetUtcNow());
            await db.SaveChangesAsync();
            Flash($"Đã ban hành kế hoạch số {plan.NumberSymbol}; các đơn vị được giao việc đã thấy nhiệm vụ của mình.");
            return Redirect($"/Plans/{id}");
        });
    }

    /// <summary>Thu hồi: an issued plan that no unit has reported on goes back to draft (audited like every change).</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(int id, uint? version)
    {
        var plan = await Load(id, tracking: true);
        if (plan is null) return NotFoundPage();
        if (!AccessPolicy.CanManagePlans(Actor, plan.ProvinceId)) return Denied();
        return await db.InTransactionAsync(async () =>
        {
            await db.LockAsync(plan);
            if (plan.Status != PlanStatus.Issued)
                return await Refuse(plan, $"Chỉ thu hồi được kế hoạch đã ban hành và chưa thực hiện (kế hoạch này: \"{plan.Status.Vietnamese()}\").");
            if (await db.ProgressReports.AnyAsync(r => r.PlanId == id))
                return await Refuse(plan, "Đã có đơn vị báo cáo trên kế hoạch này; không thu hồi được.");
            db.ExpectVersion(plan, version);
            plan.Withdraw();
            plan.Touch(clock.GetUtcNow());
            await db.SaveChangesAsync();
            Flash("Đã thu hồi kế hoạch về dự thảo; các đơn vị không còn thấy nhiệm vụ của kế hoạch này.");
            return Redirect($"/Plans/{id}");
        });
    }

    private async Task<IActionResult> Refuse(Plan plan, string? message, int status = StatusCodes.Status409Conflict)
    {
        await Describe(plan);
        if (message is not null) ModelState.AddModelError("", message);
        Response.StatusCode = status;
        return Page();
    }

    private async Task<Plan?> Load(int id, bool tracking = false)
    {
        var query = db.Plans.Include(p => p.Activities).ThenInclude(a => a.Parties)
            .Include(p => p.LegalBases).Include(p => p.Deadlines).Include(p => p.Milestones).AsSplitQuery();
        var plan = await (tracking ? query : query.AsNoTrackingWithIdentityResolution()).FirstOrDefaultAsync(p => p.Id == id);
        return plan is not null && await db.CanReadPlanAsync(Actor, plan) ? plan : null;
    }

    private async Task Describe(Plan plan)
    {
        Plan = plan;
        ProvinceName = await db.Provinces.Where(p => p.Id == plan.ProvinceId).Select(p => p.Name).FirstAsync();
        CanManage = AccessPolicy.CanManagePlans(Actor, plan.ProvinceId) && !plan.IsReadOnly;
        Version = db.Entry(plan).State == EntityState.Detached
            ? await db.Plans.Where(p => p.Id == plan.Id).Select(p => EF.Property<uint>(p, Concurrency.Version)).FirstAsync()
            : db.VersionOf(plan);
        if (plan.Status == PlanStatus.Draft && string.IsNullOrEmpty(Issue.NumberSymbol) && string.IsNullOrEmpty(Issue.IssuedOn))
            Issue = new IssueForm
            {
                NumberSymbol = plan.NumberSymbol,
                IssuedOn = plan.IssuedOn is { Precision: Lantoa.Domain.Dates.DatePrecision.Day } day ? Formats.Day(day.FirstDay) : null,
                Version = Version,
            };
        var units = await directory.ForProvinceAsync(plan.ProvinceId);
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.PlanId == plan.Id).ToListAsync();
        var counts = assignments.GroupBy(a => a.ActivityId).ToDictionary(g => g.Key, g => g.Select(a => a.UnitId).Distinct().Count());
        Activities = ActivityView.For(plan, units, counts, CanManage);
        var activities = plan.Activities.ToDictionary(a => a.Id);
        ByUnit = assignments
            .GroupBy(a => a.UnitId)
            .Select(g => new UnitShare(g.Key, units.NameOf(g.Key, null), g
                .OrderBy(a => activities[a.ActivityId].SortOrder)
                .Select(a => new UnitShareItem(activities[a.ActivityId].Label, activities[a.ActivityId].Title, a.Role,
                    a.ViaGroupId is { } gid ? units.NameOf(null, gid) : null, activities[a.ActivityId].Time, a.AcknowledgedAt is not null))
                .ToList()))
            .OrderByDescending(s => s.Items.Any(i => i.Role == PartyRole.Lead))
            .ThenBy(s => s.UnitName, Lantoa.Domain.Text.VietnameseText.Comparer)
            .ToList();
        Timeline = PlanTimeline.For(plan, Lantoa.Domain.Tracking.TrackingCalendar.LocalDay(clock.GetUtcNow()));
    }
}
