using Lantoa.Domain;
using Lantoa.Domain.Commendations;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Tracking.Reports;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Files;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Commendations;

/// <summary>
/// A round, for the DX office and the emulation board: awards and quotas, every unit's nominations (accept, return with
/// a comment, reject; the council's votes), the cash on the decision's date against the estimate, the decision (.docx;
/// number, date and signer recorded when signed), the certificates (one or all in a .zip) and the ceremony.
/// </summary>
public sealed class Round(LantoaDb db, CommendationService service, EvidenceStore store) : LantoaPage
{
    public RoundContext Ctx { get; private set; } = null!;
    public IReadOnlyList<Nomination> All { get; private set; } = [];
    public IReadOnlyList<Nomination> Awards { get; private set; } = [];
    public CommendationDecision? Decision { get; private set; }
    public IReadOnlyList<AwardCashLine> Cash { get; private set; } = [];
    public IReadOnlyList<Finding> Findings { get; private set; } = [];
    public DateOnly CashDay { get; private set; }
    public IReadOnlyList<AwardForm> FormChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    /// <summary>Adds an award to the round: a form, a kind of nominee, how many.</summary>
    public Task<IActionResult> OnPostAwardAsync(int id, int awardFormId, NomineeKind kind, int count, string? description) =>
        ManageAsync(id, async ctx =>
        {
            if (!await db.Set<AwardForm>().AnyAsync(f => f.Id == awardFormId && f.ProvinceId == ctx.Round.ProvinceId))
                throw new DomainException("Chọn hình thức khen thưởng của tỉnh.");
            ctx.Round.AddAward(awardFormId, kind, count, TextInput.Clean(description));
            await db.SaveChangesAsync();
            return "Đã thêm hình thức khen thưởng.";
        });

