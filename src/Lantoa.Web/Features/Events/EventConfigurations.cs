using Lantoa.Domain.Citizens;
using Lantoa.Domain.Events;
using Lantoa.Domain.Geography;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantoa.Web.Features.Events;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> b)
    {
        b.ToTable("events");
        b.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceId);
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ProvinceId);
    }
}

internal sealed class EventSessionConfiguration : IEntityTypeConfiguration<EventSession>
{
    public void Configure(EntityTypeBuilder<EventSession> b)
    {
        b.ToTable("event_sessions");
        b.HasOne(x => x.Event).WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.SeatsTaken).HasDefaultValue(0);
    }
}

internal sealed class DelegateQuotaConfiguration : IEntityTypeConfiguration<DelegateQuota>
{
    public void Configure(EntityTypeBuilder<DelegateQuota> b)
    {
        b.ToTable("delegate_quotas");
        b.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId);
    }
}

internal sealed class DelegateConfiguration : IEntityTypeConfiguration<EventDelegate>
{
    public void Configure(EntityTypeBuilder<EventDelegate> b)
    {
        b.ToTable("delegates");
        b.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<DelegateQuota>().WithMany().HasForeignKey(x => x.QuotaId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId);
    }
}

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> b)
    {
        b.ToTable("tickets");
        b.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EventSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EventDelegate>().WithMany().HasForeignKey(x => x.DelegateId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> b)
    {
        b.ToTable("check_ins");
        b.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Ticket>().WithMany().HasForeignKey(x => x.TicketId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EventSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoadshowStopConfiguration : IEntityTypeConfiguration<RoadshowStop>
{
    public void Configure(EntityTypeBuilder<RoadshowStop> b)
    {
        b.ToTable("roadshow_stops");
        b.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.HostUnitId);
        b.HasIndex(x => new { x.EventId, x.Cluster }).IsUnique();
        b.HasIndex(x => x.HostUnitId);
        b.Ignore(x => x.Units);
        b.HasMany(x => x.Participants).WithOne().HasForeignKey(x => x.StopId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Participants).HasField("_participants").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RoadshowParticipantConfiguration : IEntityTypeConfiguration<RoadshowParticipant>
{
    public void Configure(EntityTypeBuilder<RoadshowParticipant> b)
    {
        b.ToTable("roadshow_participants");
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId);
        b.HasIndex(x => new { x.StopId, x.UnitId }).IsUnique();
        b.HasIndex(x => x.UnitId);
    }
}
