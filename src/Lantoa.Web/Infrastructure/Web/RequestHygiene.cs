using Lantoa.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Lantoa.Web.Infrastructure.Web;

/// <summary>A message the error page shows instead of its generic one (set by the step that refused the request).</summary>
public static class ErrorMessage
{
    private const string Key = "lantoa.error-message";

    public static void Set(HttpContext context, string heading, string message) => context.Items[Key] = new Shown(heading, message);

    public static (string Heading, string Message)? Get(HttpContext context) =>
        context.Items.TryGetValue(Key, out var value) && value is Shown s ? (s.Heading, s.Message) : null;

    private sealed record Shown(string Heading, string Message);
}

/// <summary>
/// Pages answer GET, HEAD and POST only: any other method (TRACE, PUT, PROPFIND, OPTIONS…) gets 405 with an Allow
/// header and a short Vietnamese text, before routing, so no page is ever run for it. The JSON API (/api) is left to its
/// endpoints: they answer DELETE where they map it, and the router's 405 (as ProblemDetails) for the rest.
/// </summary>
public sealed class AllowedMethods(RequestDelegate next)
{
    public const string Allow = "GET, HEAD, POST";

    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsPost(context.Request.Method)
            || Api.ApiPipeline.IsApi(context.Request.Path))
            return next(context);
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allow;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("Thao tác không được hỗ trợ trên trang này.");
    }
}

/// <summary>
/// One step for every page, before its handler and before the antiforgery check reads the form: query strings, form
/// fields (names and values, url-encoded or multipart) and route values holding a control character (NUL and the
/// other C0/C1 controls; tab and line breaks are text) are refused with 400 and a Vietnamese message, so they never
/// reach a handler or the database (the framework itself refuses a NUL in a url-encoded form, but with a generic
/// refusal). An upload that finds the upload workers busy gets the 503 "Hệ thống đang bận" page with Retry-After.
/// </summary>
/// <remarks>
/// As an authorization filter it runs after the pages' own request-size filters (order 900), so their limits apply
/// when it reads the form, and before antiforgery validation (order 1000).
/// </remarks>
public sealed class RequestHygieneFilter : IAsyncAuthorizationFilter, IOrderedFilter, IAsyncPageFilter
{
    public const string ControlCharacterMessage =
        "Dữ liệu gửi lên có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL). Hãy xóa ký tự đó rồi thử lại; chưa có gì được lưu.";

    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        // The error page, re-executed for a refusal, sees the refused form again: it must still render.
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null) return;
        bool refused;
        try
        {
            refused = await HasControlCharactersAsync(http.Request) || context.RouteData.Values.Values.Any(v => v is string s && HasControl(s));
        }
        catch (InvalidDataException)
        {
            refused = true; // the form reader's own refusal: "The form value contains invalid characters", or a malformed form
        }

        if (!refused) return;
        ErrorMessage.Set(http, "Yêu cầu không hợp lệ", ControlCharacterMessage);
        context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is UploadWorkersBusyException busy && !executed.ExceptionHandled)
        {
            executed.ExceptionHandled = true;
            context.HttpContext.Response.Headers.RetryAfter = "5";
            ErrorMessage.Set(context.HttpContext, "Hệ thống đang bận", busy.Message);
            executed.Result = new StatusCodeResult(StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<bool> HasControlCharactersAsync(HttpRequest request)
    {
        foreach (var (key, values) in request.Query)
            if (HasControl(key) || values.Any(HasControl)) return true;
        if (!request.HasFormContentType) return false;
        var form = await request.ReadFormAsync();
        foreach (var (key, values) in form)
            if (HasControl(key) || values.Any(HasControl)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="text"/> holds a C0 or C1 control other than tab, line feed and carriage return.</summary>
    public static bool HasControl(string? text)
    {
        if (text is null) return false;
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) return true;
        return false;
    }
}