    /// <summary>Sets a quota: "u:12" one unit, "g:3" each member of a group.</summary>
    public Task<IActionResult> OnPostQuotaAsync(int id, int awardId, string? target, int count) =>
        ManageAsync(id, async ctx =>
        {
            var award = ctx.Round.Awards.FirstOrDefault(a => a.Id == awardId) ?? throw new DomainException("Chọn hình thức khen thưởng của đợt.");
            int? unit = null, group = null;
            if (target?.StartsWith("u:", StringComparison.Ordinal) == true && int.TryParse(target[2..], out var u) && ctx.Units.UnitsById.ContainsKey(u)) unit = u;
            else if (target?.StartsWith("g:", StringComparison.Ordinal) == true && int.TryParse(target[2..], out var g) && ctx.Units.GroupsById.ContainsKey(g)) group = g;
            else throw new DomainException("Chọn đơn vị hoặc nhóm đơn vị của tỉnh.");
            ctx.Round.SetQuota(award, unit, group, count);
            return await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync();
                await service.SyncObligationAsync(ctx.Round); // a unit given a quota owes its nominations by the deadline
                return "Đã ghi chỉ tiêu.";
            });
        });

    /// <summary>Accepts, returns (with a comment) or rejects a nomination; not once the decision is signed.</summary>
    public Task<IActionResult> OnPostReviewAsync(int id, int nominationId, string? decision, string? comment) =>
        ReviewAsync(id, async (ctx, signed) =>
        {
            if (signed) throw new DomainException("Quyết định đã ký: danh sách khen thưởng không thay đổi được nữa.");
            return await db.InTransactionAsync(async () =>
            {
                var n = await db.Set<Nomination>().FirstOrDefaultAsync(x => x.Id == nominationId && x.RoundId == id) ?? throw new KeyNotFoundException();
                await db.LockAsync(n); // two reviewers at once: the second sees the first one's decision
                switch (decision)
                {
                    case "accept": n.Accept(Actor.UserId, service.Now); break;
                    case "return": n.Return(Actor.UserId, service.Now, comment); break;
                    case "reject": n.Reject(Actor.UserId, service.Now, comment); break;
                    default: throw new DomainException("Chọn chấp thuận, trả lại hoặc không chấp thuận.");
                }

                await db.SaveChangesAsync();
                return decision switch { "accept" => $"Đã chấp thuận: {n.NomineeName}.", "return" => $"Đã trả lại hồ sơ kèm ý kiến: {n.NomineeName}.", _ => $"Không chấp thuận: {n.NomineeName}." };
            });
        });

    /// <summary>Records the council's vote on a nomination.</summary>
    public Task<IActionResult> OnPostVoteAsync(int id, int nominationId, int approve, int reject) =>
        ReviewAsync(id, async (ctx, signed) =>
        {
            var n = await db.Set<Nomination>().FirstOrDefaultAsync(x => x.Id == nominationId && x.RoundId == id) ?? throw new KeyNotFoundException();
            n.RecordVote(approve, reject);
            await db.SaveChangesAsync();
            return $"Đã ghi kết quả bỏ phiếu của hội đồng: {approve} tán thành, {reject} không tán thành.";
        });

    /// <summary>Records the signed decision's number, date and signer: from then on the accepted nominations are awards.</summary>
    public Task<IActionResult> OnPostSignAsync(int id, string? number, string? signedOn, string? signerTitle, string? signerName) =>
        ManageAsync(id, async ctx =>
        {
            if (!Formats.TryReadDay(signedOn, out var day) || day is null) throw new DomainException("Ngày ký có dạng dd/MM/yyyy.");
            return await db.InTransactionAsync(async () =>
            {
                await db.LockAsync<CommendationRound>(id);
                if (!await db.Set<Nomination>().AnyAsync(n => n.RoundId == id && n.Status == NominationStatus.Accepted))
                    throw new DomainException("Chưa có hồ sơ nào được chấp thuận: quyết định chưa có danh sách.");
                var decision = await service.DecisionAsync(id);
                if (decision is null)
                {
                    decision = new CommendationDecision(ctx.Round.ProvinceId, id);
                    db.Set<CommendationDecision>().Add(decision);
                }

                decision.Sign(TextInput.Clean(number), day.Value, TextInput.Clean(signerTitle), TextInput.Clean(signerName), ctx.Round.Deadline, service.Now);
                await db.SaveChangesAsync();
                return $"Đã ghi quyết định số {decision.NumberSymbol} ngày {Formats.Day(decision.SignedOn)}.";
            });
        });

    /// <summary>The decision as .docx: the draft to sign (number and date blank) or the signed one.</summary>
    public async Task<IActionResult> OnGetDecisionAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Ctx.CanRead) return Denied();
        if (Awards.Count == 0) return NotFoundPage();
        var bytes = DecisionDocx.Write(await DocumentAsync());
        return File(bytes, DocxBuilderContentType, $"quyet-dinh-khen-thuong-{id}.docx");
    }

    /// <summary>One award's certificate (.docx with its QR code); only once the decision is signed.</summary>
    public async Task<IActionResult> OnGetCertificateAsync(int id, int nominationId)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Ctx.CanReview && !Ctx.CanRead) return Denied();
        var n = Awards.FirstOrDefault(a => a.Id == nominationId);
        if (n is null || Decision?.IsSigned != true) return NotFoundPage();
        return File(CertificateDocx.Write(CertificateOf(n)), DocxBuilderContentType, FileNames.Clean($"bang-khen-{Awards.ToList().IndexOf(n) + 1:000}.docx"));
    }

    /// <summary>Every certificate of the decision in one .zip.</summary>
    public async Task<IActionResult> OnGetCertificatesAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Ctx.CanRead) return Denied();
        if (Decision?.IsSigned != true || Awards.Count == 0) return NotFoundPage();
        var files = Awards.Select((n, i) => ($"{i + 1:000}-{Slug(n.NomineeName)}.docx", CertificateDocx.Write(CertificateOf(n))));
        return File(CertificateDocx.Zip(files), "application/zip", $"bang-khen-dot-{id}.zip");
    }

    /// <summary>The ceremony: the event's reference, each award's calling order, and who attended and received.</summary>
    public Task<IActionResult> OnPostCeremonyAsync(int id, string? eventReference, Dictionary<int, int?>? order, List<int>? attended, List<int>? received) =>
        ReviewAsync(id, async (ctx, signed) =>
        {
            if (!signed) throw new DomainException("Chưa có quyết định khen thưởng đã ký.");
            var round = await db.Set<CommendationRound>().FirstAsync(r => r.Id == id);
            round.SetEventReference(eventReference);
            foreach (var n in await db.Set<Nomination>().Where(x => x.RoundId == id && x.Status == NominationStatus.Accepted).ToListAsync())
            {
                var o = order?.GetValueOrDefault(n.Id);
                if (o is < 1 or > 100_000) throw new DomainException("Thứ tự xướng danh phải từ 1 đến 100.000.");
                n.CallingOrder = o;
                n.Attended = attended?.Contains(n.Id) == true;
                n.Received = received?.Contains(n.Id) == true;
            }

            await db.SaveChangesAsync();
            return "Đã ghi danh sách trao thưởng.";
        });

    /// <summary>A nomination's attached file, for those who read the round.</summary>
    public async Task<IActionResult> OnGetFileAsync(int id, int fileId)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Ctx.CanRead) return Denied();
        var file = All.SelectMany(n => n.Files).FirstOrDefault(f => f.Id == fileId);
        var stream = file is null ? null : store.Open(file.StoredName);
        if (file is null || stream is null) return NotFoundPage();
        Response.Headers["X-Content-Type-Options"] = "nosniff";
        return File(stream, file.ContentType, FileNames.Clean(file.OriginalName, "ho-so"));
    }

    public const string DocxBuilderContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public string VerificationUrl(string code) => $"{Request.Scheme}://{Request.Host}/xac-minh/khen-thuong/{code}";

    private Certificate CertificateOf(Nomination n)
    {
        var award = Ctx.Round.Awards.First(a => a.Id == n.AwardId);
        var form = Ctx.Forms[award.AwardFormId];
        return new Certificate(form.IssuingAuthority, form.Title, n.NomineeName, n.Position, n.NomineeUnit ?? Ctx.UnitName(n.UnitId),
            Reason(), Decision!.NumberSymbol!, Decision.SignedOn!.Value, Ctx.ProvinceName, Decision.SignerTitle ?? "", Decision.SignerName ?? "",
            VerificationUrl(n.VerificationCode!), n.VerificationCode!);
    }

    private string Reason() => $"xuất sắc trong {DocxTextLower(Ctx.ActivityTitle)}";

    private static string DocxTextLower(string activity)
    {
        var i = activity.IndexOf(". ", StringComparison.Ordinal);
        var title = i >= 0 && i < 8 ? activity[(i + 2)..] : activity;
        return Lantoa.Domain.Text.VietnameseText.LowerFirst(title);
    }

    private async Task<DecisionDocument> DocumentAsync()
    {
        var first = Ctx.Round.Awards.OrderBy(a => a.Id).First();
        var form = Ctx.Forms[first.AwardFormId];
        var province = Ctx.ProvinceName;
        var cash = Cash.Where(c => c.Cash is not null && Awards.Any(a => a.AwardId == c.Award.Id)).Select(c => (c.Award.NomineeKind, c.Cash!)).ToList();
        var awardees = Awards.Select(n => new Awardee(n.NomineeKind, n.NomineeName, n.Position, n.NomineeUnit ?? Ctx.UnitName(n.UnitId), n.Achievements)).ToList();
        var board = Ctx.Round.BoardUnitId is { } b ? Ctx.UnitName(b) : null;
        return new DecisionDocument("ỦY BAN NHÂN DÂN TỈNH " + Lantoa.Web.Features.Documents.DocxText.Upper(province), province,
            Decision?.NumberSymbol, Decision?.SignedOn, form.IssuingAuthority, form, $"xuất sắc trong {DocxTextLower(Ctx.ActivityTitle)}",
            board is null ? null : "Giám đốc " + board, awardees, cash, Decision?.SignerTitle, Decision?.SignerName,
            ["Như Điều 3", "Chủ tịch, các Phó Chủ tịch UBND tỉnh", "Lưu: VT"]);
    }

    private static string Slug(string name)
    {
        var folded = Lantoa.Domain.Text.VietnameseText.Fold(name);
        var chars = folded.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 60 ? slug[..60] : slug;
    }

    private async Task<IActionResult?> LoadAsync(int id, bool track = false)
    {
        var ctx = await service.LoadAsync(id, Actor, track);
        if (ctx is null) return NotFoundPage();
        if (!ctx.CanRead) return Denied();
        Ctx = ctx;
        All = await db.Set<Nomination>().AsNoTracking().Include(n => n.Files).Where(n => n.RoundId == id).OrderBy(n => n.Id).ToListAsync();
        Awards = AwardList.Order(All, ctx.UnitName);
        Decision = await db.Set<CommendationDecision>().AsNoTracking().FirstOrDefaultAsync(d => d.RoundId == id);
        CashDay = CommendationService.CashDay(ctx.Round, Decision);
        Cash = await service.CashAsync(ctx, CashDay);
        Findings = await service.CompareWithEstimateAsync(ctx, Cash);
        if (ctx.CanManage) FormChoices = await db.Set<AwardForm>().AsNoTracking().Where(f => f.ProvinceId == ctx.Round.ProvinceId).OrderBy(f => f.Name).ToListAsync();
        return null;
    }

    private Task<IActionResult> ManageAsync(int id, Func<RoundContext, Task<string>> work) => ActAsync(id, track: true, c => c.CanManage, (c, _) => work(c));

    private Task<IActionResult> ReviewAsync(int id, Func<RoundContext, bool, Task<string>> work) => ActAsync(id, track: false, c => c.CanReview, work);

    private async Task<IActionResult> ActAsync(int id, bool track, Func<RoundContext, bool> allowed, Func<RoundContext, bool, Task<string>> work)
    {
        if (await LoadAsync(id, track) is { } refusal) return refusal;
        if (!allowed(Ctx)) return Denied();
        try
        {
            Flash(await work(Ctx, Decision?.IsSigned == true));
            return Redirect($"/Commendations/{id}");
        }
        catch (KeyNotFoundException)
        {
            return NotFoundPage();
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", e.Message);
            await LoadAsync(id);
            return Invalid();
        }
    }
}
