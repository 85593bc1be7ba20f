using Lantoa.Domain.Audit;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Admin.Audit;

/// <summary>The audit trail: who changed what and when, with old and new values; filter by entity, user and dates.</summary>
public sealed class Index(LantoaDb db) : LantoaPage
{
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedList<AuditEntry> Entries { get; private set; } = null!;
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    /// <summary>The hash chain of the whole trail: whole, or the first entry changed outside Lantoa.</summary>
    public AuditChainStatus Chain { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!AccessPolicy.CanReadAudit(Actor)) return Denied();
        if (!Formats.TryReadDay(From, out var from)) ModelState.AddModelError(nameof(From), "Ngày phải có dạng dd/MM/yyyy.");
        if (!Formats.TryReadDay(To, out var to)) ModelState.AddModelError(nameof(To), "Ngày phải có dạng dd/MM/yyyy.");
        var actor = Actor;
        var query = db.AuditEntries.AsNoTracking().Where(AccessPolicy.AuditListedFor(actor));
        if (!string.IsNullOrWhiteSpace(Entity)) query = query.Where(a => a.EntityType == Entity);
        if (!string.IsNullOrWhiteSpace(EntityId)) query = query.Where(a => a.EntityId == EntityId.Trim());
        if (!string.IsNullOrWhiteSpace(UserName)) query = query.Where(a => a.UserName == UserName.Trim().ToLower());
        if (from is { } f) query = query.Where(a => a.At >= new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)));
        if (to is { } t) query = query.Where(a => a.At < new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)));
        Entries = await query.OrderByDescending(a => a.Id).ToPageAsync(PageNumber, 50);
        EntityTypes = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(e => e).ToListAsync();
        Chain = await AuditChain.VerifyAsync(db);
        if (!ModelState.IsValid) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
