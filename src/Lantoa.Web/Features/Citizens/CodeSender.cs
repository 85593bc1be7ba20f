using System.Net.Mail;

namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// Sends a verification code: by e-mail through SMTP (the reminders' settings), by SMS through <see cref="ISmsGateway"/>.
/// Logs say that a code went out or failed, never to whom.
/// </summary>
public sealed class CodeSender(CitizenSettings settings, ISmsGateway sms, ILogger<CodeSender> log)
{
    public bool CanMail => settings.MailConfigured;
    public bool CanText => sms.IsConfigured;

    public async Task<bool> MailAsync(string to, string code, CancellationToken ct)
    {
        if (!settings.MailConfigured) return false;
        using var smtp = new SmtpClient(settings.SmtpHost, settings.SmtpPort);
        using var message = new MailMessage(settings.SmtpFrom!, to, "Mã xác minh tài khoản: " + code,
            $"Mã xác minh: {code}\n\nĐây là mã xác minh tài khoản của bạn. Mã có hiệu lực trong {(int)Lantoa.Domain.Citizens.VerificationCode.Lifetime.TotalMinutes} phút. "
            + "Nếu bạn không đăng ký, hãy bỏ qua thư này.")
        {
            BodyEncoding = System.Text.Encoding.UTF8, SubjectEncoding = System.Text.Encoding.UTF8,
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.QuotedPrintable, // the digits stay readable in the raw message
        };
        try
        {
            await smtp.SendMailAsync(message, ct);
            return true;
        }
        catch (SmtpException e)
        {
            log.LogWarning("Không gửi được thư mã xác minh: {Reason}", e.StatusCode);
            return false;
        }
    }

    public async Task<bool> TextAsync(string phone, string code, CancellationToken ct)
    {
        if (!sms.IsConfigured) return false;
        try
        {
            return await sms.SendAsync(phone, $"Ma xac minh tai khoan: {code}", ct);
        }
        catch (HttpRequestException e)
        {
            log.LogWarning("Không gửi được tin nhắn mã xác minh: {Reason}", e.StatusCode);
            return false;
        }
    }
}
