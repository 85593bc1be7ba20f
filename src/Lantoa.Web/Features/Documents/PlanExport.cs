using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Documents;

/// <summary>Loads a plan with everything its document shows and writes it as a Decree 30 .docx.</summary>
public static class PlanExport
{
    public static async Task<byte[]?> DocxAsync(LantoaDb db, UnitDirectory directory, int planId, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsNoTracking()
            .Include(p => p.Activities).ThenInclude(a => a.Parties)
            .Include(p => p.LegalBases).Include(p => p.Deadlines).Include(p => p.UnitBudgets).Include(p => p.Responsibilities)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return null;
        var estimates = await db.Estimates.AsNoTracking().Include(e => e.Lines.OrderBy(l => l.SortOrder))
            .Where(e => e.PlanId == planId).OrderBy(e => e.Id).ToListAsync(ct);
        var units = await directory.ForProvinceAsync(plan.ProvinceId, ct);
        // The layout of the document the plan was imported from (the latest import), so that nothing of it is lost.
        var layout = await db.PlanImports.AsNoTracking().Where(i => i.PlanId == planId).OrderByDescending(i => i.Id)
            .Select(i => i.LayoutJson).FirstOrDefaultAsync(ct);
        return PlanDocxWriter.Write(PlanDocument.From(plan, estimates, units.Units.ToDictionary(u => u.Id, u => u.Name),
            layout: Lantoa.Domain.Documents.DocumentLayout.FromJson(layout)));
    }
}
