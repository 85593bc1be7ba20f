using Lantoa.Domain.Commendations;
using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.Commendations;

/// <summary>
/// Who may do what with commendations: the DX office runs a round and the rate tables; the office (and the round's
/// emulation board) reviews; leadership and finance read; a unit's officer nominates for its own unit only; the
/// verification page is public. The grid signs the demo round's decision first, so every handler has something to act on.
/// </summary>
public sealed class CommendationsAccessGrid : IAccessGrid
{
    public async Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        var round = await CommendationsKit.DemoRoundAsync(app);
        var accepted = await CommendationsKit.AddNominationAsync(app, round, ids.BenLucUnit, NomineeKind.Collective, "Tổ Công nghệ số cộng đồng xã Mỹ Yên", NominationStatus.Accepted);
        var submitted = await CommendationsKit.AddNominationAsync(app, round, ids.BenLucUnit, NomineeKind.Individual, "Nguyễn Văn An");
        var returned = await CommendationsKit.AddNominationAsync(app, round, ids.BenLucUnit, NomineeKind.Individual, "Trần Thị Bình", NominationStatus.Returned);
        var file = await CommendationsKit.AddFileAsync(app, submitted);
        await CommendationsKit.SignAsync(app, round, new DateOnly(2024, 10, 8));
        var r = $"/Commendations/{round.Id}";
        var managers = (string u) => Rule(u, LongAnManagers);
        var readers = (string u) => Rule(u, ["quantri.longan", "dieuphoi", "lanhdao", "taichinh"]);
        var nominators = (string u) => Rule(u, ["dieuphoi", "benluc"], national: false);
        var rateManagers = (string u) => Rule(u, ["quantri.longan", "dieuphoi", "dieuphoi.tg"], neutral: true, national: false);
        IReadOnlyList<AccessCase> cases =
        [
            new("GET", "/Commendations", u => Rule(u, Everyone)),
            new("GET", $"/Commendations?unitId={ids.BenLucUnit}", u => Rule(u, ["quantri.longan", "dieuphoi", "lanhdao", "benluc"])),
            new("POST", "/Commendations?handler=Create", managers, new() { ["activityId"] = ids.LaActivity.ToString(), ["deadline"] = "07/10/2024" }),
            new("GET", r, readers),
            new("POST", r + "?handler=Award", managers, new() { ["awardFormId"] = round.Award(NomineeKind.Collective).AwardFormId.ToString(), ["kind"] = "Collective", ["count"] = "15" }),
            new("POST", r + "?handler=Quota", managers, new() { ["awardId"] = round.Award(NomineeKind.Collective).Id.ToString(), ["target"] = $"g:{ids.LaGroup}", ["count"] = "1" }),
            new("POST", r + "?handler=Review", managers, new() { ["nominationId"] = submitted.Id.ToString(), ["decision"] = "accept" }),
            new("POST", r + "?handler=Vote", managers, new() { ["nominationId"] = submitted.Id.ToString(), ["approve"] = "7", ["reject"] = "2" }),
            new("POST", r + "?handler=Sign", managers, new() { ["number"] = "1235/QĐ-UBND", ["signedOn"] = "09/10/2024", ["signerTitle"] = "CHỦ TỊCH", ["signerName"] = "Nguyễn Văn Út" }),
            new("GET", r + "?handler=Decision", readers),
            new("GET", r + $"?handler=Certificate&nominationId={accepted.Id}", readers),
            new("GET", r + "?handler=Certificates", readers),
            new("POST", r + "?handler=Ceremony", managers, new() { ["eventReference"] = "Lễ kỷ niệm Ngày Chuyển đổi số 10/10/2024", [$"order[{accepted.Id}]"] = "1", ["attended"] = accepted.Id.ToString() }),
            new("GET", r + $"?handler=File&fileId={file}", readers),
            new("GET", $"{r}/Nominate?unitId={ids.BenLucUnit}", u => Rule(u, ["quantri.longan", "dieuphoi", "lanhdao", "taichinh", "benluc"])),
            new("GET", $"{r}/Nominate?unitId={ids.TgUnit}", u => u == "anonymous" ? Expect.Login : Expect.NotFound),
            new("POST", $"{r}/Nominate?unitId={ids.BenLucUnit}", nominators, new() { ["Form.AwardId"] = "0", ["Form.NomineeName"] = "Thử" }),
            new("POST", $"{r}/Nominate?handler=Resubmit&unitId={ids.BenLucUnit}", nominators,
                new() { ["nominationId"] = returned.Id.ToString(), ["Form.NomineeName"] = "Trần Thị Bình", ["Form.NomineeUnit"] = "xã Lương Hòa", ["Form.Achievements"] = "Hướng dẫn 900 hộ." }),
            new("GET", "/Commendations/Rates", u => Rule(u, ["quantri.longan", "dieuphoi", "lanhdao", "taichinh", "dieuphoi.tg"], neutral: true, national: false)),
            new("POST", "/Commendations/Rates?handler=Salary", rateManagers, new() { ["amount"] = "không phải số", ["from"] = "01/07/2026" }),
            new("POST", "/Commendations/Rates?handler=Coefficient", rateManagers, new() { ["awardFormId"] = "0", ["kind"] = "Individual", ["coefficient"] = "1,5", ["from"] = "01/01/2026" }),
            new("GET", $"/xac-minh/khen-thuong/{accepted.VerificationCode}", _ => Expect.Allowed),
        ];
        return cases;
    }
}

public class CommendationsAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Every_commendations_handler_allows_exactly_the_roles_it_should() => AssertAsync(fixture, new CommendationsAccessGrid());
}
