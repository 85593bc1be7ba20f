using System.Globalization;
using Lantoa.Domain;
using Lantoa.Domain.Contests;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Contests;

/// <summary>
/// A judge's blind scoring (/Contests/{id}/Judge): the accepted entries the judge may see — never one of the judge's own
/// unit or commune (<see cref="ContestJudge.Sees"/>) — shown without authors or unit, each with a sheet on the rubric
/// (every criterion, 0 to its maximum) for the entry's current round; a saved sheet can be changed.
/// </summary>
public sealed class Judge(LantoaDb db) : ContestStaffPage
{
    public sealed record Sheet(int EntryId, int Number, string Title, string? Description, string? MediaUrl, int Round, IReadOnlyDictionary<int, decimal> Scores);

    public IReadOnlyList<Sheet> Sheets { get; private set; } = [];
    public ContestJudge Me { get; private set; } = null!;

    /// <summary>The entry whose sheet was refused, with what was typed (shown again beside the errors).</summary>
    public int? FailedEntry { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await DescribeAsync(id) ?? Page();

    /// <summary>Saves the judge's sheet for one entry: scores[criterionId] = "8" or "8,5".</summary>
    public async Task<IActionResult> OnPostScoreAsync(int id, int entryId, Dictionary<int, string>? scores)
    {
        if (await DescribeAsync(id) is { } refusal) return refusal;
        var entry = await db.Set<ContestEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId && e.ContestId == id);
        if (entry is null || !Me.Sees(entry)) return NotFoundPage(); // an entry the judge may not see is not revealed
        try
        {
            var typed = new Dictionary<int, decimal>();
            foreach (var (criterion, text) in scores ?? [])
            {
                var name = Contest.Criteria.FirstOrDefault(c => c.Id == criterion)?.Name ?? "?";
                if (string.IsNullOrWhiteSpace(text)) continue;
                if (!decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || decimal.Round(value, 2) != value)
                    throw new DomainException($"Điểm tiêu chí “{name}” phải là một số (tối đa hai chữ số thập phân).");
                typed[criterion] = value;
            }
            var sheet = JudgeScore.CheckSheet(Me, entry, Contest.Criteria, typed);
            var saved = await db.Set<JudgeScore>().Where(s => s.EntryId == entry.Id && s.JudgeId == Me.Id && s.Round == entry.Round).ToListAsync();
            foreach (var (criterion, value) in sheet)
            {
                if (saved.FirstOrDefault(s => s.CriterionId == criterion) is { } row) row.Change(value);
                else db.Add(new JudgeScore(entry.Id, Me.Id, entry.Round, criterion, value));
            }
            await db.SaveChangesAsync();
            Flash($"Đã lưu điểm bài số {Sheets.FirstOrDefault(s => s.EntryId == entry.Id)?.Number}.");
            return Redirect($"/Contests/{id}/Judge");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            FailedEntry = entry.Id;
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // The same sheet sent twice at once: the other send saved it (the unique key), this one saved nothing.
            ModelState.AddModelError("", "Điểm của bài này vừa được lưu ở một lần gửi khác; hãy tải lại trang để xem và sửa nếu cần.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Invalid();
    }

    private async Task<IActionResult?> DescribeAsync(int id)
    {
        if (await LoadContestAsync(id) is { } notFound) return notFound;
        var actor = Actor;
        var me = await db.Set<ContestJudge>().AsNoTracking().FirstOrDefaultAsync(j => j.ContestId == id && j.UserId == actor.UserId);
        if (me is null || !AccessPolicy.CanJudgeContest(actor, Contest.ProvinceId, onJury: true)) return Denied();
        Me = me;
        var entries = (await db.Set<ContestEntry>().AsNoTracking().Where(e => e.ContestId == id && e.Status == EntryStatus.Accepted).OrderBy(e => e.Id).ToListAsync())
            .Where(me.Sees).ToList();
        var ids = entries.Select(e => e.Id).ToList();
        var scores = await db.Set<JudgeScore>().AsNoTracking().Where(s => s.JudgeId == me.Id && ids.Contains(s.EntryId)).ToListAsync();
        Sheets = entries.Select((e, i) => new Sheet(e.Id, i + 1, e.Title, e.Description, e.MediaUrl, e.Round,
            scores.Where(s => s.EntryId == e.Id && s.Round == e.Round).ToDictionary(s => s.CriterionId, s => s.Score))).ToList();
        return null;
    }

    public static string Show(decimal? v) => v is { } d ? d.ToString("0.##", CultureInfo.InvariantCulture) : "";
}
