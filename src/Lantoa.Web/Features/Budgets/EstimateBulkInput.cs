using Lantoa.Domain.Budgets;
using Lantoa.Domain.Findings;
using Lantoa.Web.Infrastructure.Files;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lantoa.Web.Features.Budgets;

/// <summary>
/// Lines that arrive on the estimate page in bulk — a block pasted from Excel or Word (<c>text</c>) or an .xlsx in the
/// appendix layout (<c>file</c>) — read in full and checked before anything is applied: one unreadable cell refuses all.
/// Errors go to <see cref="ModelStateDictionary"/> under the posted field names.
/// </summary>
public static class EstimateBulkInput
{
    /// <summary>The pasted block read as an estimate titled <paramref name="title"/>, or null with the errors in <paramref name="state"/>.</summary>
    public static Estimate? ReadPasted(string? text, string title, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            state.AddModelError("text", "Chưa có nội dung để dán.");
            return null;
        }

        return Accept(EstimateTableReader.ReadText(text, title), state);
    }

    /// <summary>What is wrong with the uploaded file before it is read (null: nothing); <paramref name="tooLarge"/> asks for a 413.</summary>
    public static string? FileProblem(IFormFile? file, out bool tooLarge)
    {
        tooLarge = false;
        if (file is null || file.Length == 0) return "Chưa chọn tệp, hoặc tệp rỗng.";
        if (file.Length > BudgetLimits.MaxUploadBytes)
        {
            tooLarge = true;
            return UploadLimits.TooLarge(file.Length, BudgetLimits.MaxUploadBytes) + " Chưa nhập gì.";
        }

        return file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? null : "Chỉ nhận tệp Excel .xlsx.";
    }

    /// <summary>The workbook (checked by <see cref="FileProblem"/>) read on the bounded upload pool, or null with the errors in <paramref name="state"/>.</summary>
    public static async Task<Estimate?> ReadWorkbookAsync(IFormFile file, string title, UploadWorkers workers,
        ModelStateDictionary state, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var result = await workers.RunAsync(budget => EstimateWorkbook.Import(buffer, title, budget), ct);
        return Accept(result, state);
    }

    private static Estimate? Accept(EstimateReadResult result, ModelStateDictionary state)
    {
        var read = result.Estimate;
        foreach (var f in result.Findings.Where(f => f.Severity == Severity.Error)) state.AddModelError("text", f.Message);
        if (read is null && state.IsValid) state.AddModelError("text", "Không đọc được bảng dự toán.");
        if (read is { Lines.Count: 0 }) state.AddModelError("text", "Không có dòng nào để thêm.");
        if (read is { Lines.Count: > BudgetLimits.MaxLines }) state.AddModelError("text", $"Tối đa {BudgetLimits.MaxLines} dòng mỗi lần.");
        return state.IsValid ? read : null;
    }
}
