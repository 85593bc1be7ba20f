using Lantoa.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantoa.Web.Features.Citizens;

/// <summary>"Tài khoản": what is verified, and the profile to change (same checks as the sign-up).</summary>
[EnableRateLimiting(PublicRateLimits.PublicWrite)]
public sealed class Account(CitizenAccounts accounts, CommuneSearch places, CodeSender sender) : CitizenPage
{
    public const string Path = "/cong-dan/tai-khoan";

    [BindProperty] public ProfileForm Form { get; set; } = new();
    [BindProperty] public string? CommuneQuery { get; set; }

    public ProfileChoices Choices { get; private set; } = null!;
    public bool CanText => sender.CanText;

    public async Task OnGetAsync()
    {
        Form = ProfileForm.From(Me!);
        Choices = await ProfileChoices.LoadAsync(places, accounts, Form, null);
    }

    public async Task<IActionResult> OnPostRefreshAsync()
    {
        ModelState.Clear();
        Choices = await ProfileChoices.LoadAsync(places, accounts, Form, CommuneQuery);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = await accounts.UpdateProfileAsync(Me!, Form.ToInput(null, null, null, []));
        if (errors.Count > 0)
        {
            AddErrors(errors);
            Choices = await ProfileChoices.LoadAsync(places, accounts, Form, CommuneQuery);
            return Invalid();
        }
        TempData["Flash"] = "Đã lưu thông tin.";
        return Redirect(Path);
    }
}
