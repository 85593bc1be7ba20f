using Lantoa.Domain;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Commendations;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Commendations;

/// <summary>
/// The province's base salaries (with their effective dates) and the coefficients of each award form and kind of
/// nominee (with their legal source): what the cash of every award is computed from. Overlapping periods are refused;
/// a new open-ended rate closes the previous open-ended one the day before.
/// </summary>
public sealed class Rates(CommendationService service) : LantoaPage
{
    public IReadOnlyList<BaseSalary> Salaries { get; private set; } = [];
    public IReadOnlyList<(AwardCoefficient Rate, string Form)> Coefficients { get; private set; } = [];
    public IReadOnlyList<AwardForm> FormChoices { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public Task<IActionResult> OnPostSalaryAsync(string? amount, string? from, string? to, string? source) =>
        ManageAsync(async province =>
        {
            if (!Money.TryParse(amount, out var money)) throw new DomainException("Mức lương cơ sở là số tiền, ví dụ 2.340.000.");
            var (f, t) = Period(from, to);
            await service.AddBaseSalaryAsync(province, money, f, t, TextInput.Clean(source));
            return "Đã thêm mức lương cơ sở.";
        });

    public Task<IActionResult> OnPostCoefficientAsync(int awardFormId, NomineeKind kind, string? coefficient, string? from, string? to, string? source) =>
        ManageAsync(async province =>
        {
            if (!await service.Forms.AnyAsync(x => x.Id == awardFormId && x.ProvinceId == province)) throw new DomainException("Chọn hình thức khen thưởng của tỉnh.");
            if (!decimal.TryParse(coefficient?.Trim().Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var c))
                throw new DomainException("Hệ số là một số, ví dụ 1,5.");
            var (f, t) = Period(from, to);
            await service.AddCoefficientAsync(province, awardFormId, kind, c, f, t, TextInput.Clean(source));
            return "Đã thêm hệ số tiền thưởng.";
        });

    private static (DateOnly From, DateOnly? To) Period(string? from, string? to)
    {
        if (!Formats.TryReadDay(from, out var f) || f is null) throw new DomainException("Ngày có hiệu lực có dạng dd/MM/yyyy.");
        if (!Formats.TryReadDay(to, out var t)) throw new DomainException("Ngày hết hiệu lực có dạng dd/MM/yyyy (hoặc để trống).");
        return (f.Value, t);
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (Actor.ProvinceId is not { } province) return Denied(); // the tables are a province's
        if (!AccessPolicy.CanReadRound(Actor, province, null)) return Denied();
        CanManage = AccessPolicy.CanManageCommendations(Actor, province);
        var db = service;
        Salaries = await db.Salaries(province).OrderBy(s => s.EffectiveFrom).ToListAsync();
        var forms = await db.Forms.AsNoTracking().Where(f => f.ProvinceId == province).OrderBy(f => f.Name).ToListAsync();
        FormChoices = forms;
        Coefficients = (await db.Coefficients(province).OrderBy(c => c.AwardFormId).ThenBy(c => c.NomineeKind).ThenBy(c => c.EffectiveFrom).ToListAsync())
            .Select(c => (c, forms.FirstOrDefault(f => f.Id == c.AwardFormId)?.Name ?? "")).ToList();
        return null;
    }

    private async Task<IActionResult> ManageAsync(Func<int, Task<string>> work)
    {
        if (await LoadAsync() is { } refusal) return refusal;
        if (!CanManage) return Denied();
        try
        {
            Flash(await work(Actor.ProvinceId!.Value));
            return Redirect("/Commendations/Rates");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: "23P01" })
        {
            ModelState.AddModelError("", "Mức mới trùng thời gian với một mức đã có.");
        }

        await LoadAsync();
        return Invalid();
    }
}
