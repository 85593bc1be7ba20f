using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Infrastructure.Api;

/// <summary>
/// Every error of the JSON API as ProblemDetails (RFC 9457, `application/problem+json`) with a Vietnamese `title` and
/// `detail`, and for bad fields an `errors` map (field in camelCase → messages). Endpoints of every module return these
/// (`return ApiProblems.NotFound("Không tìm thấy tỉnh có mã 99.")`); <see cref="ApiPipeline"/> writes the same shape for
/// what the framework answers on its own (401, 403, 404 of an unknown path, 405, 413, 415, 429, 500).
/// </summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    /// <summary>The title of each status, in Vietnamese.</summary>
    public static string Title(int status) => status switch
    {
        400 => "Yêu cầu không hợp lệ",
        401 => "Cần đăng nhập",
        403 => "Không có quyền",
        404 => "Không tìm thấy",
        405 => "Phương thức không được hỗ trợ",
        409 => "Xung đột dữ liệu",
        413 => "Dữ liệu gửi lên quá lớn",
        415 => "Định dạng dữ liệu không được hỗ trợ",
        422 => "Dữ liệu chưa hợp lệ",
        429 => "Quá nhiều yêu cầu",
        503 => "Hệ thống tạm thời gián đoạn",
        _ when status >= 500 => "Lỗi hệ thống",
        _ => "Yêu cầu không thực hiện được",
    };

    /// <summary>The detail when the caller gives none.</summary>
    public static string DefaultDetail(int status) => status switch
    {
        400 => "Dữ liệu gửi lên không đọc được. Kiểm tra lại cú pháp JSON và kiểu của từng trường.",
        401 => "Cần đăng nhập: gửi mã truy cập trong tiêu đề Authorization (Bearer …), lấy từ POST /api/v1/auth/token.",
        403 => "Tài khoản của bạn không có quyền thực hiện thao tác này.",
        404 => "Địa chỉ hoặc dữ liệu bạn tìm không tồn tại, hoặc không thuộc phạm vi của bạn.",
        405 => "Phương thức HTTP này không được hỗ trợ tại địa chỉ này; xem tiêu đề Allow.",
        409 => "Dữ liệu đã thay đổi hoặc đã tồn tại; tải lại rồi thử lại.",
        413 => "Dữ liệu gửi lên vượt quá giới hạn cho phép.",
        415 => "Nội dung phải là JSON (Content-Type: application/json).",
        422 => "Vui lòng kiểm tra lại các trường đã nhập.",
        429 => "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng chờ rồi thử lại (xem tiêu đề Retry-After).",
        503 => "Không kết nối được cơ sở dữ liệu. Dữ liệu đã lưu không bị mất; vui lòng thử lại sau ít phút.",
        _ when status >= 500 => "Hệ thống gặp lỗi khi xử lý yêu cầu. Dữ liệu chưa được lưu; vui lòng thử lại.",
        _ => "Yêu cầu không thực hiện được.",
    };

    /// <summary>The ProblemDetails of a status; with <paramref name="errors"/>, a validation problem.</summary>
    public static ProblemDetails For(int status, string? detail = null, IDictionary<string, string[]>? errors = null, string? instance = null)
    {
        ProblemDetails problem = errors is { Count: > 0 } ? new HttpValidationProblemDetails(errors) : new ProblemDetails();
        problem.Status = status;
        problem.Title = Title(status);
        problem.Detail = detail ?? DefaultDetail(status);
        problem.Type = TypeOf(status);
        problem.Instance = instance;
        return problem;
    }

    /// <summary>422: fields that break the rules, each with its messages ("birthDate" → ["Ngày sinh không được ở tương lai."]).</summary>
    public static IResult Validation(IDictionary<string, string[]> errors, string? detail = null) =>
        Problem(For(StatusCodes.Status422UnprocessableEntity, detail, errors));

    /// <summary>422 with one field's message.</summary>
    public static IResult Validation(string field, string message) => Validation(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>400: what was sent cannot be read (syntax, types).</summary>
    public static IResult BadRequest(string? detail = null, IDictionary<string, string[]>? errors = null) =>
        Problem(For(StatusCodes.Status400BadRequest, detail, errors));

    public static IResult Unauthorized(string? detail = null) => Problem(For(StatusCodes.Status401Unauthorized, detail));

    public static IResult Forbidden(string? detail = null) => Problem(For(StatusCodes.Status403Forbidden, detail));

    public static IResult NotFound(string? detail = null) => Problem(For(StatusCodes.Status404NotFound, detail));

    /// <summary>409: a duplicate (a phone already registered) or a stale update; <paramref name="errors"/> names the fields.</summary>
    public static IResult Conflict(string? detail = null, IDictionary<string, string[]>? errors = null) =>
        Problem(For(StatusCodes.Status409Conflict, detail, errors));

    /// <summary>429 with Retry-After (whole seconds, at least 1).</summary>
    public static IResult TooManyRequests(TimeSpan retryAfter, string? detail = null) =>
        new WithRetryAfter(retryAfter, Problem(For(StatusCodes.Status429TooManyRequests, detail)));

    /// <summary>Any other status.</summary>
    public static IResult Status(int status, string? detail = null, IDictionary<string, string[]>? errors = null) =>
        Problem(For(status, detail, errors));

    /// <summary>Writes a problem straight to the response (middleware, handlers without IResult).</summary>
    public static Task WriteAsync(HttpContext context, int status, string? detail = null, IDictionary<string, string[]>? errors = null)
    {
        context.Response.StatusCode = status;
        return Problem(For(status, detail, errors, context.Request.Path)).ExecuteAsync(context);
    }

    /// <summary>The Retry-After header value: whole seconds, at least 1.</summary>
    public static string Seconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static IResult Problem(ProblemDetails problem) => TypedResults.Problem(problem);

    private static string TypeOf(int status) => status switch
    {
        400 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        401 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
        403 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
        404 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        405 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        409 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
        413 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
        415 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
        422 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
        429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        503 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
        _ => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
    };

    private sealed class WithRetryAfter(TimeSpan wait, IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = Seconds(wait);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
