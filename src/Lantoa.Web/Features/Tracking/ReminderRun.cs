using System.Net.Mail;
using Lantoa.Domain.Tracking;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Tracking;

/// <summary>
/// Once a day: for every province, what each unit owes that is overdue or due within a week becomes an in-app
/// notification (written once per reminder, so a second run the same day adds nothing) and, when SMTP is configured
/// (LANTOA_SMTP_HOST, LANTOA_SMTP_PORT, LANTOA_SMTP_FROM), an e-mail to the unit's users who have an address.
/// </summary>
public sealed class ReminderRun(LantoaDb db, TrackingService tracking, TimeProvider clock, ILogger<ReminderRun> log)
{
    public const int SoonDays = 7;

    /// <summary>Who the audit trail says wrote the reminders.</summary>
    public const string JobName = "Tác vụ nhắc hạn hằng ngày";

    public sealed record Outcome(int Notifications, int Emails);

    public async Task<Outcome> RunAsync(CancellationToken ct = default)
    {
        using var job = Infrastructure.Auth.SystemJob.Run(JobName);
        var today = tracking.Today;
        var now = clock.GetUtcNow();
        var provinces = await db.Obligations.Select(o => o.ProvinceId).Distinct().ToListAsync(ct);
        var created = new List<Notification>();
        foreach (var province in provinces)
        {
            var board = await tracking.BoardAsync(province, null, ct);
            foreach (var unit in ReminderPlanner.Due(board, today, SoonDays))
            {
                var keys = unit.Overdue.Concat(unit.DueSoon).Select(r => Notification.KeyOf(unit.UnitId, r)).ToList();
                var existing = (await db.Notifications.Where(n => keys.Contains(n.DedupeKey)).Select(n => n.DedupeKey).ToListAsync(ct)).ToHashSet();
                foreach (var reminder in unit.Overdue.Concat(unit.DueSoon).Where(r => !existing.Contains(Notification.KeyOf(unit.UnitId, r))))
                    created.Add(new Notification(province, unit.UnitId, today, reminder.Text, $"/MyWork?unitId={unit.UnitId}", Notification.KeyOf(unit.UnitId, reminder), now));
            }
        }

        db.Notifications.AddRange(created);
        await db.SaveChangesAsync(ct);
        var emails = await MailAsync(created, ct);
        log.LogInformation("Nhắc việc ngày {Day}: {Notifications} thông báo, {Emails} thư", today, created.Count, emails);
        return new Outcome(created.Count, emails);
    }

    private async Task<int> MailAsync(IReadOnlyList<Notification> created, CancellationToken ct)
    {
        var host = Environment.GetEnvironmentVariable("LANTOA_SMTP_HOST");
        var from = Environment.GetEnvironmentVariable("LANTOA_SMTP_FROM");
        if (string.IsNullOrEmpty(host) || string.IsNullOrEmpty(from) || created.Count == 0) return 0;
        var port = int.TryParse(Environment.GetEnvironmentVariable("LANTOA_SMTP_PORT"), out var p) ? p : 25;
        var units = created.Select(n => n.UnitId).Distinct().ToList();
        var recipients = await db.Users.Where(u => u.UnitId != null && units.Contains(u.UnitId.Value) && u.Email != null && u.IsActive)
            .Select(u => new { u.UnitId, u.Email }).ToListAsync(ct);
        using var smtp = new SmtpClient(host, port);
        var sent = 0;
        foreach (var group in created.GroupBy(n => n.UnitId))
        {
            foreach (var to in recipients.Where(r => r.UnitId == group.Key))
            {
                using var message = new MailMessage(from, to.Email!, "Lantoa: việc quá hạn và sắp đến hạn",
                    string.Join("\n", group.Select(n => "- " + n.Text)));
                try
                {
                    await smtp.SendMailAsync(message, ct);
                    sent++;
                }
                catch (SmtpException e)
                {
                    log.LogWarning(e, "Không gửi được thư nhắc việc tới {Email}", to.Email);
                }
            }
        }

        return sent;
    }
}

/// <summary>Runs <see cref="ReminderRun"/> at start and then every 24 hours (LANTOA_REMINDERS=0 turns it off).</summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, ILogger<ReminderJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Environment.GetEnvironmentVariable("LANTOA_REMINDERS") == "0") return;
        using var timer = new PeriodicTimer(TimeSpan.FromHours(24));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Lượt nhắc việc hằng ngày không chạy được; sẽ thử lại lần sau.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
