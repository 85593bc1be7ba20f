using Lantoa.Domain;
using Lantoa.Domain.Commendations;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Units;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Tracking.Reports;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Files;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Commendations;

/// <summary>
/// A unit's nominations in a round (linked from "Việc của đơn vị"): its quota per award and what it has used, its
/// nominations with their state and the reviewers' comments, the form of a new one (files checked as report evidence
/// is), and sending a returned one again.
/// </summary>
[RequestSizeLimit(64L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64L * 1024 * 1024)]
public sealed class Nominate(LantoaDb db, CommendationService service, EvidenceStore store) : LantoaPage
{
    [BindProperty(SupportsGet = true)] public int UnitId { get; set; }

    public RoundContext Ctx { get; private set; } = null!;
    public Unit Unit { get; private set; } = null!;
    public IReadOnlyList<(RoundAward Award, int Quota, int Used)> Quotas { get; private set; } = [];
    public IReadOnlyList<Nomination> Mine { get; private set; } = [];
    public bool CanNominate { get; private set; }
    public bool IsOpen { get; private set; }

    public sealed class NominationForm
    {
        public int AwardId { get; set; }
        public string? NomineeName { get; set; }
        public string? Position { get; set; }
        public string? NomineeUnit { get; set; }
        public string? Achievements { get; set; }
    }

    [BindProperty] public NominationForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, List<IFormFile>? files)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!CanNominate) return Denied();
        var stored = new List<(string Stored, AcceptedEvidenceFile File)>();
        try
        {
            var award = Ctx.Round.Awards.FirstOrDefault(a => a.Id == Form.AwardId) ?? throw new DomainException("Chọn hình thức khen thưởng của đợt này.");
            var now = service.Now;
            // Checked before anything is stored: a nomination whose nominee or quota is wrong keeps no file.
            _ = new Nomination(Ctx.Round.ProvinceId, Ctx.Round.Id, award.Id, Unit.Id, award.NomineeKind, Form.NomineeName ?? "", Form.Position, Form.NomineeUnit, Form.Achievements ?? "", Actor.UserId, now);
            var uploads = (files ?? []).Where(f => f.Length > 0).ToList();
            if (uploads.Count > 10) throw new DomainException("Mỗi hồ sơ đề nghị đính kèm tối đa 10 tệp.");
            foreach (var f in uploads)
            {
                var head = new byte[EvidencePolicy.HeadLength];
                await using (var peek = f.OpenReadStream()) _ = await peek.ReadAsync(head);
                var accepted = EvidencePolicy.Default.Accept(f.FileName, f.ContentType, f.Length, head);
                await using var content = f.OpenReadStream();
                stored.Add((await store.SaveAsync(content), accepted));
            }

            var nomination = await service.NominateAsync(Ctx, award.Id, Unit, () =>
            {
                var n = new Nomination(Ctx.Round.ProvinceId, Ctx.Round.Id, award.Id, Unit.Id, award.NomineeKind, Form.NomineeName ?? "", Form.Position, Form.NomineeUnit, Form.Achievements ?? "", Actor.UserId, now);
                foreach (var (name, file) in stored) n.AddFile(file.OriginalName, name, file.ContentType, file.Size);
                return n;
            });
            Flash($"Đã gửi hồ sơ đề nghị khen thưởng: {nomination.NomineeName}.");
            return Redirect($"/Commendations/{id}/Nominate?unitId={Unit.Id}");
        }
        catch (DomainException e)
        {
            foreach (var (name, _) in stored) store.Delete(name);
            ModelState.AddModelError("Form", e.Message);
        }
        catch
        {
            foreach (var (name, _) in stored) store.Delete(name);
            throw;
        }

        await LoadAsync(id);
        return Invalid();
    }

    /// <summary>Sends a returned nomination again, with its corrections.</summary>
    public async Task<IActionResult> OnPostResubmitAsync(int id, int nominationId)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!CanNominate) return Denied();
        var nomination = await db.Set<Nomination>().FirstOrDefaultAsync(n => n.Id == nominationId && n.RoundId == id && n.UnitId == Unit.Id);
        if (nomination is null) return NotFoundPage();
        try
        {
            if (!IsOpen) throw new DomainException($"Đã hết hạn đề nghị khen thưởng (hạn cuối {Ctx.Round.Deadline:dd/MM/yyyy}).");
            nomination.SetNominee(Form.NomineeName ?? "", Form.Position, Form.NomineeUnit, Form.Achievements ?? "");
            nomination.Resubmit(Actor.UserId, service.Now);
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Form", e.Message);
            await LoadAsync(id);
            return Invalid();
        }

        Flash("Đã gửi lại hồ sơ.");
        return Redirect($"/Commendations/{id}/Nominate?unitId={Unit.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var ctx = await service.LoadAsync(id, Actor);
        if (ctx is null) return NotFoundPage();
        if (!ctx.Units.UnitsById.TryGetValue(UnitId, out var unit)) return NotFoundPage(); // a unit of another province: not revealed
        CanNominate = AccessPolicy.CanNominate(Actor, ctx.Round.ProvinceId, unit.Id);
        if (!CanNominate && !ctx.CanRead) return Denied();
        Ctx = ctx;
        Unit = unit;
        IsOpen = ctx.Round.IsOpenOn(service.Today);
        Quotas = await service.QuotasOfAsync(ctx, unit);
        Mine = await db.Set<Nomination>().AsNoTracking().Include(n => n.Files)
            .Where(n => n.RoundId == id && n.UnitId == unit.Id).OrderBy(n => n.Id).ToListAsync();
        return null;
    }
}
