using Lantoa.Domain.Budgets;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Budgets;

/// <summary>
/// Quyết toán: the actual amount spent against each line of an approved estimate, the variance line by line and the
/// totals by funding source. The whole table is saved at once; one unreadable figure refuses the whole table.
/// </summary>
[RequestFormLimits(ValueCountLimit = 4 * BudgetLimits.MaxLines + 100)]
public sealed class Actuals(LantoaDb db, EstimateService estimates, TimeProvider clock) : LantoaPage
{
    public EstimateContext Context { get; private set; } = null!;
    public EstimateSheet Sheet { get; private set; } = null!;
    public Dictionary<int, string?> Typed { get; private set; } = [];
    public Dictionary<int, string?> TypedNotes { get; private set; } = [];
    public IReadOnlyList<ActualBySource> BySource { get; private set; } = [];

    /// <summary>The estimate's version when the table was opened (hidden field).</summary>
    [BindProperty] public uint? Version { get; set; }

    public sealed record ActualBySource(string Name, Money Estimated, Money Actual)
    {
        public Money Variance => Actual - Estimated;
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        Typed = Context.Estimate.Lines.ToDictionary(l => l.Id, l => l.ActualAmount?.ToDigits());
        TypedNotes = Context.Estimate.Lines.ToDictionary(l => l.Id, l => l.ActualNote);
        Version = db.VersionOf(Context.Estimate);
        await DescribeAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, Dictionary<int, string?>? actual, Dictionary<int, string?>? note)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Context.CanRecordActuals) return Denied();
        Typed = actual ?? [];
        TypedNotes = note ?? [];
        var values = new Dictionary<EstimateLine, Money?>();
        foreach (var line in Context.Estimate.Lines.Where(l => l.Kind == EstimateLineKind.Item))
        {
            var text = Typed.GetValueOrDefault(line.Id);
            var spent = MoneyInput.Read(text, $"Dòng {line.Label ?? line.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture)}, số thực chi", "actual", ModelState);
            if (spent is not null || string.IsNullOrWhiteSpace(text)) values[line] = spent;
            if (TypedNotes.GetValueOrDefault(line.Id) is { Length: > 1000 })
                ModelState.AddModelError("note", $"Dòng {line.Label}: ghi chú tối đa 1000 ký tự.");
        }

        if (!ModelState.IsValid)
        {
            await DescribeAsync();
            return Invalid();
        }

        db.ExpectVersion(Context.Estimate, Version);
        foreach (var (line, value) in values) line.SetActual(value, TypedNotes.GetValueOrDefault(line.Id));
        Context.Estimate.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync();
        Flash("Đã lưu số thực chi.");
        return Redirect($"/Budgets/Estimates/{id}/Actuals");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var context = await estimates.LoadAsync(id, Actor);
        if (context is null) return NotFoundPage();
        Context = context;
        return null;
    }

    private async Task DescribeAsync()
    {
        var sources = await estimates.SourcesAsync(Context.Plan.Id);
        var norms = await estimates.NormsAsync(Context.Plan.ProvinceId);
        Sheet = EstimateSheet.Build(Context, norms, sources, null, null, [], null);
        var names = sources.ToDictionary(s => s.Id, s => s.Name);
        BySource = Context.Estimate.Lines.Where(l => l.Kind == EstimateLineKind.Item)
            .GroupBy(l => l.FundingSourceId ?? Context.Estimate.FundingSourceId)
            .Select(g => new ActualBySource(g.Key is { } k ? names.GetValueOrDefault(k) ?? PlanBudget.NoSource : PlanBudget.NoSource,
                Money.Sum(g.Select(l => l.Amount)), Money.Sum(g.Select(l => l.ActualAmount ?? Money.Zero))))
            .ToList();
    }
}
