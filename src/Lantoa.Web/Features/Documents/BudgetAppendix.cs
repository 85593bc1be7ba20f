using Lantoa.Domain.Budgets;

namespace Lantoa.Web.Features.Documents;

/// <summary>A budget appendix: an estimate's table (STT | NỘI DUNG | … | THÀNH TIỀN), its total and the amount in words.</summary>
public sealed record BudgetAppendix : PlanAppendix
{
    public required Estimate Estimate { get; init; }

    /// <summary>Whether the table has a "GHI CHÚ" column even when no line has a note (the imported table had one).</summary>
    public bool NoteColumn { get; init; }

    public static BudgetAppendix Of(Estimate estimate, string? label = null) => new()
    {
        Estimate = estimate,
        Label = label ?? (string.IsNullOrWhiteSpace(estimate.AppendixLabel) ? "Phụ lục" : estimate.AppendixLabel.Trim()),
        Title = estimate.Title,
    };
}
