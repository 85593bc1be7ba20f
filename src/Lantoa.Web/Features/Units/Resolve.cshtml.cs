using Lantoa.Domain.Units;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Units;

/// <summary>Shows how Lantoa reads a list of unit names written in a document, with ranked suggestions.</summary>
public sealed class Resolve(UnitDirectory directory) : LantoaPage
{
    [BindProperty(SupportsGet = true)] public string? Text { get; set; }
    [BindProperty(SupportsGet = true)] public string? On { get; set; }
    public IReadOnlyList<NameResolution> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Actor.ProvinceId is not { } provinceId) return Redirect("/Units");
        if (Text?.Length > 5000) ModelState.AddModelError(nameof(Text), "Đoạn văn bản tối đa 5000 ký tự.");
        if (!Formats.TryReadDay(On, out var day)) ModelState.AddModelError(nameof(On), "Ngày phải có dạng dd/MM/yyyy.");
        if (!ModelState.IsValid) return Invalid();
        if (!string.IsNullOrWhiteSpace(Text))
            Results = (await directory.ForProvinceAsync(provinceId)).Resolver.ResolveList(Text, day);
        return Page();
    }
}
