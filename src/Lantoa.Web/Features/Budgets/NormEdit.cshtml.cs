using Lantoa.Domain.Budgets;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Budgets;

/// <summary>Change or delete one spending norm: coordinators and reviewers of its province.</summary>
public sealed class NormEdit(LantoaDb db) : LantoaPage
{
    [BindProperty] public NormForm Form { get; set; } = new();
    public int Id { get; private set; }

    /// <summary>The record's version when the form was opened (hidden field): a save over someone else's change is refused (409).</summary>
    [BindProperty] public uint? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var (norm, refusal) = await LoadAsync(id);
        if (refusal is not null) return refusal;
        Form = NormForm.From(norm!);
        Version = db.VersionOf(norm!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var (norm, refusal) = await LoadAsync(id);
        if (refusal is not null) return refusal;
        if (Form.Validate(ModelState) is not { } v) return Invalid();
        db.ExpectVersion(norm!, Version);
        norm!.Update(Form.Name, Form.UnitOfMeasure, v.Price, v.From, v.To, Form.LegalSource);
        await db.SaveChangesAsync();
        Flash($"Đã lưu định mức \"{norm.Name}\".");
        return Redirect("/Budgets/Norms");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        var (norm, refusal) = await LoadAsync(id);
        if (refusal is not null) return refusal;
        db.ExpectVersion(norm!, Version);
        db.SpendingNorms.Remove(norm!);
        await db.SaveChangesAsync();
        Flash($"Đã xóa định mức \"{norm!.Name}\".");
        return Redirect("/Budgets/Norms");
    }

    private async Task<(SpendingNorm?, IActionResult?)> LoadAsync(int id)
    {
        Id = id;
        var norm = await db.SpendingNorms.FirstOrDefaultAsync(n => n.Id == id);
        if (norm is null || !AccessPolicy.CanReadProvince(Actor, norm.ProvinceId)) return (null, NotFoundPage());
        return AccessPolicy.CanManageNorms(Actor, norm.ProvinceId) ? (norm, null) : (null, Denied());
    }
}
