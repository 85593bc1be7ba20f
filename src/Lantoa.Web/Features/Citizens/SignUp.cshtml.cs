using Lantoa.Domain.Citizens;
using Lantoa.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// "Đăng ký": a phone or an e-mail, a password, the profile and consent per purpose. Refused unless the proof-of-work
/// challenge is solved (citizen.js does it) and the honeypot field is empty; all checks before one save.
/// </summary>
[EnableRateLimiting(PublicRateLimits.SignUp)]
public sealed class SignUp(CitizenAccounts accounts, CommuneSearch places, ChallengeService challenges) : CitizenPage
{
    public const string Bot = "Không gửi được biểu mẫu. Hãy tải lại trang và thử lại.";

    protected override bool RequiresCitizen => false;

    [BindProperty] public ProfileForm Form { get; set; } = new();
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public List<string> Consents { get; set; } = [];
    [BindProperty] public string? CommuneQuery { get; set; }

    /// <summary>The honeypot: hidden from people, filled by form-filling robots.</summary>
    [BindProperty] public string? Website { get; set; }

    [BindProperty(Name = "Challenge")] public string? PowChallenge { get; set; }
    [BindProperty] public string? Nonce { get; set; }

    public ProfileChoices Choices { get; private set; } = null!;
    public int Difficulty { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? tinh)
    {
        if (Me is not null) return Redirect("/cong-dan/tai-khoan");
        Form.ProvinceCode ??= tinh;
        Consents = [.. ConsentPurposes.RequiredKeys];
        await LoadAsync();
        return Page();
    }

    /// <summary>The province's communes and units as &lt;option&gt;s, for citizen.js (q: search without diacritics).</summary>
    public async Task<IActionResult> OnGetPlacesAsync(string? province, string? q, string? list)
    {
        Form.ProvinceCode = province;
        var choices = await ProfileChoices.LoadAsync(places, accounts, Form, q);
        return Partial(list == "units" ? "_UnitOptions" : "_CommuneOptions", choices);
    }

    /// <summary>Without JavaScript: the form again with the chosen province's lists; nothing is written.</summary>
    public async Task<IActionResult> OnPostRefreshAsync()
    {
        ModelState.Clear();
        Password = null;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!string.IsNullOrEmpty(Website)) return await RefuseAsync(Bot);
        if (await challenges.RedeemAsync(PowChallenge, Nonce) is { } refused) return await RefuseAsync(refused);
        var result = await accounts.SignUpAsync(Form.ToInput(Phone, Email, Password, Consents));
        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors)
                ModelState.AddModelError(field switch
                {
                    "phone" => nameof(Phone), "email" => nameof(Email), "password" => nameof(Password), "consent" => nameof(Consents),
                    _ => "Form." + char.ToUpperInvariant(field[0]) + field[1..],
                }, message);
            if (result.Conflict) Response.StatusCode = StatusCodes.Status409Conflict;
            return await RefuseAsync(null, result.Conflict);
        }
        await CitizenAuth.SignInAsync(HttpContext, result.Citizen!);
        return Redirect(Verify.Path);
    }

    private async Task<IActionResult> RefuseAsync(string? message, bool conflict = false)
    {
        if (message is not null) ModelState.AddModelError("", message);
        Password = null;
        await LoadAsync();
        if (!conflict) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync()
    {
        Choices = await ProfileChoices.LoadAsync(places, accounts, Form, CommuneQuery);
        (PowChallenge, Difficulty) = challenges.Issue();
        Nonce = null;
        ModelState.Remove("Challenge");
        ModelState.Remove(nameof(Nonce));
    }
}
