using Lantoa.Domain.Budgets;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using static Lantoa.Web.Infrastructure.Web.TextInput;

namespace Lantoa.Web.Features.Budgets;

/// <summary>The estimate's header on its page (posted as <c>Header.*</c>): title, appendix label, "Kèm theo" line,
/// the total the document states and the funding source.</summary>
public sealed class EstimateHeaderForm
{
    public string? Title { get; set; }
    public string? AppendixLabel { get; set; }
    public string? AttachedTo { get; set; }
    public string? StatedTotal { get; set; }
    public int? FundingSourceId { get; set; }

    /// <summary>The estimate's version when the form was opened (hidden).</summary>
    public uint? Version { get; set; }

    public static EstimateHeaderForm From(Estimate e, uint? version) => new()
    {
        Title = e.Title, AppendixLabel = e.AppendixLabel, AttachedTo = e.AttachedTo,
        StatedTotal = e.StatedTotal?.ToDigits(), FundingSourceId = e.FundingSourceId, Version = version,
    };

    /// <summary>
    /// Checks the fields against the plan's funding sources (an id typed into the form is not trusted); returns the
    /// stated total read (null when none is typed), or false with Vietnamese errors in <paramref name="state"/>.
    /// </summary>
    public bool Validate(IEnumerable<FundingSource> sources, ModelStateDictionary state, out Money? statedTotal)
    {
        statedTotal = MoneyInput.Read(StatedTotal, "Tổng cộng ghi trong văn bản", "Header.StatedTotal", state);
        if (string.IsNullOrWhiteSpace(Title)) state.AddModelError("Header.Title", "Nhập tên dự toán.");
        if (FundingSourceId is { } fs && !sources.Any(s => s.Id == fs))
            state.AddModelError("Header.FundingSourceId", "Nguồn kinh phí không thuộc kế hoạch này.");
        return state.IsValid;
    }

    /// <summary>Writes the validated fields onto the estimate (<see cref="Validate"/> first).</summary>
    public void ApplyTo(Estimate e, Money? statedTotal)
    {
        e.SetTitle(Title!);
        e.AppendixLabel = Clean(AppendixLabel);
        e.AttachedTo = Clean(AttachedTo);
        e.StatedTotal = statedTotal;
        e.FundingSourceId = FundingSourceId;
    }
}
