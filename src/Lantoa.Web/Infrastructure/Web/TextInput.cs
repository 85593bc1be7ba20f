namespace Lantoa.Web.Infrastructure.Web;

/// <summary>What a form field holds once read: trimmed, NFC, and null when nothing but spaces was typed.</summary>
public static class TextInput
{
    public static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Normalize();
}
