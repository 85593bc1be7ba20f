using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using NPOI.SS.UserModel;

namespace Lantoa.Web.Features.Quizzes.Manage;

/// <summary>
/// A round for its organiser: the ranking with full names (the public sees them masked), disqualification with a reason
/// (audited; the round is ranked again and the others move up) and taking it back, the collective prize, the integrity
/// flags, and the results as .xlsx. The province's managers only; another province's round is not found.
/// </summary>
public sealed class Round(QuizStore store, QuizResults results, QuizOrganiser organiser, QuizIntegrity integrity, TimeProvider clock) : LantoaPage
{
    public const int Shown = 200;

    /// <summary>The most ranked people an .xlsx holds (a workbook is built in memory).</summary>
    public const int MaxXlsxRows = 20_000;

    public QuizInfo Quiz { get; private set; } = null!;
    public QuizRound Info { get; private set; } = null!;
    public RoundResults? Results { get; private set; }
    public string? NotYet { get; private set; }
    public IReadOnlyList<Disqualified> Disqualified { get; private set; } = [];
    public IReadOnlyList<UnitEntrants> Collective { get; private set; } = [];
    public IReadOnlyList<IntegrityFlag> Flags { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int number, CancellationToken ct) => await LoadAsync(id, number, ct) ?? await ShowAsync(ct);

    public async Task<IActionResult> OnPostDisqualifyAsync(int id, int number, long attemptId, string? reason, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } refusal) return refusal;
        var outcome = await organiser.DisqualifyAsync(id, attemptId, reason, ct);
        if (outcome.Status == 404) return NotFoundPage();
        if (outcome.Status != 200)
        {
            ModelState.AddModelError("reason", outcome.Reason!);
            await ShowAsync(ct);
            Response.StatusCode = outcome.Status;
            return Page();
        }
        Flash($"Đã loại lượt thi số {attemptId}; bảng xếp hạng đã được tính lại.");
        return Redirect($"/Quizzes/{id}/Rounds/{number}");
    }

    public async Task<IActionResult> OnPostReinstateAsync(int id, int number, long attemptId, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } refusal) return refusal;
        var outcome = await organiser.ReinstateAsync(id, attemptId, ct);
        if (outcome.Status == 404) return NotFoundPage();
        Flash($"Đã khôi phục lượt thi số {attemptId}; bảng xếp hạng đã được tính lại.");
        return Redirect($"/Quizzes/{id}/Rounds/{number}");
    }

    /// <summary>The ranking (up to <see cref="MaxXlsxRows"/> people), the collective prize and the disqualified attempts as an .xlsx.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(int id, int number, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } refusal) return refusal;
        var first = await results.RoundAsync(id, number, ct, 0, QuizResults.MaxPage, Quiz);
        if (first.Value is not { } page) return StatusCode(first.Status);
        var workbook = new NPOI.XSSF.UserModel.XSSFWorkbook();
        var bold = workbook.CreateFont(); bold.IsBold = true;
        var header = workbook.CreateCellStyle(); header.SetFont(bold);
        var sheet = workbook.CreateSheet("Xếp hạng");
        var row = 0;
        void Line(ISheet s, ref int r, bool isHeader, params object?[] cells)
        {
            var line = s.CreateRow(r++);
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = line.CreateCell(i);
                switch (cells[i])
                {
                    case null: break;
                    case int n: cell.SetCellValue(n); break;
                    case long n: cell.SetCellValue(n); break;
                    case double d: cell.SetCellValue(d); break;
                    default: cell.SetCellValue(cells[i]!.ToString()); break;
                }
                if (isHeader) cell.CellStyle = header;
            }
        }
        Line(sheet, ref row, true, $"{Quiz.Title} — {(Info.Practice ? "đợt thi thử" : $"đợt {number}")}");
        Line(sheet, ref row, false, $"Số thí sinh: {page.Entrants}; trả lời đúng tất cả: {page.AllCorrect}; được xếp hạng: {page.Ranked}");
        Line(sheet, ref row, true, "Hạng", "Họ và tên", "Xã, phường", "Số câu đúng", "Sai số dự đoán", "Thời gian làm bài (giây)", "Giải", "Tiền thưởng (đồng)", "Mã lượt thi");
        var offset = 0;
        while (true)
        {
            foreach (var r in page.Ranking)
                Line(sheet, ref row, false, r.Rank, r.FullName, r.Commune, r.Score, r.PredictionError, Math.Round(r.DurationMs / 1000.0, 1), r.Prize, r.PrizeAmount, r.AttemptId);
            offset += page.Ranking.Count;
            if (page.Ranking.Count < QuizResults.MaxPage || offset >= page.Ranked) break;
            if (offset >= MaxXlsxRows)
            {
                Line(sheet, ref row, false, $"Tệp chỉ gồm {MaxXlsxRows:N0} người đầu trong {page.Ranked:N0} người được xếp hạng (mọi người đạt giải đều ở trong tệp).");
                break;
            }
            page = (await results.RoundAsync(id, number, ct, offset, QuizResults.MaxPage, Quiz)).Value!;
        }
        var units = workbook.CreateSheet("Tập thể");
        var u = 0;
        Line(units, ref u, true, "Đơn vị", "Lượt thí sinh (các đợt chính thức)", "Giải", "Tiền thưởng (đồng)");
        foreach (var x in await results.CollectiveAsync(Quiz, ct)) Line(units, ref u, false, x.Name, x.Entrants, x.Prize, x.PrizeAmount);
        var out_ = workbook.CreateSheet("Bị loại");
        var d = 0;
        Line(out_, ref d, true, "Mã lượt thi", "Họ và tên", "Số câu đúng", "Lý do loại");
        foreach (var x in await results.DisqualifiedAsync(id, number, ct)) Line(out_, ref d, false, x.AttemptId, x.FullName, x.Score, x.Reason);
        var buffer = new MemoryStream();
        workbook.Write(buffer); // NPOI closes the stream; its bytes stay readable
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"ket-qua-cuoc-thi-{id}-dot-{number}.xlsx");
    }

    private async Task<IActionResult?> LoadAsync(int id, int number, CancellationToken ct)
    {
        var actor = Actor;
        if (await store.QuizAsync(id, ct) is not { } quiz || quiz.Rounds.FirstOrDefault(r => r.Number == number) is not { } round) return NotFoundPage();
        if (!AccessPolicy.CanReadProvince(actor, quiz.ProvinceId)) return NotFoundPage();
        if (!AccessPolicy.CanManageQuizzes(actor, quiz.ProvinceId)) return Denied();
        Quiz = quiz;
        Info = round;
        return null;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var outcome = await results.RoundAsync(Quiz.Id, Info.Number, ct, 0, Shown, Quiz);
        if (outcome.Value is { } r) Results = r;
        else NotYet = outcome.Reason;
        Disqualified = await results.DisqualifiedAsync(Quiz.Id, Info.Number, ct);
        Collective = await results.CollectiveAsync(Quiz, ct);
        Flags = await integrity.FlagsAsync(Quiz.Id, Info.Number, ct);
        return Page();
    }

    public string Seconds(long ms) => (ms / 1000.0).ToString("0.0", LantoaWeb.Vietnamese);

    public static string Money(long? dong) => dong is { } d ? new Lantoa.Domain.Budgets.Money(d).ToString() : "";

    public bool Closed => Info.Status(clock.GetUtcNow()) == "closed";
}
