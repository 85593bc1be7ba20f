namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// Where the citizens' codes go out: SMTP as the reminders use it (LANTOA_SMTP_HOST, LANTOA_SMTP_PORT, LANTOA_SMTP_FROM)
/// and an SMS gateway (LANTOA_SMS_URL, LANTOA_SMS_TOKEN; without it phones stay unverified); LANTOA_CITIZEN_KEY
/// (base64, 32 bytes or more) is the key of CCCD hashes and proof-of-work challenges when set.
/// </summary>
public sealed record CitizenSettings
{
    public string? SmtpHost { get; init; }
    public int SmtpPort { get; init; } = 25;
    public string? SmtpFrom { get; init; }
    public string? SmsUrl { get; init; }
    public string? SmsToken { get; init; }
    public string? Key { get; init; }

    public bool MailConfigured => !string.IsNullOrEmpty(SmtpHost) && !string.IsNullOrEmpty(SmtpFrom);

    public static CitizenSettings FromEnvironment() => new()
    {
        SmtpHost = Environment.GetEnvironmentVariable("LANTOA_SMTP_HOST"),
        SmtpPort = int.TryParse(Environment.GetEnvironmentVariable("LANTOA_SMTP_PORT"), out var p) ? p : 25,
        SmtpFrom = Environment.GetEnvironmentVariable("LANTOA_SMTP_FROM"),
        SmsUrl = Environment.GetEnvironmentVariable("LANTOA_SMS_URL"),
        SmsToken = Environment.GetEnvironmentVariable("LANTOA_SMS_TOKEN"),
        Key = Environment.GetEnvironmentVariable("LANTOA_CITIZEN_KEY"),
    };
}
