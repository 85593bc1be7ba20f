using Lantoa.Domain;
using Lantoa.Domain.Users;
using Lantoa.Domain.Text;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Files;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Imports;

/// <summary>
/// "Nhập kế hoạch từ văn bản": upload a .docx, .txt or .md; see the source beside what Lantoa understood, with every
/// finding on its line; pick units for names Lantoa did not recognise (optionally remembering them as aliases); then
/// create the draft plan — or update the draft the same file created before. Nothing is written before the last step.
/// </summary>
[RequestSizeLimit(ImportLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportLimits.MaxRequestBytes)]
/// <remarks>
/// The document is read on the <see cref="UploadWorkers"/> pool with its time budget (a hostile file is refused in a
/// few seconds at most, and when the pool is full the upload gets 503 "Hệ thống đang bận"); the file name is cleaned
/// of invisible characters (<see cref="FileNames"/>) before it is shown or stored.
/// </remarks>
public sealed class Import(PlanImporter importer, ImportStash stash, UnitDirectory directory, UploadWorkers workers) : LantoaPage
{
    public ImportPreview? Preview { get; private set; }
    public string? Token { get; private set; }
    public ProvinceUnits? Units { get; private set; }

    public IActionResult OnGet() => Actor.ProvinceId is { } p && AccessPolicy.CanManagePlans(Actor, p) ? Page() : Denied();

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file)
    {
        if (Actor.ProvinceId is not { } province || !AccessPolicy.CanManagePlans(Actor, province)) return Denied();
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Chưa chọn tệp, hoặc tệp rỗng.");
            return Invalid();
        }

        if (file.Length > ImportLimits.MaxFileBytes)
        {
            ModelState.AddModelError("file", UploadLimits.TooLarge(file.Length, ImportLimits.MaxFileBytes));
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var fileName = FileNames.Clean(file.FileName, "van-ban");
        Preview = await importer.PreviewAsync(province, fileName, bytes, workers, HttpContext.RequestAborted);
        Units = await directory.ForProvinceAsync(province);
        if (!Preview.CanCreate)
        {
            foreach (var f in Preview.Findings.Where(f => f.Severity == Lantoa.Domain.Findings.Severity.Error).Take(5))
                ModelState.AddModelError("file", f.Message);
            return Invalid();
        }

        Token = stash.Put(Actor.UserId, fileName, bytes);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? token, List<ChoiceForm>? choices, int? replacePlanId)
    {
        if (Actor.ProvinceId is not { } province || !AccessPolicy.CanManagePlans(Actor, province)) return Denied();
        var stashed = stash.Get(Actor.UserId, token);
        if (stashed is not { } file)
        {
            ModelState.AddModelError("file", "Phiên nhập đã hết hạn hoặc không hợp lệ. Hãy tải tệp lên lại.");
            return Invalid();
        }

        Preview = await importer.PreviewAsync(province, FileNames.Clean(file.FileName, "van-ban"), file.Bytes, workers, HttpContext.RequestAborted);
        Units = await directory.ForProvinceAsync(province);
        Token = token;
        var picked = new List<UnitChoice>();
        foreach (var c in choices ?? [])
        {
            if (string.IsNullOrWhiteSpace(c.Written) || string.IsNullOrWhiteSpace(c.Target)) continue;
            if (c.Target == "new")
            {
                if (!Enum.TryParse<Lantoa.Domain.Units.UnitKind>(c.Kind, out var kind) || !Enum.IsDefined(kind) || char.IsDigit(c.Kind![0]))
                    ModelState.AddModelError("choices", $"Loại đơn vị cho \"{c.Written}\" không hợp lệ.");
                else picked.Add(new UnitChoice(c.Written, null, null, false, kind));
                continue;
            }

            var target = c.Target.Split(':');
            if (target.Length != 2 || !int.TryParse(target[1], out var id) || target[0] is not ("u" or "g"))
            {
                ModelState.AddModelError("choices", $"Lựa chọn cho \"{c.Written}\" không hợp lệ.");
                continue;
            }

            picked.Add(new UnitChoice(c.Written, target[0] == "u" ? id : null, target[0] == "g" ? id : null, c.SaveAlias));
        }

        // Two choices for the same written name (differing only by case, tone marks or spaces) must agree: the same
        // pick once is kept once; two different picks are the user's to settle.
        picked = picked.GroupBy(c => VietnameseText.FoldKey(c.Written)).Select(g =>
        {
            if (g.Select(c => (c.UnitId, c.GroupId)).Distinct().Count() > 1)
                ModelState.AddModelError("choices", $"Tên \"{g.First().Written}\" được chọn hai đơn vị khác nhau; hãy chọn một.");
            return g.First() with { SaveAlias = g.Any(c => c.SaveAlias) };
        }).ToList();

        if (replacePlanId is not null && Preview.SameFile?.PlanId != replacePlanId)
            ModelState.AddModelError("replacePlanId", "Chỉ cập nhật được dự thảo mà chính tệp này đã tạo.");
        if (!ModelState.IsValid) return Invalid();
        try
        {
            var planId = await importer.SaveAsync(province, Preview, picked, Actor.UserId, replacePlanId);
            stash.Remove(Actor.UserId, token!);
            Flash(replacePlanId is null ? "Đã tạo kế hoạch dự thảo từ văn bản." : "Đã cập nhật kế hoạch dự thảo từ văn bản.");
            return Redirect($"/Plans/{planId}");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("choices", e.Message);
            return Invalid();
        }
    }

    public sealed class ChoiceForm
    {
        public string? Written { get; set; }
        public string? Target { get; set; }
        public bool SaveAlias { get; set; }

        /// <summary>The kind of the unit to create when <see cref="Target"/> is "new".</summary>
        public string? Kind { get; set; }
    }
}

public static class ImportLimits
{
    /// <summary>20 MB: a long plan with pictures is a few MB.</summary>
    public const int MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>Requests are read up to 128 MB so that a 100 MB file gets a clear message, not a dropped connection.</summary>
    public const long MaxRequestBytes = 128L * 1024 * 1024;
}
