using Lantoa.Domain.Budgets;
using Lantoa.Domain.Commendations;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Text;
using Lantoa.Domain.Users;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Commendations;

/// <summary>
/// The Long An 2024 round, opened on the demo plan's activity that announces "Bằng khen của Chủ tịch UBND tỉnh cho 15
/// tập thể … 30 cá nhân … mỗi huyện 01 … 02 …" (read from its text, as a DX office would open it), reviewed with the
/// Department of Home Affairs' emulation board; the base salaries of 2023 and 2024, the chair's Bằng khen coefficients;
/// and a login of the board, "thidua".
/// </summary>
public sealed class CommendationsDemoData(LantoaDb db, UnitDirectory directory, RoundSetup setup, CommendationService service,
    IPasswordHasher<User> hasher, TimeProvider clock)
{
    public const string BoardLogin = "thidua";
    public const string LegalSource = "Nghị định số 98/2023/NĐ-CP, Điều 73";

    public async Task SeedAsync(CancellationToken ct)
    {
        var province = await db.Provinces.FirstOrDefaultAsync(p => p.Code == "80", ct);
        if (province is null) return;
        await service.AddBaseSalaryAsync(province.Id, new Money(1_800_000), new DateOnly(2023, 7, 1), null, "Nghị định số 24/2023/NĐ-CP", ct);
        await service.AddBaseSalaryAsync(province.Id, new Money(2_340_000), new DateOnly(2024, 7, 1), null, "Nghị định số 73/2024/NĐ-CP", ct);

        var candidates = await (from a in db.Activities.AsNoTracking()
                                join p in db.Plans.AsNoTracking() on a.PlanId equals p.Id
                                where p.ProvinceId == province.Id && p.Year == 2024 && p.Status != PlanStatus.Draft && a.Content != null
                                orderby p.Id, a.SortOrder
                                select new { a.Id, a.Content }).ToListAsync(ct);
        var activity = candidates.FirstOrDefault(a => CommendationText.Read(a.Content).Count > 0);
        if (activity is null) return;
        var units = await directory.ForProvinceAsync(province.Id, ct);
        var board = units.Units.FirstOrDefault(u => VietnameseText.Fold(u.Name).StartsWith("so noi vu", StringComparison.Ordinal));
        var round = await setup.OpenAsync(activity.Id, "Khen thưởng Tổ Công nghệ số cộng đồng tiêu biểu năm 2024", new DateOnly(2024, 10, 7), board?.Id, ct);

        foreach (var formId in round.Awards.Select(a => a.AwardFormId).Distinct())
        {
            await service.AddCoefficientAsync(province.Id, formId, NomineeKind.Individual, 1.5m, new DateOnly(2024, 1, 1), null, LegalSource, ct);
            await service.AddCoefficientAsync(province.Id, formId, NomineeKind.Collective, 3.0m, new DateOnly(2024, 1, 1), null, LegalSource, ct);
        }

        if (board is not null && !await db.Users.AnyAsync(u => u.UserName == BoardLogin, ct))
        {
            var user = new User(BoardLogin, "Ban Thi đua - Khen thưởng tỉnh", province.Id, board.Id, [Role.UnitOfficer], clock.GetUtcNow());
            user.SetPasswordHash(hasher.HashPassword(user, DemoSeeder.DemoPassword));
            db.Users.Add(user);
            await db.SaveChangesAsync(ct);
        }
    }
}
