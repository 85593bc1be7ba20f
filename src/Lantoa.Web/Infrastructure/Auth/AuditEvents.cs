using Lantoa.Web.Infrastructure.Data;

namespace Lantoa.Web.Infrastructure.Auth;

/// <summary>
/// Events of the audit trail that change no record: sign-ins, failed sign-ins (the name typed, never the password),
/// sign-outs, refusals (403) and downloads, each with the source address and the browser. Written through
/// <see cref="LantoaDb.AddAuditEvent"/>, so they join the trail like every other entry.
/// </summary>
public static class AuditEvents
{
    public const string SignedIn = "SignedIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignedOut = "SignedOut";
    public const string Refused = "Refused";
    public const string Downloaded = "Downloaded";
    public const string PasswordCheckFailed = "PasswordCheckFailed";

    /// <summary>Entity type of events about a request rather than a record (a refusal, a download).</summary>
    public const string Request = "Request";

    /// <summary>Entity type of a sign-in attempt on a name no account has.</summary>
    public const string Login = "Login";

    public static Dictionary<string, string?> Details(HttpContext context, params (string Field, string? Value)[] more)
    {
        var details = new Dictionary<string, string?>
        {
            ["Address"] = ClientInfo.Address(context),
            ["UserAgent"] = ClientInfo.UserAgent(context),
        };
        foreach (var (field, value) in more) details[field] = value;
        return details;
    }

    /// <summary>Writes one event now, in a scope of its own (so that nothing the request left pending is saved with it).</summary>
    public static async Task WriteAsync(HttpContext context, string entityType, string entityId, string action,
        Dictionary<string, string?> details, AuditIdentity? who = null)
    {
        await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
        db.AddAuditEvent(entityType, entityId, action, details, who);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Middleware: a 403 answered to a signed-in person, and every file download (Content-Disposition: attachment —
    /// the .docx and .xlsx exports, evidence files), recorded with the path asked for.
    /// </summary>
    public static async Task RecordRefusalsAndDownloads(HttpContext context, Func<Task> next)
    {
        await next();
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null) return; // the error page of a status already recorded
        var status = context.Response.StatusCode;
        var path = (context.Request.Path + context.Request.QueryString).ToString();
        if (path.Length > 500) path = path[..500];
        if (status == StatusCodes.Status403Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            await WriteAsync(context, Request, path, Refused, Details(context, ("Method", context.Request.Method)));
        }
        else if (status == StatusCodes.Status200OK
                 && context.Response.Headers.ContentDisposition.ToString() is { } disposition
                 && disposition.StartsWith("attachment", StringComparison.OrdinalIgnoreCase))
        {
            var name = System.Net.Http.Headers.ContentDispositionHeaderValue.TryParse(disposition, out var parsed)
                ? (parsed.FileNameStar ?? parsed.FileName)?.Trim('"') : null;
            await WriteAsync(context, Request, path, Downloaded, Details(context, ("File", name)));
        }
    }
}
