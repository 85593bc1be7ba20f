using Lantoa.Domain;
using Lantoa.Domain.Budgets;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Budgets;

/// <summary>
/// One estimate: the appendix table with its group rows, subtotals and total, recomputed and checked on every change.
/// Rows are edited in place with htmx (Enter saves, Esc cancels, the blank row at the bottom adds), a block copied
/// from Excel is pasted in, the table goes to and comes back from .xlsx, and the estimate moves through its review.
/// Every handler works without JavaScript too (full-page post and redirect).
/// </summary>
[RequestSizeLimit(BudgetLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = BudgetLimits.MaxRequestBytes, ValueLengthLimit = 4 * 1024 * 1024)]
public sealed class EstimatePage(LantoaDb db, EstimateService estimates, TimeProvider clock, Lantoa.Web.Infrastructure.Files.UploadWorkers workers,
    Inbox.Notices notices) : LantoaPage
{
    [BindProperty] public LineForm Line { get; set; } = new();
    [BindProperty] public EstimateHeaderForm Header { get; set; } = new();

    public EstimateContext Context { get; private set; } = null!;
    public EstimateSheet Sheet { get; private set; } = null!;
    public IReadOnlyList<FundingSource> Sources { get; private set; } = [];
    public string? PastedText { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? edit)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        await DescribeAsync(edit is { } e && Context.CanEditLines ? e : null);
        return IsHtmx ? Partial("_EstimateTable", Sheet) : Page();
    }

    /// <summary>Saves one row (an existing line, or the blank row: a new line, optionally inserted before another).</summary>
    public Task<IActionResult> OnPostLineAsync(int id, int? lineId, int? before) => Locked(id, async () =>
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Context.CanEditLines) return Denied();
        var estimate = Context.Estimate;
        var line = lineId is { } lid ? estimate.Lines.FirstOrDefault(l => l.Id == lid) : null;
        if (lineId is not null && line is null) return NotFoundPage();
        var figures = Line.Validate(await estimates.SourcesAsync(Context.Plan.Id), await estimates.NormsAsync(Context.Plan.ProvinceId), ModelState);
        if (figures is not { } f) return await InvalidTableAsync(lineId ?? 0);
        if (line is not null && Line.ChangesKind(line))
        {
            ModelState.AddModelError("Line.IsGroup", "Không đổi được dòng nhóm thành dòng chi tiết (hãy xóa và thêm lại).");
            return await InvalidTableAsync(line.Id);
        }

        try
        {
            if (line is null)
            {
                var index = before is { } b ? estimate.Lines.ToList().FindIndex(l => l.Id == b) : -1;
                estimate.AddLine(Line.NewLine(f), index >= 0 ? index : null);
            }
            else
            {
                db.ExpectVersion(line, Line.Version);
                Line.ApplyTo(line, f);
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Line.Content", e.Message);
            return await InvalidTableAsync(lineId ?? 0);
        }

        estimate.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync();
        return await TableOrRedirectAsync(newRowFocus: lineId is null);
    });

    public Task<IActionResult> OnPostDeleteLineAsync(int id, int lineId) => Locked(id, async () =>
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Context.CanEditLines) return Denied();
        var line = Context.Estimate.Lines.FirstOrDefault(l => l.Id == lineId);
        if (line is null) return NotFoundPage();
        Context.Estimate.RemoveLine(line);
        db.EstimateLines.Remove(line);
        Context.Estimate.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync();
        return await TableOrRedirectAsync();
    });

    public Task<IActionResult> OnPostMoveLineAsync(int id, int lineId, int offset) => Locked(id, async () =>
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Context.CanEditLines) return Denied();
        var line = Context.Estimate.Lines.FirstOrDefault(l => l.Id == lineId);
        if (line is null) return NotFoundPage();
        Context.Estimate.MoveLine(line, Math.Sign(offset));
        Context.Estimate.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync();
        return await TableOrRedirectAsync();
    });

    /// <summary>
    /// A block copied from Excel or Word (tab-separated rows, with or without the header) becomes lines — appended, or
    /// replacing all lines. Any unreadable cell refuses the whole block with its row and column; nothing is saved.
    /// </summary>
    public Task<IActionResult> OnPostPasteAsync(int id, string? text, bool replace) => Locked(id, async () =>
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Context.CanEditLines) return Denied();
        PastedText = text;
        if (EstimateBulkInput.ReadPasted(text, Context.Estimate.Title, ModelState) is not { } read) return await InvalidTableAsync(0);
        Apply(read, replace);
        await db.SaveChangesAsync();
        if (!IsHtmx) Flash($"Đã thêm {read.Lines.Count} dòng.");
        return await TableOrRedirectAsync();
    });

    /// <summary>Replaces the lines with those of an .xlsx in the appendix layout (as exported, possibly edited in Excel).</summary>
    public Task<IActionResult> OnPostImportAsync(int id, IFormFile? file) => Locked(id, async () =>
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Context.CanEditLines) return Denied();
        if (EstimateBulkInput.FileProblem(file, out var tooLarge) is { } problem)
        {
            ModelState.AddModelError("file", problem);
            await DescribeAsync(null);
            if (!tooLarge) return Invalid();
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }

        var read = await EstimateBulkInput.ReadWorkbookAsync(file!, Context.Estimate.Title, workers, ModelState, HttpContext.RequestAborted);
        if (read is null)
        {
            await DescribeAsync(null);
            return Invalid();
        }

        Apply(read, replace: true);
        if (read.StatedTotal is { } total) Context.Estimate.StatedTotal = total;
        await db.SaveChangesAsync();
        Flash($"Đã nhập {read.Lines.Count} dòng từ tệp \"{file!.FileName}\".");
        return Redirect($"/Budgets/Estimates/{id}");
    });

    public async Task<IActionResult> OnGetExportAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        var plan = Context.Plan;
        var attached = Context.Estimate.AttachedTo
            ?? $"(Kèm theo Kế hoạch số {plan.NumberSymbol ?? "     "} ngày {(plan.IssuedOn is { } d ? d.ToString() : "    ")} của {plan.IssuerName ?? "UBND tỉnh"})";
        var bytes = EstimateWorkbook.Export(Context.Estimate, plan.NumberSymbol, attached);
        var name = $"du-toan-{id}.xlsx";
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    public Task<IActionResult> OnPostHeaderAsync(int id) => Locked(id, async () =>
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Context.CanEditLines) return Denied();
        if (!Header.Validate(await estimates.SourcesAsync(Context.Plan.Id), ModelState, out var stated))
        {
            await DescribeAsync(null);
            return Invalid();
        }

        var e = Context.Estimate;
        db.ExpectVersion(e, Header.Version);
        Header.ApplyTo(e, stated);
        e.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync();
        Flash("Đã lưu thông tin dự toán.");
        return Redirect($"/Budgets/Estimates/{id}");
    });

    public Task<IActionResult> OnPostSubmitAsync(int id) => Locked(id, async () =>
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Context.CanSubmit) return Denied();
        Context.Estimate.Submit(clock.GetUtcNow());
        var reviewers = await notices.UnitsWithRoleAsync(Context.Plan.ProvinceId, Lantoa.Domain.Users.Role.Reviewer);
        notices.Add(Context.Plan.ProvinceId, reviewers, "dự toán mới chờ thẩm định",
            $"Dự toán \"{Context.Estimate.Title}\" ({Context.Plan.Title}) đã được trình, chờ thẩm định.",
            $"/Budgets/Estimates/{id}", $"estimate:{id}:submitted");
        await db.SaveChangesAsync();
        await notices.MailAsync();
        Flash("Đã trình dự toán để thẩm định.");
        return Redirect($"/Budgets/Estimates/{id}");
    });

    public Task<IActionResult> OnPostApproveAsync(int id) => Locked(id, async () =>
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Context.CanReview) return Denied();
        Context.Estimate.Approve(Actor.UserId, clock.GetUtcNow());
        await NotifyEditorsAsync(id, "dự toán đã được phê duyệt", $"Dự toán \"{Context.Estimate.Title}\" ({Context.Plan.Title}) đã được phê duyệt.", "approved");
        await db.SaveChangesAsync();
        await notices.MailAsync();
        Flash("Đã phê duyệt dự toán.");
        return Redirect($"/Budgets/Estimates/{id}");
    });

    public Task<IActionResult> OnPostReturnAsync(int id, string? comment) => Locked(id, async () =>
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Context.CanReview) return Denied();
        if (string.IsNullOrWhiteSpace(comment))
        {
            ModelState.AddModelError("comment", "Hãy ghi ý kiến khi trả lại dự toán.");
            await DescribeAsync(null);
            return Invalid();
        }

        Context.Estimate.Return(comment, clock.GetUtcNow());
        await NotifyEditorsAsync(id, "dự toán bị trả lại", $"Dự toán \"{Context.Estimate.Title}\" ({Context.Plan.Title}) bị trả lại: {Context.Estimate.ReviewComment}", "returned");
        await db.SaveChangesAsync();
        await notices.MailAsync();
        Flash("Đã trả lại dự toán kèm ý kiến.");
        return Redirect($"/Budgets/Estimates/{id}");
    });

    public Task<IActionResult> OnPostDeleteAsync(int id) => Locked(id, async () =>
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!Context.CanEditLines) return Denied();
        db.Estimates.Remove(Context.Estimate);
        await db.SaveChangesAsync();
        Flash($"Đã xóa dự toán \"{Context.Estimate.Title}\".");
        return Redirect($"/Plans/{Context.Plan.Id}/Budget");
    });

    /// <summary>The review's outcome goes to those who edit the estimate: the activity's lead units, or (an estimate of
    /// the whole plan) the province's coordinators.</summary>
    private async Task NotifyEditorsAsync(int id, string subject, string text, string outcome)
    {
        var units = Context.LeadUnitIds.Count > 0
            ? Context.LeadUnitIds
            : await notices.UnitsWithRoleAsync(Context.Plan.ProvinceId, Lantoa.Domain.Users.Role.Coordinator);
        notices.Add(Context.Plan.ProvinceId, units, subject, text, $"/Budgets/Estimates/{id}", $"estimate:{id}:{outcome}");
    }

    /// <summary>
    /// Every change runs in one transaction that first locks the estimate's row (SELECT … FOR UPDATE) and only then reads
    /// it: a line edit and a submit (approve, return) of the same estimate never interleave, so no line changes after the
    /// estimate was submitted, and a reviewer approves exactly the figures that were submitted.
    /// </summary>
    private Task<IActionResult> Locked(int id, Func<Task<IActionResult>> work) => db.InTransactionAsync(async () =>
    {
        await db.LockAsync<Estimate>(id);
        return await work();
    });

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var context = await estimates.LoadAsync(id, Actor);
        if (context is null) return NotFoundPage();
        Context = context;
        return null;
    }

    /// <summary>Builds the sheet; <paramref name="typed"/> keeps what the user typed in the row being edited (after an error).</summary>
    private async Task DescribeAsync(int? editing, bool typed = false)
    {
        Sources = await estimates.SourcesAsync(Context.Plan.Id);
        var norms = await estimates.NormsAsync(Context.Plan.ProvinceId);
        var errors = ModelState.Where(m => m.Value!.Errors.Count > 0).SelectMany(m => m.Value!.Errors.Select(e => e.ErrorMessage)).ToList();
        Sheet = EstimateSheet.Build(Context, norms, Sources, editing, typed ? Line : null, errors, PastedText);
        Header = EstimateHeaderForm.From(Context.Estimate, db.VersionOf(Context.Estimate));
        if (editing is > 0 && Context.Estimate.Lines.FirstOrDefault(l => l.Id == editing) is { } line)
            Sheet = Sheet with { EditingVersion = db.VersionOf(line) };
    }

    private async Task<IActionResult> InvalidTableAsync(int editing)
    {
        await DescribeAsync(editing, typed: true);
        if (IsHtmx) return InvalidPartial("_EstimateTable", Sheet);
        return Invalid();
    }

    private async Task<IActionResult> TableOrRedirectAsync(bool newRowFocus = false)
    {
        if (!IsHtmx) return Redirect($"/Budgets/Estimates/{Context.Estimate.Id}");
        ModelState.Clear();
        Line = new LineForm();
        await DescribeAsync(null);
        Sheet = Sheet with { FocusNewRow = newRowFocus };
        return Partial("_EstimateTable", Sheet);
    }

    private void Apply(Estimate read, bool replace)
    {
        var estimate = Context.Estimate;
        var lines = read.Lines.Select(l => l.CloneFigures()).ToList();
        if (estimate.Lines.Count == 0 && read.StatedTotal is { } stated) estimate.StatedTotal = stated;
        if (replace)
        {
            db.EstimateLines.RemoveRange(estimate.Lines);
            estimate.ReplaceLines(lines);
            if (read.StatedTotal is { } total) estimate.StatedTotal = total;
        }
        else
        {
            estimate.AddLines(lines);
        }

        estimate.Touch(clock.GetUtcNow());
    }
}
