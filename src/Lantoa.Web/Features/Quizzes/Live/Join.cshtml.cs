using Lantoa.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Quizzes.Live;

/// <summary>"/rung-chuong-vang": a player types the show's code (read from the big screen) and goes to the show's page.</summary>
public sealed class LiveJoin(LiveShowStore store) : CitizenPage
{
    protected override bool RequiresCitizen => false;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) return Page();
        if (code.Trim().Length > 12 || await store.ByCodeAsync(code, ct) is not { } show)
        {
            Error = "Không có buổi thi nào với mã này; hãy xem lại mã trên màn hình.";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        return Redirect("/rung-chuong-vang/" + Uri.EscapeDataString(show.Code));
    }
}
