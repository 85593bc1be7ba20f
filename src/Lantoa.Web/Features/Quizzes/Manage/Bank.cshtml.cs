using Lantoa.Domain;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Quizzes.Manage;

/// <summary>
/// "Ngân hàng câu hỏi" of the organiser's province: import a .docx, .xlsx or .txt (problems by question number, nothing
/// saved when there is one; near-duplicates warned about), the questions by status, and the workflow — send for review
/// (thẩm định), approve (not by the writer), send back with a note. Only the province's managers; a national admin works
/// on the province they picked.
/// </summary>
[RequestSizeLimit(QuizBankEditor.MaxFileBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = QuizBankEditor.MaxFileBytes + 64 * 1024)]
public sealed class Bank(QuizBankEditor bank) : LantoaPage
{
    public const int Shown = 500;

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public IReadOnlyList<BankRow> Rows { get; private set; } = [];
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();
    public BankImport? Imported { get; private set; }
    public string? ImportRefusal { get; private set; }
    public IReadOnlyList<string> Refused { get; private set; } = [];
    public bool NoProvince { get; private set; }
    public int ActorId => Actor.UserId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await GuardAsync() ?? await ShowAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (await GuardAsync() is { } refusal) return refusal;
        if (file is null || file.Length == 0) ImportRefusal = "Hãy chọn tệp câu hỏi (.docx, .xlsx hoặc .txt).";
        else if (file.Length > QuizBankEditor.MaxFileBytes) ImportRefusal = $"Tệp quá lớn (tối đa {QuizBankEditor.MaxFileBytes / 1024 / 1024} MB).";
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var (text, why) = QuizBankEditor.ReadFile(file.FileName, buffer.ToArray(), ct);
            if (text is null) ImportRefusal = why;
            else
            {
                Imported = await bank.ImportAsync(Actor.ProvinceId!.Value, Actor, text, ct);
                if (!Imported.Refused) Flash($"Đã nhập {Imported.Saved} câu hỏi (trạng thái \"Đang soạn\", người soạn {Actor.UserName}).");
            }
        }
        await ShowAsync(ct);
        if (ImportRefusal is not null || Imported?.Refused == true) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostActAsync(string? act, long[]? ids, string? note, CancellationToken ct)
    {
        if (await GuardAsync() is { } refusal) return refusal;
        try
        {
            var (done, refused) = await bank.ActAsync(Actor.ProvinceId!.Value, Actor, act ?? "", ids ?? [], note, ct);
            Refused = refused;
            if (done > 0) Flash($"Đã cập nhật {done} câu hỏi.");
            if (refused.Count == 0) return Redirect($"/Quizzes/Bank?status={Uri.EscapeDataString(Status ?? "")}");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("ids", e.Message);
        }
        await ShowAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private Task<IActionResult?> GuardAsync()
    {
        var actor = Actor;
        if (actor.ProvinceId is not { } provinceId)
        {
            NoProvince = true;
            return Task.FromResult<IActionResult?>(actor.IsNational && Request.Method == "GET" ? null : Denied());
        }
        return Task.FromResult<IActionResult?>(AccessPolicy.CanManageQuizzes(actor, provinceId) ? null : Denied());
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        if (NoProvince) return Page();
        if (Status is not null && !QuizBankEditor.StatusNames.ContainsKey(Status)) Status = null;
        Rows = await bank.ListAsync(Actor.ProvinceId!.Value, Status, Q, Shown, ct);
        Counts = await bank.CountsAsync(Actor.ProvinceId!.Value, ct);
        return Page();
    }
}
