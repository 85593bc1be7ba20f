using Lantoa.Domain.Teams;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Budgets;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Files;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Teams;

/// <summary>
/// "Tổ công nghệ số cộng đồng" of the province: its teams and members counted, its field campaigns (with their coverage
/// pages), and the roster import from .xlsx (or .csv). The import is all or nothing: every bad row is listed with its
/// row number and reason, and nothing is written until the file has none. Coordinators and admins of the province.
/// </summary>
[RequestSizeLimit(BudgetLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = BudgetLimits.MaxRequestBytes)]
public sealed class Rosters(LantoaDb db, RosterImport import, UploadWorkers workers, TimeProvider clock) : LantoaPage
{
    public sealed record CampaignRow(int Id, string Title, DateOnly StartsOn, DateOnly EndsOn, int Communes);

    public int TeamCount { get; private set; }
    public int YouthSquads { get; private set; }
    public int MemberCount { get; private set; }
    public IReadOnlyList<CampaignRow> Campaigns { get; private set; } = [];
    public IReadOnlyList<RosterProblem> Problems { get; private set; } = [];
    public int CheckedRows { get; private set; }

    /// <summary>The roster's day (dd/MM/yyyy): communes are checked as they are on it. Empty: today.</summary>
    [BindProperty] public string? Day { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Actor.ProvinceId is not { } province || !AccessPolicy.CanManageTeams(Actor, province)) return Denied();
        Day = Formats.Day(Today);
        await LoadAsync(province, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (Actor.ProvinceId is not { } province || !AccessPolicy.CanManageTeams(Actor, province)) return Denied();
        if (!Formats.TryReadDay(Day, out var day))
            return await FailAsync(province, $"Ngày \"{Day}\" không hợp lệ: ghi theo dạng dd/MM/yyyy.", ct);
        var on = day ?? Today;
        Day = Formats.Day(on);
        var (grid, error) = await UploadedTable.ReadAsync(file, workers, ct);
        if (grid is null) return await FailAsync(province, error!, ct);
        var (rows, tableError) = RosterTable.Read(grid);
        if (tableError is not null) return await FailAsync(province, tableError, ct);

        var result = await import.ImportAsync(province, rows, on, ct);
        if (!result.Check.CanImport)
        {
            Problems = result.Check.Problems;
            CheckedRows = rows.Count;
            return await FailAsync(province,
                $"Tệp có {Problems.Count.ToString("N0", LantoaWeb.Vietnamese)} dòng lỗi trong {rows.Count.ToString("N0", LantoaWeb.Vietnamese)} dòng; chưa nhập dòng nào. Sửa các dòng dưới đây rồi tải lại cả tệp.", ct);
        }
        Flash($"Đã nhập {result.Members.ToString("N0", LantoaWeb.Vietnamese)} thành viên ({result.TeamsCreated.ToString("N0", LantoaWeb.Vietnamese)} tổ mới) theo danh sách ngày {Formats.Day(on)}.");
        return RedirectToPage();
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private async Task<IActionResult> FailAsync(int province, string message, CancellationToken ct)
    {
        ModelState.AddModelError("", message);
        await LoadAsync(province, ct);
        return Invalid();
    }

    private async Task LoadAsync(int province, CancellationToken ct)
    {
        var teams = db.Set<Team>().Where(t => t.ProvinceId == province);
        TeamCount = await teams.CountAsync(ct);
        YouthSquads = await teams.CountAsync(t => t.Kind == TeamKind.YouthSquad, ct);
        MemberCount = await db.Set<TeamMember>().CountAsync(m => teams.Any(t => t.Id == m.TeamId), ct);
        Campaigns = await db.Set<FieldCampaign>().Where(c => c.ProvinceId == province).OrderByDescending(c => c.StartsOn)
            .Select(c => new CampaignRow(c.Id, c.Title, c.StartsOn, c.EndsOn, db.Set<CampaignCommune>().Count(x => x.CampaignId == c.Id)))
            .ToListAsync(ct);
    }
}
