using Lantoa.Web.Features.PublicSite;

namespace Lantoa.Web.Features.Quizzes;

/// <summary>The province's published quizzes on its public home page and in <c>GET /api/v1/provinces/{code}/public</c>.</summary>
public sealed class QuizPublicSection(QuizStore store, TimeProvider clock) : IPublicSection
{
    public PublicSectionKind Kind => PublicSectionKind.Quizzes;

    public async Task<IReadOnlyList<PublicSectionItem>> ItemsAsync(PublicProvince province, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var items = new List<PublicSectionItem>();
        foreach (var id in await store.QuizIdsAsync(province.Code, ct))
        {
            if (await store.QuizAsync(id, ct) is not { } q || q.Rounds.Count == 0) continue;
            var open = q.OpenRound(now);
            var from = q.Rounds.Min(r => r.OpensAt).ToOffset(TimeSpan.FromHours(7));
            var to = q.Rounds.Max(r => r.ClosesAt).ToOffset(TimeSpan.FromHours(7));
            var past = q.Rounds.All(r => r.Status(now) == "closed");
            items.Add(new PublicSectionItem(q.Id, q.Title, $"{from:dd/MM/yyyy} – {to:dd/MM/yyyy}", null, $"/cuoc-thi/{q.Id}",
                open is not null ? (open.Practice ? "Đang mở đợt thi thử" : $"Đang mở đợt {open.Number}") : past ? "Đã kết thúc" : "Sắp mở", past)
            {
                Fields = new Dictionary<string, object?> { ["questionCount"] = q.Rules.QuestionCount, ["timeLimitSeconds"] = q.Rules.TimeLimitSeconds },
            });
        }
        return items;
    }
}
