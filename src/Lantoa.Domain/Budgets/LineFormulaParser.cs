namespace Lantoa.Domain.Budgets;

/// <summary>Reads the calculation written in a line's content. (Being written: see the budgets work.)</summary>
public static class LineFormulaParser
{
    public static LineFormula? TryParse(string content) => null;
}
