using System.ComponentModel.DataAnnotations;
using Lantoa.Domain;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Quizzes;
using Lantoa.Domain.Quizzes.Live;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Lantoa.Web.Features.Quizzes.Live.Host;

/// <summary>
/// "Rung chuông vàng" (/Quizzes/Live): the live shows the signed-in staff user may host, and a new show on one of the
/// province's quizzes (seconds per question, rescues, prize tiers). The Quizzes folder is open to anonymous visitors
/// (the citizens' quiz page), so these handlers ask for the staff login themselves: no login → the sign-in page.
/// </summary>
public sealed class LiveHostIndex(LiveShowStore store) : LantoaPage
{
    public IReadOnlyList<LiveShowRow> Shows { get; private set; } = [];
    public IReadOnlyList<(int Id, string Title)> Quizzes { get; private set; } = [];
    public bool CanCreate { get; private set; }

    [BindProperty] public NewShow Form { get; set; } = new();

    public sealed class NewShow
    {
        [Display(Name = "Cuộc thi")] public int QuizId { get; set; }
        [Display(Name = "Tên buổi thi")] public string? Title { get; set; }
        [Display(Name = "Số giây mỗi câu")] public int QuestionSeconds { get; set; } = 15;
        [Display(Name = "Số lần cứu trợ")] public int Rescues { get; set; } = 1;
        public int[] Counts { get; set; } = [.. LiveSettings.LongAnFestival.Select(t => t.Count)];
        public long[] Amounts { get; set; } = [.. LiveSettings.LongAnFestival.Select(t => t.Amount.Dong)];
    }

    public static readonly string[] TierNames = [.. LiveSettings.LongAnFestival.Select(t => t.Name)];

    private async Task<IActionResult?> LoadAsync(Actor actor, CancellationToken ct)
    {
        if (actor.ProvinceId is { } p && !AccessPolicy.CanListLiveShows(actor, p)) return Denied();
        if (actor.ProvinceId is null && !actor.IsNational) return Denied();
        Shows = [.. (await store.ProvinceShowsAsync(actor.ProvinceId, ct)).Where(s => AccessPolicy.CanHostLiveShow(actor, s.ProvinceId, s.HostUnitId))];
        CanCreate = actor.ProvinceId is { } province && (AccessPolicy.CanManageQuizzes(actor, province) || actor.UnitId is not null);
        if (actor.ProvinceId is { } pr)
        {
            var c = await store.ConnectionAsync(ct);
            await using var cmd = new NpgsqlCommand("SELECT id, title FROM quizzes WHERE province_id = $1 ORDER BY id DESC", c);
            cmd.Parameters.AddWithValue(pr);
            var list = new List<(int, string)>();
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) list.Add((r.GetInt32(0), r.GetString(1)));
            Quizzes = list;
        }
        return null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (LantoaClaims.ToActor(User) is not { } actor) return Challenge();
        return await LoadAsync(actor, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (LantoaClaims.ToActor(User) is not { } actor) return Challenge();
        if (await LoadAsync(actor, ct) is { } refused) return refused;
        if (!CanCreate) return Denied();
        if (!Quizzes.Any(q => q.Id == Form.QuizId)) ModelState.AddModelError("Form.QuizId", "Hãy chọn một cuộc thi của tỉnh.");
        if (Form.Counts.Length != TierNames.Length || Form.Amounts.Length != TierNames.Length)
            ModelState.AddModelError("Form.Counts", "Hãy nhập số giải và tiền thưởng của từng hạng giải.");
        var tiers = TierNames.Select((n, i) => new PrizeTier(n, Form.Counts.ElementAtOrDefault(i), new Money(Form.Amounts.ElementAtOrDefault(i)))).ToList();
        var settings = new LiveSettings(Form.QuestionSeconds, Form.Rescues, tiers);
        foreach (var problem in settings.Problems()) ModelState.AddModelError("Form", problem);
        var title = TextInput.Clean(Form.Title);
        if (title is null) ModelState.AddModelError("Form.Title", "Hãy nhập tên buổi thi.");
        else if (title.Length > 200) ModelState.AddModelError("Form.Title", "Tên buổi thi dài quá 200 ký tự.");
        if (!ModelState.IsValid) return Invalid();
        int id;
        try
        {
            id = await store.CreateAsync(actor.ProvinceId!.Value, Form.QuizId, actor.UnitId, title!, settings, null, ct);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Form", e.Message);
            return Invalid();
        }
        Flash("Đã tạo buổi thi Rung chuông vàng.");
        return Redirect($"/Quizzes/Live/{id}");
    }
}
