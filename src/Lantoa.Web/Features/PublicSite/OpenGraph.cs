namespace Lantoa.Web.Features.PublicSite;

/// <summary>The Open Graph tags of a public page (links are shared on Zalo and Facebook): title, description, absolute
/// URL, type, and an image when the page has one.</summary>
public sealed record OpenGraph(string Title, string Description, string Url, string Type = "website", string? Image = null)
{
    public static OpenGraph For(HttpRequest request, string title, string? description, string type = "website", string? image = null) =>
        new(title, Clip(description ?? title, 200), $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}", type, image);

    private static string Clip(string text, int max)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= max ? t : t[..(max - 1)].TrimEnd() + "…";
    }
}
