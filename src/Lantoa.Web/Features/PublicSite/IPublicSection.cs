namespace Lantoa.Web.Features.PublicSite;

/// <summary>Which part of the public site (and of <c>GET /api/v1/provinces/{code}/public</c>) a section fills.</summary>
public enum PublicSectionKind
{
    /// <summary>Online quizzes ("quizzes" in the API; shown with the contests on the home page).</summary>
    Quizzes,

    /// <summary>Submission contests, votes ("contests").</summary>
    Contests,

    /// <summary>Events with their agenda ("events").</summary>
    Events,
}

/// <summary>
/// The seam through which other modules (quizzes, contests, events) put what they have published on a province's public
/// site: a module registers its implementation (<c>services.AddScoped&lt;IPublicSection, QuizPublicSection&gt;()</c>) and
/// returns only published items of that province. With none registered the home page renders no such section and the
/// API answers empty arrays. A module whose published items change calls <see cref="PublicSiteCache.EvictProvinceAsync"/>.
/// </summary>
public interface IPublicSection
{
    PublicSectionKind Kind { get; }

    /// <summary>The published items of the province, in the order to show them.</summary>
    Task<IReadOnlyList<PublicSectionItem>> ItemsAsync(PublicProvince province, CancellationToken ct);
}

/// <summary>
/// One published item of a section: what the home page shows and the API's common fields. <paramref name="Past"/>: over
/// (a contest with its results, shown under "đã kết thúc"). <see cref="Fields"/>: the module's own API fields (e.g. an
/// event's <c>sessions</c>), written beside the common ones.
/// </summary>
public sealed record PublicSectionItem(int Id, string Title, string? When, string? Place, string? Href, string? Status, bool Past = false)
{
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();
}
