using Lantoa.Domain;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantoa.Web.Features;

/// <summary>Every error the user can meet, in Vietnamese, never with a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class Error : PageModel
{
    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        Code = exception switch
        {
            null => code ?? Response.StatusCode,
            DomainException => StatusCodes.Status400BadRequest,
            BadHttpRequestException bad => bad.StatusCode,
            _ when DatabaseErrors.IsOutage(exception) => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };
        if (Code < 400) Code = 500;
        Response.StatusCode = Code;
        (Heading, Message) = Code switch
        {
            400 => ("Yêu cầu không hợp lệ", exception is DomainException d ? d.Message : "Dữ liệu gửi lên không hợp lệ."),
            401 => ("Cần đăng nhập", "Vui lòng đăng nhập để tiếp tục."),
            403 => ("Không có quyền", "Tài khoản của bạn không có quyền thực hiện thao tác này."),
            404 => ("Không tìm thấy", "Trang hoặc dữ liệu bạn tìm không tồn tại, hoặc không thuộc phạm vi của bạn."),
            405 => ("Thao tác không được hỗ trợ", "Thao tác này không được hỗ trợ trên trang này."),
            413 => ("Tệp quá lớn", "Dữ liệu gửi lên vượt quá giới hạn cho phép."),
            422 => ("Dữ liệu chưa hợp lệ", "Vui lòng kiểm tra lại các trường đã nhập."),
            503 => ("Hệ thống tạm thời gián đoạn", "Không kết nối được cơ sở dữ liệu. Dữ liệu đã lưu không bị mất; vui lòng thử lại sau ít phút."),
            _ => ("Đã có lỗi xảy ra", "Hệ thống gặp lỗi khi xử lý yêu cầu. Dữ liệu chưa được lưu; vui lòng thử lại."),
        };
        if (exception is null && ErrorMessage.Get(HttpContext) is { } shown) (Heading, Message) = shown;
    }
}
