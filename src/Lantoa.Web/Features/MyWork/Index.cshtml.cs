using System.ComponentModel.DataAnnotations;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Plans;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.MyWork;

/// <summary>"Việc của đơn vị": what one unit owes across all plans, with dates, and where the unit confirms it has taken the work on.</summary>
public sealed class Index(LantoaDb db, UnitDirectory directory, Tracking.TrackingService tracking, MyWorkList list, TimeProvider clock,
    IEnumerable<IUnitWorkSource> sources) : LantoaPage
{
    /// <summary>What other modules put in the unit's work (<see cref="IUnitWorkSource"/>): roadshow stops, delegates owed …</summary>
    public IReadOnlyList<UnitWorkItem> OtherWork { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public int? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    /// <summary>Filters (query values): plan, status (overdue, due-soon, unreported, reported, done), period from/to (dd/MM/yyyy), page.</summary>
    [BindProperty(SupportsGet = true)] public int? PlanId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public string UnitName { get; private set; } = "";
    public PagedList<MyWorkList.Item> Items { get; private set; } = new([], 1, MyWorkList.PageSize, 0);
    public MyWorkList.Result? Work { get; private set; }
    public bool Filtered => PlanId is not null || !string.IsNullOrEmpty(Status) || !string.IsNullOrWhiteSpace(From) || !string.IsNullOrWhiteSpace(To);

    /// <summary>Status filter values and their labels.</summary>
    public static readonly IReadOnlyList<(string Value, WorkStatus Status, string Label)> Statuses =
    [
        ("overdue", WorkStatus.Overdue, "Quá hạn"), ("due-soon", WorkStatus.DueSoon, "Sắp đến hạn"),
        ("unreported", WorkStatus.Unreported, "Chưa báo cáo"), ("reported", WorkStatus.Reported, "Đã báo cáo"),
        ("done", WorkStatus.Done, "Đã hoàn thành"),
    ];
    public IReadOnlyList<(int Id, string Name)> UnitChoices { get; private set; } = [];
    public bool CanAct { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>What the unit owes that is overdue or due within a week: the banner at the top.</summary>
    public Lantoa.Domain.Tracking.UnitReminders? Reminders { get; private set; }

    /// <summary>The unit's unread notifications from the daily reminder run (the digest).</summary>
    public IReadOnlyList<Lantoa.Domain.Tracking.Notification> Notifications { get; private set; } = [];

    public async Task<IActionResult> OnPostReadAsync(int unitId)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId);
        if (unit is null || !AccessPolicy.CanReadProvince(Actor, unit.ProvinceId)) return NotFoundPage();
        if (!AccessPolicy.CanActOnAssignment(Actor, unit.ProvinceId, unit.Id)) return Denied();
        foreach (var n in await db.Notifications.Where(n => n.UnitId == unitId && n.ReadAt == null).ToListAsync()) n.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync();
        return Redirect($"/MyWork?unitId={unitId}");
    }

    /// <summary>Names of the groups the page's assignments came through.</summary>
    public IReadOnlyDictionary<int, string> GroupNames { get; private set; } = new Dictionary<int, string>();

    public sealed class AckForm
    {
        [StringLength(200, ErrorMessage = "Tên cán bộ đầu mối tối đa 200 ký tự.")] public string? FocalPerson { get; set; }
        [StringLength(2000, ErrorMessage = "Ghi chú tối đa 2000 ký tự.")] public string? Note { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var refusal = await DescribeAsync();
        return refusal ?? Page();
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(int assignmentId, AckForm form)
    {
        var assignment = await db.Assignments.FirstOrDefaultAsync(a => a.Id == assignmentId);
        var provinceId = assignment is null ? null
            : await db.Plans.Where(p => p.Id == assignment.PlanId).Select(p => (int?)p.ProvinceId).FirstOrDefaultAsync();
        if (assignment is null || provinceId is null || !await db.CanReadPlanAsync(Actor, assignment.PlanId)) return NotFoundPage();
        if (!await db.Plans.AnyAsync(p => p.Id == assignment.PlanId && p.Status != PlanStatus.Draft)) return NotFoundPage(); // a draft's work is nobody's yet
        if (!AccessPolicy.CanActOnAssignment(Actor, provinceId.Value, assignment.UnitId)) return Denied();
        UnitId = assignment.UnitId;
        if (!ModelState.IsValid)
        {
            await DescribeAsync();
            return Invalid();
        }
        assignment.Acknowledge(form.FocalPerson, form.Note, clock.GetUtcNow());
        await db.SaveChangesAsync();
        Flash("Đã ghi nhận tiếp nhận nhiệm vụ.");
        return Redirect($"/MyWork?unitId={assignment.UnitId}#assignment-{assignment.Id}");
    }

    private async Task<IActionResult?> DescribeAsync()
    {
        var actor = Actor;
        Today = tracking.Today;
        UnitId ??= actor.UnitId;
        if (UnitId is null) return Redirect("/Units");
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == UnitId);
        if (unit is null || !AccessPolicy.CanReadProvince(actor, unit.ProvinceId)) return NotFoundPage();
        if (!AccessPolicy.CanViewUnitWork(actor, unit.ProvinceId, unit.Id)) return Denied();
        UnitName = unit.Name;
        var other = new List<UnitWorkItem>();
        foreach (var source in sources) other.AddRange(await source.ItemsAsync(unit.Id, Today));
        OtherWork = other;
        Reminders = await tracking.RemindersAsync(unit.ProvinceId, unit.Id);
        Notifications = await db.Notifications.AsNoTracking().Where(n => n.UnitId == unit.Id && n.ReadAt == null)
            .OrderByDescending(n => n.Day).ThenBy(n => n.Id).Take(20).ToListAsync();
        CanAct = AccessPolicy.CanActOnAssignment(actor, unit.ProvinceId, unit.Id);
        var units = await directory.ForProvinceAsync(unit.ProvinceId);
        if (actor.UnitId != unit.Id || actor.Has(Role.Coordinator) || actor.Has(Role.Leadership))
            UnitChoices = units.Units.Where(u => u.Kind != Lantoa.Domain.Units.UnitKind.CommuneCommittee || u.Id == unit.Id)
                .OrderBy(u => u.Name, Lantoa.Domain.Text.VietnameseText.Comparer).Select(u => (u.Id, u.Name)).ToList();

        WorkStatus? status = null;
        var errorsBefore = ModelState.ErrorCount;
        if (!string.IsNullOrEmpty(Status))
        {
            if (Statuses.FirstOrDefault(x => x.Value == Status) is { Label: not null } known) status = known.Status;
            else ModelState.AddModelError(nameof(Status), "Tình trạng lọc không hợp lệ.");
        }
        if (!Formats.TryReadDay(From, out var from)) ModelState.AddModelError(nameof(From), "Ngày bắt đầu kỳ lọc không hợp lệ (dd/MM/yyyy).");
        if (!Formats.TryReadDay(To, out var to)) ModelState.AddModelError(nameof(To), "Ngày kết thúc kỳ lọc không hợp lệ (dd/MM/yyyy).");
        if (from is { } f1 && to is { } t1 && t1 < f1) ModelState.AddModelError(nameof(To), "Ngày kết thúc kỳ lọc phải sau ngày bắt đầu.");
        if (ModelState.ErrorCount > errorsBefore) return Invalid(); // the filter, not the page, is wrong: 422 with its message

        Work = await list.LoadAsync(new WorkFilter(unit.Id, Year, PlanId, status, from, to), Today, PageNumber);
        Items = Work.Page;
        GroupNames = Items.Items.Where(i => i.ViaGroupId is not null).Select(i => i.ViaGroupId!.Value).Distinct()
            .ToDictionary(g => g, g => units.NameOf(null, g));
        return null;
    }

    public static string StateText(WindowState s) => s switch
    {
        WindowState.NotStarted => "Chưa đến thời gian",
        WindowState.InProgress => "Đang trong thời gian thực hiện",
        WindowState.Finished => "Đã hết thời gian",
        _ => "Chưa xác định thời gian",
    };
}
