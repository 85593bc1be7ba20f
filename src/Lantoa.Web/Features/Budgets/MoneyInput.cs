using Lantoa.Domain.Budgets;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lantoa.Web.Features.Budgets;

/// <summary>An amount typed into a form field: blank is "not given"; anything else must be a non-negative amount of money.</summary>
public static class MoneyInput
{
    /// <summary>
    /// The amount in <paramref name="text"/>, or null when blank or wrong; a wrong one adds "<paramref name="name"/>: …"
    /// (not money, or negative) to <paramref name="state"/> under <paramref name="key"/>.
    /// </summary>
    public static Money? Read(string? text, string name, string key, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!Money.TryParse(text, out var money, out var error))
        {
            state.AddModelError(key, $"{name}: {error}");
            return null;
        }

        if (money.IsNegative)
        {
            state.AddModelError(key, $"{name} không được âm.");
            return null;
        }

        return money;
    }
}
