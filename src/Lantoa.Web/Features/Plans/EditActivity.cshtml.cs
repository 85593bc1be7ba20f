using Lantoa.Domain.Plans;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PlanActivity = Lantoa.Domain.Plans.Activity;
using static Lantoa.Web.Infrastructure.Web.TextInput;

namespace Lantoa.Web.Features.Plans;

/// <summary>Create or edit one activity: a full page without JavaScript, an inline row editor with htmx.</summary>
public sealed class EditActivity(LantoaDb db, UnitDirectory directory, AssignmentService assignments, TimeProvider clock) : LantoaPage
{
    [BindProperty] public ActivityForm Form { get; set; } = new();

    public ActivityEditor Editor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int planId, string id)
    {
        var (plan, activity, refusal) = await LoadAsync(planId, id);
        if (refusal is not null) return refusal;
        if (activity is not null) Form = ActivityForm.From(activity);
        await DescribeAsync(plan!, activity);
        return IsHtmx ? Partial("_ActivityEditor", Editor) : Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId, string id)
    {
        var (plan, activity, refusal) = await LoadAsync(planId, id);
        if (refusal is not null) return refusal;
        var units = await directory.ForProvinceAsync(plan!.ProvinceId);

        var parent = Form.ParentId is { } pid ? plan.Activities.FirstOrDefault(a => a.Id == pid) : null;
        if (Form.ParentId is not null && (parent is null || parent == activity || IsDescendant(parent, activity)))
            ModelState.AddModelError("Form.ParentId", "Hoạt động cha không hợp lệ.");
        var time = Form.ReadTime(plan.Year, ModelState);
        var asOf = time?.FirstDay ?? time?.LastDay ?? plan.ReferenceDay;
        var parties = Form.ReadParties(units, asOf, ModelState);
        if (!ModelState.IsValid)
        {
            await DescribeAsync(plan, activity);
            return IsHtmx ? InvalidPartial("_ActivityEditor", Editor) : Invalid();
        }

        await db.InTransactionAsync(async () =>
        {
            activity ??= plan.AddActivity(Form.Label ?? "", Form.Title, Form.Kind, parent);
            activity.SetLabelAndTitle(Form.Label ?? "", Form.Title);
            activity.Kind = Form.Kind;
            if (activity.Parent != parent) plan.Reparent(activity, parent);
            activity.Content = Clean(Form.Content);
            activity.Time = time!;
            activity.Location = Clean(Form.Location);
            activity.ParticipantsText = Clean(Form.ParticipantsText);
            activity.SetExpectedParticipants(Form.ExpectedParticipants);
            activity.Notes = Clean(Form.Notes);
            activity.BudgetText = Clean(Form.BudgetText);
            activity.StatedBudget = Lantoa.Domain.Budgets.AmountInText.First(activity.BudgetText);
            activity.SetParties(parties);
            plan.Touch(clock.GetUtcNow());
            await db.SaveChangesAsync();
            await assignments.SyncAsync(plan, [activity]);
            await db.SaveChangesAsync();
            return true;
        });

        if (IsHtmx && id != "New")
        {
            var count = await db.Assignments.Where(a => a.ActivityId == activity!.Id).Select(a => a.UnitId).Distinct().CountAsync();
            return Partial("_ActivityRow", ActivityView.For(activity!, units, count, canEdit: true));
        }
        Flash($"Đã lưu hoạt động \"{activity!.Title}\".");
        return Redirect($"/Plans/{planId}#activity-{activity.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int planId, string id)
    {
        var (plan, activity, refusal) = await LoadAsync(planId, id);
        if (refusal is not null) return refusal;
        if (activity is null) return NotFoundPage();
        plan!.RemoveActivity(activity);
        plan.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync();
        Flash($"Đã xóa hoạt động \"{activity.Title}\".");
        return Redirect($"/Plans/{planId}");
    }

    private async Task<(Plan?, PlanActivity?, IActionResult?)> LoadAsync(int planId, string id)
    {
        var plan = await db.Plans.Include(p => p.Activities).ThenInclude(a => a.Parties).FirstOrDefaultAsync(p => p.Id == planId);
        if (plan is null || !AccessPolicy.CanReadProvince(Actor, plan.ProvinceId)) return (null, null, NotFoundPage());
        if (!AccessPolicy.CanManagePlans(Actor, plan.ProvinceId)) return (null, null, Denied());
        if (plan.IsReadOnly) return (null, null, Denied());
        if (id == "New") return (plan, null, null);
        if (!int.TryParse(id, out var activityId)) return (null, null, NotFoundPage());
        var activity = plan.Activities.FirstOrDefault(a => a.Id == activityId);
        return activity is null ? (null, null, NotFoundPage()) : (plan, activity, null);
    }

    private async Task DescribeAsync(Plan plan, PlanActivity? activity)
    {
        var units = await directory.ForProvinceAsync(plan.ProvinceId);
        var day = plan.ReferenceDay;
        var names = units.Groups.Select(g => g.Name)
            .Concat(units.Units.Where(u => u.IsValidOn(day) && u.Kind != Lantoa.Domain.Units.UnitKind.CommuneCommittee).Select(u => u.Name))
            .Order(Lantoa.Domain.Text.VietnameseText.Comparer)
            .ToList();
        var parents = plan.ActivitiesInOrder().Where(a => a != activity && !IsDescendant(a, activity))
            .Select(a => (a.Id, $"{new string('—', a.Depth)} {a.Label}. {a.Title}")).ToList();
        Editor = new ActivityEditor(plan.Id, plan.Title, activity?.Id, Form, parents, names);
    }

    private static bool IsDescendant(PlanActivity candidate, PlanActivity? ancestor)
    {
        for (var a = candidate.Parent; a is not null; a = a.Parent)
            if (a == ancestor) return true;
        return false;
    }
}

public sealed record ActivityEditor(int PlanId, string PlanTitle, int? ActivityId, ActivityForm Form,
    IReadOnlyList<(int Id, string Text)> Parents, IReadOnlyList<string> PartyNames)
{
    public string Url => $"/Plans/{PlanId}/Activities/{(ActivityId is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "New")}";
}
