namespace Lantoa.Domain.Findings;

/// <summary>How much a finding matters: an error must be fixed, a warning should be looked at, info is a remark.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// Something Lantoa noticed while reading or checking: a stable code ("amount-mismatch"), a Vietnamese message for
/// the user, and where it is (<see cref="Location"/>: "dòng 12", "Phụ lục II, STT 3", a line number of a source file).
/// </summary>
public sealed record Finding(Severity Severity, string Code, string Message, string? Location = null, int? Line = null);

public static class SeverityNames
{
    public static string Vietnamese(this Severity severity) => severity switch
    {
        Severity.Error => "Lỗi",
        Severity.Warning => "Cảnh báo",
        _ => "Lưu ý",
    };
}
