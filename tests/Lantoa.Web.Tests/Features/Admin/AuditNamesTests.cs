using Lantoa.Web.Features.Admin.Audit;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Admin;

/// <summary>
/// Guard: the audit page speaks Vietnamese for every record the model maps and every field the trail records. A module
/// that adds an entity or a field without its name in its XModule.cs fails here, not on an administrator's screen.
/// </summary>
public class AuditNamesTests
{
    [Fact]
    public void Every_mapped_entity_has_a_Vietnamese_name_and_every_audited_field_a_label()
    {
        // The model alone: no database is opened.
        using var services = LantoaWeb.CommandLineServices("Host=127.0.0.1;Port=1;Database=none");
        using var scope = services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<LantoaDb>().Model;

        var entities = model.GetEntityTypes().Where(t => t.ClrType != typeof(Lantoa.Domain.Audit.AuditEntry)).ToList();
        var missingEntities = entities.Select(t => t.ClrType.Name).Distinct().Where(n => !AuditText.HasEntityName(n)).Order().ToList();
        var missingFields = entities
            .SelectMany(t => t.GetProperties().Select(p => (Entity: t.ClrType.Name, Field: p.Name)))
            .Where(f => !LantoaDb.NotAuditedFields.Contains(f.Field) && !AuditText.HasFieldLabel(f.Field))
            .GroupBy(f => f.Field).Select(g => $"{g.Key} ({string.Join(", ", g.Select(f => f.Entity).Distinct())})").Order().ToList();

        Assert.True(entities.Count > 20, "the model maps the entities");
        Assert.True(missingEntities.Count == 0, "records without a Vietnamese name: " + string.Join(", ", missingEntities));
        Assert.True(missingFields.Count == 0, "fields without a Vietnamese label: " + string.Join(", ", missingFields));
        Assert.Empty(AuditText.ConflictingFieldLabels());
    }

    [Fact]
    public void The_audit_page_names_records_and_fields_in_Vietnamese()
    {
        Assert.Equal("Dự toán", AuditText.EntityName("Estimate"));
        Assert.Equal("Báo cáo tiến độ", AuditText.EntityName("ProgressReport"));
        Assert.Equal("Chỉ tiêu", AuditText.EntityName("Target"));
        var change = Assert.Single(AuditText.Changes("""{"Title": ["Cũ", "Mới"]}"""));
        Assert.Equal(new AuditText.Change("Tên", "Cũ", "Mới"), change);
    }
}
