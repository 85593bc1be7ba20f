using System.Collections;
using System.Globalization;
using Lantoa.Domain.Budgets;
using Lantoa.Web.Features.Admin.Audit;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lantoa.Web.Features.Shared;

/// <summary>What the conflict page shows: the record, and field by field what is saved now (theirs) and what was sent (yours).</summary>
public sealed record ConflictView(string Record, bool Deleted, IReadOnlyList<ConflictField> Fields, string ReturnUrl);

public sealed record ConflictField(string Name, string Theirs, string Yours);

/// <summary>
/// A save that lost the race (<see cref="DbUpdateConcurrencyException"/>: the row's version is no longer the one the form
/// was opened with, or it was deleted) answers 409 with "Đã có người thay đổi … kể từ khi bạn mở", the saved values beside
/// the ones sent, and nothing written. htmx requests get the same page as a fragment in place of the main area.
/// </summary>
public sealed class ConflictFilter : IAsyncPageFilter
{
    private static readonly HashSet<string> Hidden = [Concurrency.Version, "SearchKey", "UpdatedAt", "CreatedAt", "PasswordHash", "SecurityStamp", "Id"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not DbUpdateConcurrencyException conflict || executed.ExceptionHandled) return;
        executed.ExceptionHandled = true;
        var http = context.HttpContext;
        var views = new List<ConflictView>();
        foreach (var entry in conflict.Entries) views.Add(await DescribeAsync(entry, http.Request));
        var htmx = http.Request.Headers["HX-Request"] == "true";
        if (htmx)
        {
            http.Response.Headers["HX-Retarget"] = "#main";
            http.Response.Headers["HX-Reswap"] = "innerHTML";
        }

        var metadata = context.HttpContext.RequestServices.GetRequiredService<Microsoft.AspNetCore.Mvc.ModelBinding.IModelMetadataProvider>();
        executed.Result = new ViewResult
        {
            ViewName = "/Features/Shared/Conflict.cshtml",
            StatusCode = StatusCodes.Status409Conflict,
            ViewData = new ViewDataDictionary<IReadOnlyList<ConflictView>>(metadata, context.ModelState) { Model = views, ["Htmx"] = htmx },
        };
    }

    private static async Task<ConflictView> DescribeAsync(EntityEntry entry, HttpRequest request)
    {
        var record = AuditText.EntityName(entry.Metadata.ClrType.Name);
        var saved = await entry.GetDatabaseValuesAsync();
        var fields = new List<ConflictField>();
        foreach (var p in entry.Properties)
        {
            var name = p.Metadata.Name;
            if (Hidden.Contains(name) || p.Metadata.IsForeignKey() && AuditText.FieldName(name) is null) continue;
            var yours = Show(p.CurrentValue);
            var theirs = saved is null ? "(đã bị xóa)" : Show(saved[p.Metadata]);
            var label = AuditText.FieldName(name) ?? name;
            // Every field that differs, and the fields the form changed, so both sides are seen in full where it matters.
            if (yours != theirs || p.IsModified) fields.Add(new ConflictField(label, theirs, yours));
        }

        // The page itself, without the handler: a fresh GET shows the saved version.
        return new ConflictView(record, saved is null, fields, request.Path);
    }

    private static string Show(object? value) => value switch
    {
        null => "(trống)",
        string s => s.Length == 0 ? "(trống)" : s,
        bool b => b ? "có" : "không",
        DateOnly d => Formats.Day(d),
        DateTimeOffset t => Formats.Moment(t),
        Money m => m.ToString(),
        decimal d => d.ToString("#,0.####", CultureInfo.GetCultureInfo("vi-VN")),
        Enum e => e.ToString(),
        IEnumerable list => string.Join("; ", list.Cast<object?>().Select(x => x?.ToString())),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
