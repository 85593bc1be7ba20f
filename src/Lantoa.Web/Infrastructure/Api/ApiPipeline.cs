using System.Text.Json;
using System.Text.RegularExpressions;
using Lantoa.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Infrastructure.Api;

/// <summary>
/// The middleware of /api paths, placed right after the HTML error handling: for an API request it turns the status-code
/// re-execution (the HTML error pages) off and answers every error as ProblemDetails instead — an exception (500 without
/// a stack trace; a model-binding failure of a minimal API, which the framework throws: 400 with the field that could not
/// be read; 413; 415), and any error status an endpoint, the router (404 of an unknown path, 405 with Allow), the
/// authentication (401) or the rate limiter (429 with Retry-After) left without a body. Every API response that does
/// not choose its own caching gets `Cache-Control: no-store`. Pages are untouched.
/// </summary>
public static partial class ApiPipeline
{
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static async Task Handle(HttpContext context, Func<Task> next)
    {
        if (!IsApi(context.Request.Path))
        {
            await next();
            return;
        }
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = context.RequestServices.GetRequiredService<ApiSettings>().MaxRequestBodyBytes;
        context.Response.OnStarting(() =>
        {
            if (!context.Response.Headers.ContainsKey("Cache-Control")) context.Response.Headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });

        try
        {
            await next();
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var (status, detail, errors) = Describe(ex);
            if (status >= 500)
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Lantoa.Api")
                    .LogError(ex, "API request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            var allow = context.Response.Headers.Allow;
            context.Response.Clear();
            if (status == StatusCodes.Status405MethodNotAllowed) context.Response.Headers.Allow = allow;
            await ApiProblems.WriteAsync(context, status, detail, errors);
            return;
        }

        var response = context.Response;
        if (response.HasStarted || response.StatusCode < 400 || response.ContentLength is > 0 || !string.IsNullOrEmpty(response.ContentType)) return;
        string? why = response.StatusCode switch
        {
            401 => context.Items.TryGetValue(BearerAuthenticationHandler.RefusalKey, out var r) ? r as string : BearerAuthenticationHandler.Missing,
            404 when context.GetEndpoint() is null => "Không có địa chỉ API này. Danh sách các địa chỉ: /openapi/v1.json và docs/api.md.",
            _ => null,
        };
        await ApiProblems.WriteAsync(context, response.StatusCode, why);
    }

    /// <summary>Status, Vietnamese detail and field errors of an exception met while serving an API request.</summary>
    public static (int Status, string? Detail, Dictionary<string, string[]>? Errors) Describe(Exception ex)
    {
        switch (ex)
        {
            case BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge:
                return (413, null, null);
            case BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status415UnsupportedMediaType:
                return (415, null, null);
            case BadHttpRequestException { InnerException: JsonException json }:
                return Json(json);
            case BadHttpRequestException bad when bad.InnerException is BadHttpRequestException { StatusCode: 413 }:
                return (413, null, null);
            case BadHttpRequestException bad when BindFailure().Match(bad.Message) is { Success: true } m:
                return (400, "Có tham số không đúng kiểu hoặc định dạng.",
                    new() { [m.Groups["name"].Value] = [$"Giá trị \"{Shorten(m.Groups["value"].Value)}\" không hợp lệ."] });
            case BadHttpRequestException bad when RequiredMissing().Match(bad.Message) is { Success: true } m:
                return (400, m.Groups["source"].Value == "body" ? "Thiếu nội dung JSON của yêu cầu." : "Thiếu tham số bắt buộc.",
                    m.Groups["source"].Value == "body" ? null : new() { [m.Groups["name"].Value] = ["Bắt buộc."] });
            case BadHttpRequestException bad:
                return (bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : 400, null, null);
            case JsonException json:
                return Json(json);
            case DomainException domain:
                return (422, domain.Message, null);
            case DbUpdateConcurrencyException:
                return (409, "Đã có người thay đổi dữ liệu này kể từ khi bạn tải về; tải lại rồi thử lại.", null);
            case var _ when Web.DatabaseErrors.IsOutage(ex):
                return (503, null, null);
            default:
                return (500, null, null);
        }
    }

    private static (int, string?, Dictionary<string, string[]>?) Json(JsonException json)
    {
        var field = FieldOf(json.Path);
        var syntax = json.InnerException?.GetType().Name == "JsonReaderException";
        var where = json.LineNumber is { } line ? $" (dòng {line + 1}, vị trí {(json.BytePositionInLine ?? 0) + 1})" : "";
        if (syntax || field is null)
            return (400, "Nội dung không phải JSON hợp lệ" + where + ".", field is null ? null : new() { [field] = ["Không đọc được giá trị."] });
        return (400, "Có trường không đúng kiểu dữ liệu" + where + ".",
            new() { [field] = ["Giá trị không đúng kiểu hoặc định dạng (ngày viết YYYY-MM-DD, số không đặt trong ngoặc kép)."] });
    }

    /// <summary>"$.birthDate" → "birthDate", "$.sessions[0].title" → "sessions[0].title", "$" → null.</summary>
    private static string? FieldOf(string? path) =>
        path is null || path == "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    // Messages of RequestDelegateFactory (minimal APIs), stable across .NET 8–10.
    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^"]*?) (?<name>\w+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("""^Required parameter "(?<type>[^"]*?) (?<name>\w+)" was not provided from (?<source>\w+)""")]
    private static partial Regex RequiredMissing();
}
