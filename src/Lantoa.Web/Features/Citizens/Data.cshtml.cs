using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Lantoa.Web.Infrastructure.Auth;

namespace Lantoa.Web.Features.Citizens;

/// <summary>"Dữ liệu của tôi": the consent per purpose (optional ones may be withdrawn) and the download of all data (JSON).</summary>
[EnableRateLimiting(PublicRateLimits.PublicWrite)]
public sealed class Data(CitizenAccounts accounts) : CitizenPage
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    [BindProperty] public List<string> Consents { get; set; } = [];

    public void OnGet() => Consents = [.. Me!.Consents];

    public async Task<IActionResult> OnGetExportAsync()
    {
        var data = await accounts.ExportAsync(Me!);
        return File(JsonSerializer.SerializeToUtf8Bytes(data, Json), "application/json; charset=utf-8", "du-lieu-ca-nhan.json");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await accounts.SetConsentsAsync(Me!, Consents) is { } error)
        {
            ModelState.AddModelError(nameof(Consents), error);
            return Invalid();
        }
        TempData["Flash"] = "Đã lưu lựa chọn đồng ý.";
        return Redirect("/cong-dan/du-lieu");
    }
}
