namespace Lantoa.Web.Infrastructure.Data;

/// <summary>The actor of command-line runs and background work.</summary>
public sealed class SystemAuditActor(string name = "hệ thống") : IAuditActor
{
    public AuditIdentity Current { get; } = new(null, name, null);
}
