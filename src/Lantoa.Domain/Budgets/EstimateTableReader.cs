using Lantoa.Domain.Findings;

namespace Lantoa.Domain.Budgets;

/// <summary>What reading an estimate table gave: the estimate (null when the table could not be read) and findings.</summary>
public sealed record EstimateReadResult(Estimate? Estimate, IReadOnlyList<Finding> Findings)
{
    public bool Success => Estimate is not null;
}

/// <summary>Reads an estimate table from tab-separated text or from a grid of cells. (Being written: see the budgets work.)</summary>
public static class EstimateTableReader
{
    public static EstimateReadResult ReadText(string text, string? defaultTitle = null) => throw new NotImplementedException();

    public static EstimateReadResult Read(IReadOnlyList<IReadOnlyList<string?>> rows, string? defaultTitle = null) =>
        throw new NotImplementedException();
}
