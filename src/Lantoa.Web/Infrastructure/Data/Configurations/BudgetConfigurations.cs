using System.Text.Json;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lantoa.Web.Infrastructure.Data.Configurations;

/// <summary>Money is stored as bigint đồng; a written calculation as jsonb.</summary>
internal static class BudgetColumns
{
    public static readonly ValueConverter<Money, long> Money = new(m => m.Dong, d => new Money(d));

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly ValueConverter<LineFormula?, string?> Formula = new(
        f => f == null ? null : JsonSerializer.Serialize(f, Json),
        s => s == null ? null : JsonSerializer.Deserialize<LineFormula>(s, Json));

    public static readonly ValueComparer<LineFormula?> FormulaComparer = new(
        (a, b) => a == null ? b == null : a.Equals(b),
        f => f == null ? 0 : f.GetHashCode(),
        f => f);
}

internal sealed class EstimateConfiguration : IEntityTypeConfiguration<Estimate>
{
    public void Configure(EntityTypeBuilder<Estimate> b)
    {
        b.ToTable("estimates");
        b.Property(x => x.Status).HasConversion<string>();
        b.Property(x => x.StatedTotal).HasConversion(BudgetColumns.Money);
        b.Ignore(x => x.IsEditable);
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<FundingSource>().WithMany().HasForeignKey(x => x.FundingSourceId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.EstimateId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class EstimateLineConfiguration : IEntityTypeConfiguration<EstimateLine>
{
    public void Configure(EntityTypeBuilder<EstimateLine> b)
    {
        b.ToTable("estimate_lines");
        b.Property(x => x.Kind).HasConversion<string>();
        b.Property(x => x.UnitPrice).HasConversion(BudgetColumns.Money);
        b.Property(x => x.StatedAmount).HasConversion(BudgetColumns.Money);
        b.Property(x => x.ActualAmount).HasConversion(BudgetColumns.Money);
        b.Property(x => x.Quantity).HasPrecision(18, 4);
        b.Property(x => x.Formula).HasConversion(BudgetColumns.Formula, BudgetColumns.FormulaComparer).HasColumnType("jsonb");
        b.Ignore(x => x.ComputedAmount);
        b.Ignore(x => x.Amount);
        b.HasOne<FundingSource>().WithMany().HasForeignKey(x => x.FundingSourceId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<SpendingNorm>().WithMany().HasForeignKey(x => x.NormId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class FundingSourceConfiguration : IEntityTypeConfiguration<FundingSource>
{
    public void Configure(EntityTypeBuilder<FundingSource> b)
    {
        b.ToTable("funding_sources");
        b.Property(x => x.Kind).HasConversion<string>();
        b.Property(x => x.StatedAmount).HasConversion(BudgetColumns.Money);
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SpendingNormConfiguration : IEntityTypeConfiguration<SpendingNorm>
{
    public void Configure(EntityTypeBuilder<SpendingNorm> b)
    {
        b.ToTable("spending_norms");
        b.Property(x => x.MaxUnitPrice).HasConversion(BudgetColumns.Money);
    }
}

internal sealed class PlanUnitBudgetConfiguration : IEntityTypeConfiguration<PlanUnitBudget>
{
    public void Configure(EntityTypeBuilder<PlanUnitBudget> b)
    {
        b.ToTable("plan_unit_budgets");
        b.Property(x => x.Amount).HasConversion(BudgetColumns.Money);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId);
    }
}
