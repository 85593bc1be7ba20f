using Lantoa.Domain;
using Lantoa.Domain.Contests;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Contests;

/// <summary>
/// "Gửi bài dự thi" (/Contests/{id}/Submit): a unit's officer sends a clip of the unit's team (a coordinator enters one
/// for a unit) within the submission window; below, the unit's entries with their moderation (the reason of a refusal).
/// </summary>
public sealed class Submit(LantoaDb db, UnitDirectory directory, TimeProvider clock) : ContestStaffPage
{
    public sealed record Sent(int Id, string Title, string Category, EntryStatus Status, string? Reason, DateTimeOffset SubmittedAt);

    [BindProperty] public EntryForm Form { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];
    public IReadOnlyList<Sent> Entries { get; private set; } = [];
    public bool Open { get; private set; }
    public bool PicksUnit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await DescribeAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await DescribeAsync(id) is { } refusal) return refusal;
        var actor = Actor;
        var unitId = PicksUnit ? Form.UnitId : actor.UnitId;
        if (unitId is null || Units.All(u => u.Id != unitId)) ModelState.AddModelError("Form.UnitId", "Chọn đơn vị gửi bài của tỉnh.");
        else if (!AccessPolicy.CanSubmitContestEntry(actor, Contest.ProvinceId, unitId.Value)) return Denied();
        else if (!Open) ModelState.AddModelError("", clock.GetUtcNow() < Contest.SubmissionsOpenAt
            ? $"Cuộc thi chưa nhận bài (bắt đầu nhận bài lúc {Local(Contest.SubmissionsOpenAt)})."
            : $"Cuộc thi đã hết hạn nhận bài lúc {Local(Contest.SubmissionsCloseAt)}.");
        else
        {
            try
            {
                db.Add(Form.ToEntry(Contest, unitId.Value, actor.UserId, clock.GetUtcNow()));
                await db.SaveChangesAsync();
                Flash("Đã gửi bài dự thi; ban tổ chức sẽ xem xét và chấp nhận hoặc trả lời lý do.");
                return Redirect($"/Contests/{id}/Submit");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }
        return Invalid();
    }

    private async Task<IActionResult?> DescribeAsync(int id)
    {
        if (await LoadContestAsync(id) is { } notFound) return notFound;
        var actor = Actor;
        if (!AccessPolicy.CanOpenContestEntryForm(actor, Contest.ProvinceId)) return Denied();
        PicksUnit = actor.Has(Role.Coordinator);
        var units = await directory.ForProvinceAsync(Contest.ProvinceId);
        Units = units.Units.Where(u => PicksUnit || u.Id == actor.UnitId)
            .OrderBy(u => u.Name, Lantoa.Domain.Text.VietnameseText.Comparer).Select(u => (u.Id, u.Name)).ToList();
        Open = Contest.AcceptsEntriesAt(clock.GetUtcNow());
        var mine = db.Set<ContestEntry>().AsNoTracking().Where(e => e.ContestId == id);
        mine = PicksUnit ? mine.Where(e => e.SubmittedByUserId == actor.UserId) : mine.Where(e => e.AuthorUnitId == actor.UnitId);
        Entries = (await mine.OrderByDescending(e => e.Id).ToListAsync())
            .Select(e => new Sent(e.Id, e.Title, CategoryName(e.CategoryId), e.Status, e.RejectionReason, e.SubmittedAt)).ToList();
        return null;
    }

    public static string StatusText(EntryStatus s) => s switch
    {
        EntryStatus.Accepted => "Đã chấp nhận",
        EntryStatus.Rejected => "Không chấp nhận",
        _ => "Chờ ban tổ chức xem xét",
    };
}
