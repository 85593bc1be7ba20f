using Lantoa.Domain.Quizzes.Live;
using Lantoa.Domain.Text;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lantoa.Web.Features.Quizzes.Live;

/// <summary>
/// The demo's live show: "Rung chuông vàng" of the Long An 2024 youth festival on the demo quiz (its bank), hosted by
/// Tỉnh Đoàn, 15 seconds a question, one rescue, the festival's prizes (2.400.000 đồng), code <see cref="Code"/>. It waits
/// in the lobby with no date: it runs on whatever day the demo runs (players join at /rung-chuong-vang/LA2024).
/// </summary>
public sealed class LiveDemoData(LantoaDb db, LiveShowStore store, ILogger<LiveDemoData> log)
{
    public const string Code = "LA2024";
    public const string Title = "Rung chuông vàng tìm hiểu về chuyển đổi số tại Ngày hội thanh niên";

    public async Task SeedAsync(CancellationToken ct)
    {
        var province = await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Code == "80", ct);
        if (province is null) return;
        var c = await store.ConnectionAsync(ct);
        var outer = db.Database.CurrentTransaction is { } current
            ? (NpgsqlTransaction)Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(current) : null;
        int? quizId;
        await using (var cmd = new NpgsqlCommand("SELECT id FROM quizzes WHERE province_id = $1 ORDER BY id LIMIT 1", c, outer))
        {
            cmd.Parameters.AddWithValue(province.Id);
            quizId = await cmd.ExecuteScalarAsync(ct) as int?;
        }
        if (quizId is null) { log.LogWarning("No Long An demo quiz for the live show"); return; }
        var units = await db.Units.AsNoTracking().Where(u => u.ProvinceId == province.Id).Select(u => new { u.Id, u.Name, u.ShortName }).ToListAsync(ct);
        // Tỉnh Đoàn: "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", short name "Tỉnh Đoàn".
        var host = units.FirstOrDefault(u => VietnameseText.Fold(u.ShortName ?? "") == "tinh doan")?.Id
                   ?? units.FirstOrDefault(u => VietnameseText.Fold(u.Name).StartsWith("doan thanh nien", StringComparison.Ordinal))?.Id;
        await store.CreateAsync(province.Id, quizId.Value, host, Title, new LiveSettings(15, 1, LiveSettings.LongAnFestival), Code, ct, outer);
    }
}
