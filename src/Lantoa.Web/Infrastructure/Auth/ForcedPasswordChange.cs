namespace Lantoa.Web.Infrastructure.Auth;

/// <summary>
/// While an account must change its password (a new account, a reset by an administrator), every request but the
/// change itself, sign-out and the error pages is sent to "Đổi mật khẩu": a redirect for pages (HX-Redirect for htmx),
/// 403 for anything else that would change data.
/// </summary>
public static class ForcedPasswordChange
{
    public const string Page = "/Account/ChangePassword";

    public static Task Enforce(HttpContext context, Func<Task> next)
    {
        if (!context.User.HasClaim(LantoaClaims.MustChangePassword, "1") || IsAllowed(context.Request.Path)) return next();
        if (context.Request.Headers["HX-Request"] == "true")
        {
            context.Response.Headers["HX-Redirect"] = Page;
            context.Response.StatusCode = StatusCodes.Status200OK;
            return Task.CompletedTask;
        }
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Redirect(Page);
            return Task.CompletedTask;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    private static bool IsAllowed(PathString path) =>
        path.StartsWithSegments(Page, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/Account/Logout", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/Error", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);
}
