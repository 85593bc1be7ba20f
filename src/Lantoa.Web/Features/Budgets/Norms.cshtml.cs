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

/// <summary>The add/edit form of a spending norm; dates dd/MM/yyyy, the price as people write it.</summary>
public sealed class NormForm
{
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Nhập tên nội dung chi."), System.ComponentModel.DataAnnotations.StringLength(500, ErrorMessage = "Tên tối đa 500 ký tự.")]
    public string Name { get; set; } = "";

    [System.ComponentModel.DataAnnotations.StringLength(100, ErrorMessage = "Đơn vị tính tối đa 100 ký tự.")]
    public string? UnitOfMeasure { get; set; }

    public string? MaxUnitPrice { get; set; }
    public string? EffectiveFrom { get; set; }
    public string? EffectiveTo { get; set; }

    [System.ComponentModel.DataAnnotations.StringLength(1000, ErrorMessage = "Căn cứ tối đa 1000 ký tự.")]
    public string? LegalSource { get; set; }

    public static NormForm From(SpendingNorm n) => new()
    {
        Name = n.Name, UnitOfMeasure = n.UnitOfMeasure, MaxUnitPrice = n.MaxUnitPrice.ToDigits(),
        EffectiveFrom = Formats.Day(n.EffectiveFrom), EffectiveTo = Formats.Day(n.EffectiveTo), LegalSource = n.LegalSource,
    };

    /// <summary>Checks the fields; returns the values, or null with the errors in <paramref name="state"/>.</summary>
    public (Money Price, DateOnly From, DateOnly? To)? Validate(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state)
    {
        var read = MoneyInput.Read(MaxUnitPrice, "Mức chi tối đa", "Form.MaxUnitPrice", state);
        var price = read ?? default;
        if (string.IsNullOrWhiteSpace(MaxUnitPrice)) state.AddModelError("Form.MaxUnitPrice", "Nhập mức chi tối đa.");
        else if (read is { Dong: 0 }) state.AddModelError("Form.MaxUnitPrice", "Mức chi tối đa phải lớn hơn 0.");
        if (!Formats.TryReadDay(EffectiveFrom, out var from) || from is null)
            state.AddModelError("Form.EffectiveFrom", "Ngày có hiệu lực phải có dạng dd/MM/yyyy.");
        if (!Formats.TryReadDay(EffectiveTo, out var to)) state.AddModelError("Form.EffectiveTo", "Ngày hết hiệu lực phải có dạng dd/MM/yyyy.");
        if (from is not null && to is not null && to < from) state.AddModelError("Form.EffectiveTo", "Ngày hết hiệu lực phải sau ngày có hiệu lực.");
        return state.IsValid ? (price, from!.Value, to) : null;
    }

    public SpendingNorm? Read(int provinceId, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state) =>
        Validate(state) is { } v ? new SpendingNorm(provinceId, Name, UnitOfMeasure, v.Price, v.From, v.To, LegalSource) : null;
}

/// <summary>Upload limits of the budgets feature.</summary>
public static class BudgetLimits
{
    /// <summary>10 MB: an estimate or a norms catalogue is a few hundred kilobytes at most.</summary>
    public const int MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>
    /// 64 MB: requests are read up to this size so that an oversized file (a 50 MB workbook) is answered with a clear
    /// message instead of a dropped connection; the file itself is refused above <see cref="MaxUploadBytes"/>.
    /// </summary>
    public const long MaxRequestBytes = 64L * 1024 * 1024;

    /// <summary>Lines pasted or imported at once.</summary>
    public const int MaxLines = 5000;
}

/// <summary>Reads an uploaded .csv or .xlsx into rows of cells, with a Vietnamese message when it cannot.</summary>
public static class UploadedTable
{
    /// <summary>An .xlsx is read on <paramref name="workers"/> (bounded pool, time budget) when given.</summary>
    public static async Task<(IReadOnlyList<IReadOnlyList<string?>>? Grid, string? Error)> ReadAsync(IFormFile? file,
        Lantoa.Web.Infrastructure.Files.UploadWorkers? workers = null, CancellationToken ct = default)
    {
        if (file is null || file.Length == 0) return (null, "Chưa chọn tệp, hoặc tệp rỗng.");
        if (file.Length > BudgetLimits.MaxUploadBytes)
            return (null, $"Tệp \"{file.FileName}\" quá lớn ({file.Length / 1024 / 1024} MB); giới hạn là {BudgetLimits.MaxUploadBytes / 1024 / 1024} MB.");
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        await using var stream = file.OpenReadStream();
        switch (extension)
        {
            case ".csv":
            case ".txt":
            {
                using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                var text = await reader.ReadToEndAsync();
                if (text.Contains('\0')) return (null, $"Tệp \"{file.FileName}\" không phải là tệp văn bản.");
                IReadOnlyList<IReadOnlyList<string?>> rows = text.Contains('\t') && extension == ".txt"
                    ? text.Split('\n').Select(l => (IReadOnlyList<string?>)l.TrimEnd('\r').Split('\t')).ToList()
                    : CsvReader.Read(new StringReader(text)).Select(r => (IReadOnlyList<string?>)r.Fields).ToList();
                return (rows, null);
            }
            case ".xlsx":
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer);
                buffer.Position = 0;
                try
                {
                    return (workers is null ? EstimateWorkbook.ReadGrid(buffer) : await workers.RunAsync(budget => EstimateWorkbook.ReadGrid(buffer, budget), ct), null);
                }
                catch (Lantoa.Domain.DomainException e)
                {
                    return (null, e.Message);
                }
            }
            default:
                return (null, $"Không đọc được tệp \"{file.FileName}\": chỉ nhận tệp .xlsx hoặc .csv.");
        }
    }
}
