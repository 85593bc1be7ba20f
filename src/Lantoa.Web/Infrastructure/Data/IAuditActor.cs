namespace Lantoa.Web.Infrastructure.Data;

/// <summary>Who is changing data, for the audit trail.</summary>
public interface IAuditActor
{
    AuditIdentity Current { get; }
}
