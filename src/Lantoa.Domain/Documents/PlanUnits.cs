namespace Lantoa.Domain.Documents;

/// <summary>Every unit name a parsed plan writes: leads and coordinating units, responsibilities, budget shares, participants, deadlines, task rows.</summary>
public static class PlanUnits
{
    public static IEnumerable<ParsedUnit> All(ParsedPlan plan) =>
        plan.AllActivities().SelectMany(a => a.Lead.Concat(a.Coordinating))
            .Concat(plan.Responsibilities.SelectMany(r => r.Units))
            .Concat(plan.BudgetSection?.Units.Select(u => u.Unit) ?? [])
            .Concat(plan.ParticipantTables.SelectMany(t => t.Rows.Select(r => r.Unit)))
            .Concat(plan.Deadlines.SelectMany(d => d.Units))
            .Concat(plan.TaskTables.SelectMany(t => t.Rows.SelectMany(r => r.Lead.Concat(r.Coordinating))));
}
