using System.Net.Mail;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Inbox;

/// <summary>
/// "Something arrived in your inbox": an in-app notice (<see cref="Notification"/>, shown on the inbox page and on
/// "Việc của đơn vị") to each unit concerned and, when SMTP is set (LANTOA_SMTP_HOST, LANTOA_SMTP_PORT,
/// LANTOA_SMTP_FROM), an e-mail to those units' users who have an address. A handler calls <see cref="Add"/> before its
/// one SaveChanges (the notice is written with the change, or not at all) and <see cref="MailAsync"/> after it.
/// </summary>
public sealed class Notices(LantoaDb db, TimeProvider clock, ILogger<Notices> log)
{
    private readonly List<(Notification Notice, string Subject)> _pending = [];

    /// <summary>The units of the province's active users holding <paramref name="role"/> (the finance department for
    /// reviewers, the DX office for coordinators).</summary>
    public async Task<IReadOnlyList<int>> UnitsWithRoleAsync(int provinceId, Role role, CancellationToken ct = default)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.ProvinceId == provinceId && u.IsActive && u.UnitId != null)
            .Select(u => new { u.UnitId, u.Roles }).ToListAsync(ct);
        return users.Where(u => u.Roles.Contains(role)).Select(u => u.UnitId!.Value).Distinct().ToList();
    }

    /// <summary>One notice per unit; <paramref name="key"/> names the event (the moment is added, so a second
    /// submission of the same estimate notifies again).</summary>
    public void Add(int provinceId, IEnumerable<int> unitIds, string subject, string text, string url, string key)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var unit in unitIds.Distinct())
        {
            var notice = new Notification(provinceId, unit, today, text, url, $"{key}:{unit}:{now.UtcTicks}", now);
            db.Notifications.Add(notice);
            _pending.Add((notice, subject));
        }
    }

    /// <summary>E-mails the notices added since the last call (after they were saved); returns how many were sent.</summary>
    public async Task<int> MailAsync(CancellationToken ct = default)
    {
        var pending = _pending.ToList();
        _pending.Clear();
        var host = Environment.GetEnvironmentVariable("LANTOA_SMTP_HOST");
        var from = Environment.GetEnvironmentVariable("LANTOA_SMTP_FROM");
        if (string.IsNullOrEmpty(host) || string.IsNullOrEmpty(from) || pending.Count == 0) return 0;
        var port = int.TryParse(Environment.GetEnvironmentVariable("LANTOA_SMTP_PORT"), out var p) ? p : 25;
        var units = pending.Select(n => n.Notice.UnitId).Distinct().ToList();
        var recipients = await db.Users.AsNoTracking()
            .Where(u => u.UnitId != null && units.Contains(u.UnitId.Value) && u.Email != null && u.IsActive)
            .Select(u => new { u.UnitId, u.Email }).ToListAsync(ct);
        using var smtp = new SmtpClient(host, port);
        var sent = 0;
        foreach (var (notice, subject) in pending)
        {
            foreach (var to in recipients.Where(r => r.UnitId == notice.UnitId))
            {
                using var message = new MailMessage(from, to.Email!, "Lantoa: " + subject, notice.Text + "\n\n" + notice.Url);
                message.SubjectEncoding = message.BodyEncoding = System.Text.Encoding.UTF8;
                try
                {
                    await smtp.SendMailAsync(message, ct);
                    sent++;
                }
                catch (SmtpException e)
                {
                    log.LogWarning(e, "Không gửi được thư thông báo tới {Email}", to.Email);
                }
            }
        }

        return sent;
    }
}
