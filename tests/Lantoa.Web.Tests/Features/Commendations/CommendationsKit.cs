using Lantoa.Domain.Commendations;
using Lantoa.Web.Features.Tracking.Reports;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Tests.Features.Commendations;

/// <summary>The demo's Long An 2024 round and ways to put nominations, a decision and a file into it.</summary>
internal static class CommendationsKit
{
    public static Task<CommendationRound> DemoRoundAsync(TestApp app) => app.DbAsync(db =>
        db.Set<CommendationRound>().AsNoTracking().Include(r => r.Awards).Include(r => r.Quotas).AsSplitQuery()
            .SingleAsync(r => db.Provinces.Any(p => p.Id == r.ProvinceId && p.Code == "80")));

    public static RoundAward Award(this CommendationRound round, NomineeKind kind) => round.Awards.Single(a => a.NomineeKind == kind);

    /// <summary>A nomination written straight into the database (not through the quota check), in <paramref name="status"/>.</summary>
    public static Task<Nomination> AddNominationAsync(TestApp app, CommendationRound round, int unitId, NomineeKind kind, string name,
        NominationStatus status = NominationStatus.Submitted) => app.DbAsync(async db =>
    {
        var userId = await db.Users.Where(u => u.UserName == "dieuphoi").Select(u => u.Id).SingleAsync();
        var n = new Nomination(round.ProvinceId, round.Id, round.Award(kind).Id, unitId, kind, name, kind == NomineeKind.Individual ? "Thành viên Tổ Công nghệ số cộng đồng" : null,
            "huyện Bến Lức", "Hướng dẫn 1.250 hộ dân cài đặt ứng dụng VNeID và Long An Số.", userId, DateTimeOffset.UtcNow);
        if (status == NominationStatus.Accepted) n.Accept(userId, DateTimeOffset.UtcNow);
        if (status == NominationStatus.Returned) n.Return(userId, DateTimeOffset.UtcNow, "Bổ sung số liệu");
        db.Set<Nomination>().Add(n);
        await db.SaveChangesAsync();
        return n;
    });

    public static Task SignAsync(TestApp app, CommendationRound round, DateOnly day) => app.DbAsync(async db =>
    {
        var d = new CommendationDecision(round.ProvinceId, round.Id);
        d.Sign("1234/QĐ-UBND", day, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Phạm Tấn Hòa", round.Deadline, DateTimeOffset.UtcNow);
        db.Set<CommendationDecision>().Add(d);
        await db.SaveChangesAsync();
    });

    /// <summary>A file attached to <paramref name="nomination"/>, stored as the page stores one.</summary>
    public static async Task<int> AddFileAsync(TestApp app, Nomination nomination)
    {
        var stored = await app.Service<EvidenceStore>().SaveAsync(new MemoryStream("%PDF-1.4\n%%EOF\n"u8.ToArray()));
        return await app.DbAsync(async db =>
        {
            var n = await db.Set<Nomination>().Include(x => x.Files).SingleAsync(x => x.Id == nomination.Id);
            var f = n.AddFile("thanh-tich.pdf", stored, "application/pdf", 15);
            await db.SaveChangesAsync();
            return f.Id;
        });
    }
}
