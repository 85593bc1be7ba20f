using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Citizens;

/// <summary>"Đăng xuất" of a citizen (a form: a link must not sign anyone out).</summary>
public sealed class SignOut : CitizenPage
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await CitizenAuth.SignOutAsync(HttpContext);
        return Redirect(CitizenAuth.SignInPath);
    }
}
