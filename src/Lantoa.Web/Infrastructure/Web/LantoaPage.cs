using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantoa.Web.Infrastructure.Web;

/// <summary>Base of Lantoa's pages: the signed-in actor and the standard refusals.</summary>
public abstract class LantoaPage : PageModel
{
    /// <summary>The signed-in actor; every page but login and errors requires one.</summary>
    protected Actor Actor => LantoaClaims.ToActor(User) ?? throw new UnauthorizedAccessException();

    public bool IsHtmx => Request.Headers["HX-Request"] == "true";

    /// <summary>404 with the Vietnamese "not found" page: also used for ids of another province, which must not be revealed.</summary>
    protected IActionResult NotFoundPage() => NotFound();

    /// <summary>403 with the Vietnamese "not allowed" page.</summary>
    protected IActionResult Denied() => StatusCode(StatusCodes.Status403Forbidden);

    /// <summary>The form again with its errors, status 422.</summary>
    protected IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    protected IActionResult InvalidPartial(string name, object model)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Partial(name, model);
    }

    protected void Flash(string message) => TempData["Flash"] = message;
}
