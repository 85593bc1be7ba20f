using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Quizzes.Manage;

/// <summary>"Thi trắc nghiệm" for the province's organisers: its quizzes with their rounds (results of the closed ones)
/// and the question bank by status.</summary>
public sealed class Index(LantoaDb db, QuizStore store, QuizBankEditor bank, TimeProvider clock) : LantoaPage
{
    public IReadOnlyList<QuizInfo> Quizzes { get; private set; } = [];
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();
    public DateTimeOffset Now { get; private set; }
    public bool NoProvince { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = Actor;
        Now = clock.GetUtcNow();
        if (actor.ProvinceId is not { } provinceId) { NoProvince = true; return actor.IsNational ? Page() : Denied(); }
        if (!AccessPolicy.CanManageQuizzes(actor, provinceId)) return Denied();
        var code = await db.Provinces.Where(p => p.Id == provinceId).Select(p => p.Code).SingleAsync(ct);
        var list = new List<QuizInfo>();
        foreach (var id in await store.QuizIdsAsync(code, ct))
            if (await store.QuizAsync(id, ct) is { } q) list.Add(q);
        Quizzes = list;
        Counts = await bank.CountsAsync(provinceId, ct);
        return Page();
    }

}
