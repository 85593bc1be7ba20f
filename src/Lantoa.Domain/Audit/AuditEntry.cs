namespace Lantoa.Domain.Audit;

/// <summary>One change to one entity: who, when, what, and the old and new values (a JSON object field → [old, new]).</summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, int? userId, string userName, int? provinceId, string entityType, string entityId,
        string action, string changes)
    {
        At = at;
        UserId = userId;
        UserName = userName;
        ProvinceId = provinceId;
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        Changes = changes;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public int? ProvinceId { get; private set; }
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";

    /// <summary>"Created", "Updated" or "Deleted".</summary>
    public string Action { get; private set; } = "";

    public string Changes { get; private set; } = "{}";
}
