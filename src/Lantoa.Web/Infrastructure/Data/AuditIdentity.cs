namespace Lantoa.Web.Infrastructure.Data;

public sealed record AuditIdentity(int? UserId, string UserName, int? ProvinceId);
