using Lantoa.Domain.Citizens;
using Lantoa.Domain.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// Base of the citizen pages (/cong-dan/…, layout _PublicLayout). Staff authorization does not apply to them (the
/// module opens the folder); what decides is the citizen cookie, read here on the server for every handler: a page that
/// needs a citizen sends anyone else — a staff cookie included — to the citizen sign-in.
/// </summary>
public abstract class CitizenPage : PageModel
{
    /// <summary>Whether the page is only for a signed-in citizen.</summary>
    protected virtual bool RequiresCitizen => true;

    /// <summary>The signed-in citizen (loaded, not deleted), or null on an open page.</summary>
    public Citizen? Me { get; private set; }

    [NonHandler] // a filter, not a handler named "HandlerExecution" for the verb "Page"
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var id = await CitizenAuth.SignedInAsync(HttpContext);
        if (id is { } me)
        {
            var accounts = HttpContext.RequestServices.GetRequiredService<CitizenAccounts>();
            Me = await accounts.LiveAsync(me);
        }
        if (RequiresCitizen && (Me is null || !AccessPolicy.CitizenOwns(id, Me.Id, Me.IsDeleted)))
        {
            var back = Request.Path + Request.QueryString;
            context.Result = new RedirectResult(CitizenAuth.SignInPath + "?ReturnUrl=" + Uri.EscapeDataString(back));
            return;
        }
        await next();
    }

    /// <summary>The form again with its errors, status 422.</summary>
    protected IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>Field errors of <see cref="CitizenAccounts"/> (API names) on the form's inputs ("fullName" → "Form.FullName").</summary>
    protected void AddErrors(IReadOnlyDictionary<string, string> errors, string prefix = "Form.")
    {
        foreach (var (field, message) in errors)
            ModelState.AddModelError(prefix + char.ToUpperInvariant(field[0]) + field[1..], message);
    }

    protected static string? LocalOnly(string? url) =>
        url is { Length: > 1 } r && r[0] == '/' && r[1] != '/' && r[1] != '\\' ? r : null;
}
