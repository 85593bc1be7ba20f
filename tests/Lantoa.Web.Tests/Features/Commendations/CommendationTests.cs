using System.IO.Compression;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Commendations;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Commendations;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Features.Documents;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Commendations;

public class CommendationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset October5 = new(2024, 10, 5, 9, 0, 0, TimeSpan.FromHours(7));

    private static Dictionary<string, string> Team(RoundAward award, string name) => new()
    {
        ["Form.AwardId"] = award.Id.ToString(), ["Form.NomineeName"] = name, ["Form.NomineeUnit"] = "huyện Bến Lức",
        ["Form.Achievements"] = "Hướng dẫn 1.250 hộ dân cài đặt VNeID, 830 người dùng dịch vụ công trực tuyến.",
    };

    private static Task<int> CountAsync(TestApp app) => app.DbAsync(db => db.Set<Nomination>().CountAsync());

    [Fact]
    public async Task The_demo_holds_the_Long_An_2024_round_read_from_its_activity_with_an_obligation_of_each_district()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var ids = await DemoIds.LoadAsync(app);
        var round = await CommendationsKit.DemoRoundAsync(app);
        Assert.Equal(15, round.Award(NomineeKind.Collective).PlannedCount);
        Assert.Equal(30, round.Award(NomineeKind.Individual).PlannedCount);
        Assert.Equal(new DateOnly(2024, 10, 7), round.Deadline);
        var quotas = round.Quotas.ToDictionary(q => q.AwardId);
        Assert.Equal((int?)ids.LaGroup, quotas[round.Award(NomineeKind.Collective).Id].GroupId);
        Assert.Equal(1, quotas[round.Award(NomineeKind.Collective).Id].Count);
        Assert.Equal(2, quotas[round.Award(NomineeKind.Individual).Id].Count);
        var form = await app.DbAsync(db => db.Set<AwardForm>().SingleAsync(f => f.Id == round.Award(NomineeKind.Collective).AwardFormId));
        Assert.Equal("Bằng khen của Chủ tịch UBND tỉnh", form.Name);
        Assert.Equal("Chủ tịch Ủy ban nhân dân tỉnh Long An", form.IssuingAuthority);

        // The deadline is an obligation of each of the 15 districts, through the Tracking module's board.
        var board = await app.InScopeAsync(sp => sp.GetRequiredService<Lantoa.Web.Features.Tracking.TrackingService>().BoardAsync(ids.LongAn, round.PlanId));
        var owed = board.Pending.Concat(board.Late).Where(i => i.Obligation.Id == round.ObligationId).Select(i => i.Unit.Id).Distinct().ToList();
        Assert.Equal(15, owed.Count);
        Assert.Contains(ids.BenLucUnit, owed);

        var officer = app.NewClient();
        await officer.LoginAsync("benluc");
        var page = await officer.GetPageAsync($"/Commendations?unitId={ids.BenLucUnit}");
        Assert.Contains(round.Title, page.QuerySelector("[data-testid=rounds]")!.TextContent);
        var mywork = await officer.GetPageAsync("/MyWork");
        Assert.Equal($"/Commendations?unitId={ids.BenLucUnit}", mywork.QuerySelector("[data-testid=mywork-commendations]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_Long_An_cash_is_105_300_000_twice_and_matches_the_estimate_and_a_decision_of_30_June_2024_uses_1_800_000()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var round = await CommendationsKit.DemoRoundAsync(app);
        var (cash, findings) = await app.InScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<CommendationService>();
            var actor = new Actor(0, "test", round.ProvinceId, null, new HashSet<Role> { Role.Coordinator });
            var ctx = (await service.LoadAsync(round.Id, actor))!;
            var cash = await service.CashAsync(ctx, new DateOnly(2024, 10, 8));
            return (cash, await service.CompareWithEstimateAsync(ctx, cash));
        });
        var individual = cash.Single(c => c.Award.NomineeKind == NomineeKind.Individual);
        var collective = cash.Single(c => c.Award.NomineeKind == NomineeKind.Collective);
        Assert.Equal(new Money(3_510_000), individual.Cash!.Amount);
        Assert.Equal(new Money(7_020_000), collective.Cash!.Amount);
        Assert.Equal(new Money(105_300_000), individual.PlannedTotal);
        Assert.Equal(new Money(105_300_000), collective.PlannedTotal);
        Assert.Empty(findings);   // the estimate's lines 22 and 23 say the same

        // The same round decided on 30/06/2024 (its deadline moved earlier): 1.800.000 × 1,5 and × 3,0, which the estimate does not say.
        await app.DbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE commendation_rounds SET deadline = '2024-06-20' WHERE id = {0}", round.Id));
        var office = app.NewClient();
        await office.LoginAsync("dieuphoi");
        await CommendationsKit.AddNominationAsync(app, round, (await DemoIds.LoadAsync(app)).BenLucUnit, NomineeKind.Collective, "Tổ Công nghệ số cộng đồng xã Mỹ Yên", NominationStatus.Accepted);
        var sign = await office.PostFormAsync($"/Commendations/{round.Id}?handler=Sign",
            new() { ["number"] = "95/QĐ-UBND", ["signedOn"] = "30/06/2024", ["signerTitle"] = "CHỦ TỊCH", ["signerName"] = "Nguyễn Văn Út" });
        Assert.Equal(HttpStatusCode.Redirect, sign.StatusCode);
        var page = await office.GetPageAsync($"/Commendations/{round.Id}");
        Assert.Contains("1,5 × 1.800.000 = 2.700.000 đồng", page.QuerySelector("[data-testid=cash-Individual]")!.TextContent);
        Assert.Contains("3,0 × 1.800.000 = 5.400.000 đồng", page.QuerySelector("[data-testid=cash-Collective]")!.TextContent);
        var findingsText = page.QuerySelector("[data-testid=cash-findings]")!.TextContent;
        Assert.Contains("Đơn giá dự toán 3.510.000 đồng khác mức tiền thưởng 1,5 × 1.800.000 = 2.700.000 đồng", findingsText);
        Assert.Contains("Thành tiền dự toán 105.300.000 đồng khác tiền thưởng 15 × 5.400.000 = 81.000.000 đồng", findingsText);
    }

    [Fact]
    public async Task A_nomination_over_quota_after_the_deadline_or_for_another_provinces_unit_is_refused_and_nothing_is_saved()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var ids = await DemoIds.LoadAsync(app);
        var round = await CommendationsKit.DemoRoundAsync(app);
        var officer = app.NewClient();
        await officer.LoginAsync("benluc");
        var url = $"/Commendations/{round.Id}/Nominate?unitId={ids.BenLucUnit}";
        var team = round.Award(NomineeKind.Collective);

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url, Team(team, "Tổ Công nghệ số cộng đồng xã Mỹ Yên"))).StatusCode);
        var over = await officer.PostFormAsync(url, Team(team, "Tổ Công nghệ số cộng đồng xã Lương Hòa"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.StatusCode);
        Assert.Contains("Vượt chỉ tiêu: đơn vị đã đề nghị 1/1 tập thể cho Bằng khen của Chủ tịch UBND tỉnh", WebUtility.HtmlDecode(await over.Content.ReadAsStringAsync()));
        Assert.Equal(1, await CountAsync(app));

        // The unit's obligation is delivered by its first nomination.
        Assert.True(await app.DbAsync(db => db.ObligationSubmissions.AnyAsync(s => s.ObligationId == round.ObligationId && s.UnitId == ids.BenLucUnit)));

        var blank = await officer.PostFormAsync(url, new() { ["Form.AwardId"] = round.Award(NomineeKind.Individual).Id.ToString(), ["Form.NomineeName"] = "Nguyễn Văn An", ["Form.Achievements"] = "Hướng dẫn 300 hộ." });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        Assert.Contains("Cá nhân được đề nghị cần ghi đơn vị công tác.", WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormAsync($"/Commendations/{round.Id}/Nominate?unitId={ids.BaoUnit}", Team(team, "Báo"))).StatusCode);
        var tg = app.NewClient();
        await tg.LoginAsync("dieuphoi.tg");
        Assert.Equal(HttpStatusCode.NotFound, (await tg.PostFormAsync(url, Team(team, "Tổ khác tỉnh"))).StatusCode);
        var office = app.NewClient();
        await office.LoginAsync("dieuphoi");
        Assert.Equal(HttpStatusCode.NotFound, (await office.PostFormAsync($"/Commendations/{round.Id}/Nominate?unitId={ids.TgUnit}", Team(team, "Tổ khác tỉnh"))).StatusCode);

        app.Clock.Now = new DateTimeOffset(2024, 10, 8, 9, 0, 0, TimeSpan.FromHours(7));
        await officer.LoginAsync("benluc"); // three days later: a new session
        var late = await officer.PostFormAsync(url, Team(round.Award(NomineeKind.Individual), "Nguyễn Văn Bình"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("Đã hết hạn đề nghị khen thưởng (hạn cuối 07/10/2024)", WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()));
        Assert.Equal(1, await CountAsync(app));
        Assert.Equal(0, await app.DbAsync(db => db.Set<NominationFile>().CountAsync()));
    }

    [Fact]
    public async Task The_emulation_board_reviews_with_the_office_but_only_the_office_signs_and_a_district_cannot_review()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var ids = await DemoIds.LoadAsync(app);
        var round = await CommendationsKit.DemoRoundAsync(app);
        var member = await CommendationsKit.AddNominationAsync(app, round, ids.BenLucUnit, NomineeKind.Individual, "Nguyễn Văn An");
        var other = await CommendationsKit.AddNominationAsync(app, round, ids.BenLucUnit, NomineeKind.Individual, "Trần Thị Bình");
        var url = $"/Commendations/{round.Id}";

        var district = app.NewClient();
        await district.LoginAsync("benluc");
        Assert.Equal(HttpStatusCode.Forbidden, (await district.PostFormAsync($"{url}?handler=Review", new() { ["nominationId"] = member.Id.ToString(), ["decision"] = "accept" })).StatusCode);

        var board = app.NewClient();
        await board.LoginAsync(CommendationsDemoData.BoardLogin);
        var returned = await board.PostFormAsync($"{url}?handler=Review", new() { ["nominationId"] = other.Id.ToString(), ["decision"] = "return" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, returned.StatusCode);   // a return needs its comment
        Assert.Contains("Ý kiến khi trả lại không được để trống.", WebUtility.HtmlDecode(await returned.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync($"{url}?handler=Review", new() { ["nominationId"] = other.Id.ToString(), ["decision"] = "return", ["comment"] = "Bổ sung số hộ được hướng dẫn" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync($"{url}?handler=Vote", new() { ["nominationId"] = member.Id.ToString(), ["approve"] = "9", ["reject"] = "0" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync($"{url}?handler=Review", new() { ["nominationId"] = member.Id.ToString(), ["decision"] = "accept" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.PostFormAsync($"{url}?handler=Sign", new() { ["number"] = "1/QĐ-UBND", ["signedOn"] = "08/10/2024", ["signerTitle"] = "CHỦ TỊCH", ["signerName"] = "A" })).StatusCode);

        var states = await app.DbAsync(db => db.Set<Nomination>().Where(n => n.RoundId == round.Id).ToDictionaryAsync(n => n.NomineeName));
        Assert.Equal(NominationStatus.Accepted, states["Nguyễn Văn An"].Status);
        Assert.Equal((9, 0), (states["Nguyễn Văn An"].CouncilApprove, states["Nguyễn Văn An"].CouncilReject));
        Assert.Equal(NominationStatus.Returned, states["Trần Thị Bình"].Status);
        Assert.Equal("Bổ sung số hộ được hướng dẫn", states["Trần Thị Bình"].ReviewComment);

        // The unit sees the comment and sends it again.
        var mine = await district.GetPageAsync($"{url}/Nominate?unitId={ids.BenLucUnit}");
        Assert.Contains("Bổ sung số hộ được hướng dẫn", mine.QuerySelector("[data-testid=my-nominations]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await district.PostFormAsync($"{url}/Nominate?handler=Resubmit&unitId={ids.BenLucUnit}", new()
        {
            ["nominationId"] = other.Id.ToString(), ["Form.NomineeName"] = "Trần Thị Bình", ["Form.NomineeUnit"] = "xã Lương Hòa", ["Form.Achievements"] = "Hướng dẫn 1.020 hộ dân.",
        })).StatusCode);
        Assert.Equal(NominationStatus.Submitted, await app.DbAsync(db => db.Set<Nomination>().Where(n => n.Id == other.Id).Select(n => n.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_quota_given_to_one_more_unit_makes_it_owe_its_nominations_by_the_deadline()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var ids = await DemoIds.LoadAsync(app);
        var round = await CommendationsKit.DemoRoundAsync(app);
        var office = app.NewClient();
        await office.LoginAsync("dieuphoi");
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync($"/Commendations/{round.Id}?handler=Quota",
            new() { ["awardId"] = round.Award(NomineeKind.Collective).Id.ToString(), ["target"] = $"u:{ids.BaoUnit}", ["count"] = "1" })).StatusCode);
        var board = await app.InScopeAsync(sp => sp.GetRequiredService<Lantoa.Web.Features.Tracking.TrackingService>().BoardAsync(ids.LongAn, round.PlanId));
        var owed = board.Pending.Where(i => i.Obligation.Id == round.ObligationId).Select(i => i.Unit.Id).Distinct().ToList();
        Assert.Equal(16, owed.Count);
        Assert.Contains(ids.BaoUnit, owed);

        var paper = app.NewClient();
        await paper.LoginAsync("baolongan");
        var page = await paper.GetPageAsync($"/Commendations/{round.Id}/Nominate?unitId={ids.BaoUnit}");
        Assert.Equal("0/1", page.QuerySelector("[data-testid=used-Collective]")!.TextContent.Trim());
        Assert.Equal("0/0", page.QuerySelector("[data-testid=used-Individual]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Two_officers_nominating_at_once_never_exceed_the_quota()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var ids = await DemoIds.LoadAsync(app);
        var round = await CommendationsKit.DemoRoundAsync(app);
        var url = $"/Commendations/{round.Id}/Nominate?unitId={ids.BenLucUnit}";
        var clients = new List<TestApp.Client>();
        foreach (var login in new[] { "benluc", "dieuphoi", "benluc", "dieuphoi", "benluc", "dieuphoi" })
        {
            var c = app.NewClient();
            await c.LoginAsync(login);
            clients.Add(c);
        }

        // Six posts for two places (the individuals' quota of 2), all at once.
        var award = round.Award(NomineeKind.Individual);
        var answers = await Task.WhenAll(clients.Select((c, i) => c.PostFormAsync(url, Team(award, $"Thành viên số {i + 1}"))));
        Assert.Equal(2, answers.Count(a => a.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(4, answers.Count(a => a.StatusCode == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(2, await app.DbAsync(db => db.Set<Nomination>().CountAsync(n => n.UnitId == ids.BenLucUnit && n.AwardId == award.Id)));
    }

    [Fact]
    public async Task Overlapping_rates_and_a_decision_dated_before_the_deadline_are_refused_in_Vietnamese()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var round = await CommendationsKit.DemoRoundAsync(app);
        var office = app.NewClient();
        await office.LoginAsync("dieuphoi");
        var salaries = await app.DbAsync(db => db.Set<BaseSalary>().CountAsync());
        var overlap = await office.PostFormAsync("/Commendations/Rates?handler=Salary", new() { ["amount"] = "2.000.000", ["from"] = "01/01/2024", ["to"] = "31/03/2024" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overlap.StatusCode);
        Assert.Contains("Mức lương cơ sở 01/01/2024 – 31/03/2024 trùng thời gian với mức đã có (01/07/2023 – 30/06/2024).", WebUtility.HtmlDecode(await overlap.Content.ReadAsStringAsync()));
        var coefficient = await office.PostFormAsync("/Commendations/Rates?handler=Coefficient", new()
        {
            ["awardFormId"] = round.Award(NomineeKind.Individual).AwardFormId.ToString(), ["kind"] = "Individual", ["coefficient"] = "2", ["from"] = "01/06/2024", ["to"] = "31/12/2024", ["source"] = "Thử",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, coefficient.StatusCode);
        Assert.Contains("Hệ số 01/06/2024 – 31/12/2024 trùng thời gian với mức đã có", WebUtility.HtmlDecode(await coefficient.Content.ReadAsStringAsync()));

        // The next base salary closes the open one the day before.
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync("/Commendations/Rates?handler=Salary", new() { ["amount"] = "2.530.000", ["from"] = "01/07/2026", ["source"] = "Nghị định mới" })).StatusCode);
        Assert.Equal(salaries + 1, await app.DbAsync(db => db.Set<BaseSalary>().CountAsync()));
        Assert.Equal(new DateOnly(2026, 6, 30), await app.DbAsync(db => db.Set<BaseSalary>().Where(s => s.Amount == new Money(2_340_000)).Select(s => s.EffectiveTo).SingleAsync()));
        // The database refuses an overlap too (exclusion constraint), whatever a writer forgets.
        await Assert.ThrowsAsync<DbUpdateException>(() => app.DbAsync(async db =>
        {
            db.Set<BaseSalary>().Add(new BaseSalary(round.ProvinceId, new Money(1), new EffectivePeriod(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2)), null));
            await db.SaveChangesAsync();
        }));

        await CommendationsKit.AddNominationAsync(app, round, (await DemoIds.LoadAsync(app)).BenLucUnit, NomineeKind.Collective, "Tổ Công nghệ số cộng đồng xã Mỹ Yên", NominationStatus.Accepted);
        var early = await office.PostFormAsync($"/Commendations/{round.Id}?handler=Sign", new() { ["number"] = "1234/QĐ-UBND", ["signedOn"] = "06/10/2024", ["signerTitle"] = "CHỦ TỊCH", ["signerName"] = "Nguyễn Văn Út" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("Ngày ký quyết định (06/10/2024) không được trước ngày hết hạn nhận hồ sơ đề nghị (07/10/2024).", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()));
        Assert.False(await app.DbAsync(db => db.Set<CommendationDecision>().AnyAsync()));
    }

    [Fact]
    public async Task The_decision_and_certificates_open_in_LibreOffice_and_a_certificates_QR_leads_to_its_public_page()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var ids = await DemoIds.LoadAsync(app);
        var round = await CommendationsKit.DemoRoundAsync(app);
        var team = await CommendationsKit.AddNominationAsync(app, round, ids.BenLucUnit, NomineeKind.Collective, "Tổ Công nghệ số cộng đồng xã Mỹ Yên", NominationStatus.Accepted);
        var member = await CommendationsKit.AddNominationAsync(app, round, ids.BenLucUnit, NomineeKind.Individual, "Nguyễn Văn An", NominationStatus.Accepted);
        var office = app.NewClient();
        await office.LoginAsync("dieuphoi");
        var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/xac-minh/khen-thuong/{member.VerificationCode}")).StatusCode); // not before it is signed

        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync($"/Commendations/{round.Id}?handler=Sign",
            new() { ["number"] = "2461/QĐ-UBND", ["signedOn"] = "08/10/2024", ["signerTitle"] = "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", ["signerName"] = "Phạm Tấn Hòa" })).StatusCode);
        var decision = await (await office.GetAsync($"/Commendations/{round.Id}?handler=Decision")).Content.ReadAsByteArrayAsync();
        var text = DocxText(decision);
        Assert.Contains("Về việc tặng Bằng khen của Chủ tịch UBND tỉnh", text);
        Assert.Contains("Số: 2461/QĐ-UBND", text);
        Assert.Contains("Long An, ngày 08 tháng 10 năm 2024", text);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains("Tặng Bằng khen của Chủ tịch UBND tỉnh cho 01 tập thể và 01 cá nhân", text);
        Assert.Contains("tiền thưởng 7.020.000 đồng (3,0 lần mức lương cơ sở 2.340.000 đồng", text);
        Assert.Contains("I. TẬP THỂ", text);
        Assert.Contains("II. CÁ NHÂN", text);
        Assert.Contains("Tổ Công nghệ số cộng đồng xã Mỹ Yên", text);
        Assert.True(await LibreOffice.PdfPagesAsync(decision, "quyet-dinh.docx") >= 2);

        var zip = await (await office.GetAsync($"/Commendations/{round.Id}?handler=Certificates")).Content.ReadAsByteArrayAsync();
        using var archive = new ZipArchive(new MemoryStream(zip));
        Assert.Equal(2, archive.Entries.Count);
        var certificate = ReadAll(archive.Entries.Single(e => e.Name.Contains("nguyen-van-an", StringComparison.Ordinal)));
        var certText = DocxText(certificate);
        Assert.Contains("BẰNG KHEN", certText);
        Assert.Contains("Nguyễn Văn An", certText);
        Assert.Contains("Quyết định số 2461/QĐ-UBND ngày 08/10/2024", certText);
        Assert.Contains("Phạm Tấn Hòa", certText);
        var qrUrl = QrUrl(certificate);
        Assert.Equal($"{app.BaseAddress.ToString().TrimEnd('/')}/xac-minh/khen-thuong/{member.VerificationCode}", qrUrl);
        Assert.True(await LibreOffice.PdfPagesAsync(certificate, "bang-khen.docx") >= 1);

        var verified = await anonymous.GetAsync(new Uri(qrUrl).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var page = await TestApp.Client.ParseAsync(await verified.Content.ReadAsStringAsync());
        Assert.Equal("Bằng khen của Chủ tịch UBND tỉnh", page.QuerySelector("[data-testid=award]")!.TextContent);
        Assert.Equal("Số 2461/QĐ-UBND ngày 08/10/2024", page.QuerySelector("[data-testid=decision]")!.TextContent);
        Assert.Equal("Nguyễn Văn An", page.QuerySelector("[data-testid=name]")!.TextContent);
        Assert.DoesNotContain("Hướng dẫn 1.250 hộ", page.Body!.TextContent); // nothing beyond award, decision, name and unit

        var unknown = await anonymous.GetAsync("/xac-minh/khen-thuong/abcdefghjkmnpqrstuvw");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Không tìm thấy khen thưởng", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/xac-minh/khen-thuong/{team.Id}")).StatusCode);   // the id is not a code
    }

    [Fact]
    public async Task The_verification_page_is_rate_limited_per_address()
    {
        await using var app = await TestApp.StartAsync(fixture, October5, auth: new Lantoa.Web.Infrastructure.Auth.AuthSettings { RateLimits = true });
        var anonymous = app.NewClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= VerificationLimits.PerMinute; i++) answers.Add((await anonymous.GetAsync("/xac-minh/khen-thuong/abcdefghjkmnpqrstuvw")).StatusCode);
        Assert.All(answers.Take(VerificationLimits.PerMinute), s => Assert.Equal(HttpStatusCode.NotFound, s));
        var last = await anonymous.GetAsync("/xac-minh/khen-thuong/abcdefghjkmnpqrstuvw");
        Assert.Equal((HttpStatusCode)429, last.StatusCode);
        Assert.Contains("Quá nhiều lượt tra cứu", WebUtility.HtmlDecode(await last.Content.ReadAsStringAsync()));
    }

    internal static string DocxText(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    /// <summary>The URL the certificate's QR picture carries (its description, written from the same string the QR encodes) — checked against the PNG's presence.</summary>
    internal static string QrUrl(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = doc.MainDocumentPart!;
        var picture = main.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single(p => p.Name == "QR");
        var blip = main.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
        var png = ReadAll(main.GetPartById(blip.Embed!.Value!).GetStream());
        Assert.Equal(CertificateDocx.QrPng(picture.Description!.Value!), png); // the picture is the QR code of exactly this URL
        return picture.Description!.Value!;
    }

    private static byte[] ReadAll(ZipArchiveEntry entry) => ReadAll(entry.Open());

    private static byte[] ReadAll(Stream s)
    {
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        s.Dispose();
        return ms.ToArray();
    }
}
