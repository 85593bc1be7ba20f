using System.Text;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Text;
using Lantoa.Domain.Units.Catalogue;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Budgets;

/// <summary>
/// The province's spending norms (định mức chi): search, see which are in force on a day, add one, import a
/// catalogue from .csv or .xlsx (all or nothing). Coordinators and reviewers change them; everyone reads.
/// </summary>
[RequestSizeLimit(BudgetLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = BudgetLimits.MaxRequestBytes)]
public sealed class Norms(LantoaDb db, TimeProvider clock, Lantoa.Web.Infrastructure.Files.UploadWorkers workers) : LantoaPage
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? On { get; set; }
    [BindProperty] public NormForm Form { get; set; } = new();

    public IReadOnlyList<SpendingNorm> Items { get; private set; } = [];
    public DateOnly Day { get; private set; }
    public bool CanManage { get; private set; }
    public IReadOnlyList<Finding> ImportFindings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Actor.ProvinceId is null) return Denied();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Actor.ProvinceId is not { } province) return Denied();
        if (!AccessPolicy.CanManageNorms(Actor, province)) return Denied();
        var norm = Form.Read(province, ModelState);
        if (norm is null)
        {
            await LoadAsync();
            return Invalid();
        }

        db.SpendingNorms.Add(norm);
        await db.SaveChangesAsync();
        Flash($"Đã thêm định mức \"{norm.Name}\".");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file)
    {
        if (Actor.ProvinceId is not { } province) return Denied();
        if (!AccessPolicy.CanManageNorms(Actor, province)) return Denied();
        var (grid, error) = await UploadedTable.ReadAsync(file, workers, HttpContext.RequestAborted);
        if (grid is null)
        {
            ModelState.AddModelError("", error!);
            await LoadAsync();
            return Invalid();
        }

        var (rows, findings) = SpendingNormTable.Read(grid);
        if (findings.Any(f => f.Severity == Severity.Error))
        {
            ImportFindings = findings;
            ModelState.AddModelError("", $"Tệp có {findings.Count(f => f.Severity == Severity.Error)} lỗi; chưa nhập định mức nào.");
            await LoadAsync();
            return Invalid();
        }

        foreach (var r in rows)
            db.SpendingNorms.Add(new SpendingNorm(province, r.Name, r.UnitOfMeasure, r.MaxUnitPrice, r.EffectiveFrom, r.EffectiveTo, r.LegalSource));
        await db.SaveChangesAsync();
        Flash($"Đã nhập {rows.Count} định mức chi.");
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var province = Actor.ProvinceId!.Value;
        CanManage = AccessPolicy.CanManageNorms(Actor, province);
        Day = Formats.TryReadDay(On, out var day) && day is { } d ? d : DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var all = await db.SpendingNorms.Where(n => n.ProvinceId == province).ToListAsync();
        var key = string.IsNullOrWhiteSpace(Q) ? null : VietnameseText.Fold(Q);
        Items = all.Where(n => key is null || n.NameKey.Contains(key, StringComparison.Ordinal))
            .OrderBy(n => n.Name, VietnameseText.Comparer).ThenByDescending(n => n.EffectiveFrom).ToList();
    }
}
