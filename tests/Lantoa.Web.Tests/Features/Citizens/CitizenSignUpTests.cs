using System.Net;
using System.Text.Json;
using Lantoa.Domain.Citizens;
using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Tests.Features.Citizens;

/// <summary>Citizen sign-up, verification, sign-in, profile, export and deletion through the real pages.</summary>
public class CitizenSignUpTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_citizen_signs_up_verifies_the_emailed_code_signs_in_edits_exports_and_deletes_and_nothing_personal_is_logged()
    {
        await using var c = await CitizenApp.StartAsync(fixture);
        var client = c.App.NewClient();
        var signUp = await c.SignUpAsync(client, CitizenApp.Fields(email: "An.Nguyen@Example.vn", phone: "+84 912 000 111"));
        Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);
        Assert.Equal("/cong-dan/xac-minh", signUp.Headers.Location!.OriginalString);

        var mail = await c.Smtp.NextToAsync("an.nguyen@example.vn");
        Assert.Matches("^[0-9]{6}$", mail.Code);
        var account = await client.GetPageAsync("/cong-dan/tai-khoan");
        Assert.Contains("chưa xác minh số điện thoại", account.QuerySelector("[data-testid=citizen-status]")!.TextContent); // no SMS gateway
        Assert.Contains("Nguyễn Thị Bình An", account.QuerySelector("[data-testid=citizen-bar]")!.TextContent);

        var wrong = await CitizenApp.PostAsync(client, "/cong-dan/xac-minh", new() { ["Login"] = "an.nguyen@example.vn", ["Code"] = mail.Code == "000000" ? "111111" : "000000" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("Mã xác minh không đúng.", await CitizenApp.ErrorsAsync(wrong));
        var verified = await CitizenApp.PostAsync(client, "/cong-dan/xac-minh", new() { ["Login"] = "an.nguyen@example.vn", ["Code"] = mail.Code });
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        var address = "an.nguyen@example.vn"; // a variable: the test's own queries log no value either
        var citizen = await c.App.DbAsync(db => db.Set<Citizen>().SingleAsync(x => x.Email == address));
        Assert.True(citizen.IsVerified);
        Assert.Equal("0912000111", citizen.Phone);
        Assert.Null(citizen.PhoneVerifiedAt);

        // Sign out, sign in with the phone in another layout, change the profile.
        Assert.Equal(HttpStatusCode.Redirect, (await CitizenApp.PostAsync(client, "/cong-dan/dang-xuat", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/cong-dan/tai-khoan")).StatusCode);
        await AccessGrid.CitizenLoginAsync(client, "0912 000 111", CitizenApp.Password);
        var edit = await CitizenApp.PostAsync(client, "/cong-dan/tai-khoan", new()
        {
            ["Form.FullName"] = "Nguyễn Thị Bình An", ["Form.BirthDate"] = "06/09/1990", ["Form.ProvinceCode"] = CitizenApp.LongAn,
            ["Form.CommuneCode"] = CitizenApp.TanAnWard5, ["Form.Workplace"] = "Sở Giáo dục và Đào tạo",
        });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);

        var export = await client.GetAsync("/cong-dan/du-lieu?handler=Export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition!.DispositionType);
        using var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync());
        Assert.Equal("Nguyễn Thị Bình An", json.RootElement.GetProperty("account").GetProperty("fullName").GetString());
        Assert.Equal("1990-09-06", json.RootElement.GetProperty("account").GetProperty("birthDate").GetString());
        Assert.Equal("Sở Giáo dục và Đào tạo", json.RootElement.GetProperty("workplace").GetProperty("text").GetString());
        Assert.Equal(ConsentPurposes.All.Count, json.RootElement.GetProperty("consents").GetArrayLength());
        Assert.Contains("Phường 5", json.RootElement.GetProperty("residence").GetProperty("communeName").GetString());

        var refused = await CitizenApp.PostAsync(client, "/cong-dan/xoa-tai-khoan", new() { ["Password"] = "khong-dung-mat-khau" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var deleted = await CitizenApp.PostAsync(client, "/cong-dan/xoa-tai-khoan", new() { ["Password"] = CitizenApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var gone = await c.App.DbAsync(db => db.Set<Citizen>().SingleAsync(x => x.Id == citizen.Id));
        Assert.True(gone.IsDeleted);
        Assert.Null(gone.Email);
        Assert.Null(gone.Phone);
        Assert.Equal("", gone.FullName);
        Assert.Null(gone.BirthDate);
        Assert.Empty(await c.App.DbAsync(db => db.Set<VerificationCode>().Where(v => v.CitizenId == citizen.Id).ToListAsync()));
        // The id stays; the person can sign up again, and the old cookie opens nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/cong-dan/tai-khoan")).StatusCode);
        var fresh = c.App.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await c.SignUpAsync(fresh, CitizenApp.Fields(email: "an.nguyen@example.vn"))).StatusCode);

        // Nothing personal in any log line, nor in the (append-only) audit trail.
        string[] personal = ["an.nguyen@example.vn", "0912000111", "912 000 111", "Bình An", "Binh An", "1990-09-05", "05/09/1990", "Sở Giáo dục"];
        foreach (var line in c.Logs.Lines)
            foreach (var p in personal) Assert.DoesNotContain(p, line, StringComparison.OrdinalIgnoreCase);
        var audit = await c.App.DbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Citizen" || a.EntityType == "VerificationCode").Select(a => a.Changes).ToListAsync());
        Assert.NotEmpty(audit);
        foreach (var changes in audit)
            foreach (var p in personal) Assert.DoesNotContain(p, changes, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Bad_input_gets_a_Vietnamese_message_and_no_account()
    {
        await using var c = await CitizenApp.StartAsync(fixture);
        var client = c.App.NewClient();
        var before = await c.CitizenCountAsync();
        async Task Refused(Dictionary<string, string> fields, string message, HttpStatusCode status = HttpStatusCode.UnprocessableEntity, IEnumerable<string>? consents = null)
        {
            var response = await c.SignUpAsync(client, fields, consents: consents);
            Assert.Equal(status, response.StatusCode);
            Assert.Contains(message, await CitizenApp.ErrorsAsync(response));
        }

        await Refused(new(CitizenApp.Fields()) { ["Form.BirthDate"] = "05/09/2030" }, "Ngày sinh không được ở tương lai.");
        await Refused(new(CitizenApp.Fields()) { ["Form.BirthDate"] = "01/01/1901" }, "tuổi không quá 120");
        await Refused(new(CitizenApp.Fields()) { ["Form.BirthDate"] = "31/02/1990" }, "Ngày sinh phải theo dạng ngày/tháng/năm");
        await Refused(new(CitizenApp.Fields()) { ["Form.CommuneCode"] = CitizenApp.MyThoWard5 }, "không thuộc tỉnh, thành phố đã chọn");
        await Refused(new(CitizenApp.Fields()) { ["Form.ProvinceCode"] = "99" }, "không có trong danh mục hiện hành");
        await Refused(CitizenApp.Fields(email: null, phone: "0123456789"), PhoneNumber.Invalid);
        await Refused(CitizenApp.Fields(email: null, phone: "+1 415 555 0100"), PhoneNumber.Invalid);
        await Refused(CitizenApp.Fields(email: null, phone: "091234567"), PhoneNumber.Invalid);
        await Refused(CitizenApp.Fields(email: "khong-phai-thu"), CitizenRules.InvalidEmail);
        await Refused(CitizenApp.Fields(email: null), "Nhập số điện thoại hoặc thư điện tử.");
        await Refused(new(CitizenApp.Fields()) { ["Password"] = "password1234" }, "quá phổ biến");
        await Refused(new(CitizenApp.Fields()) { ["Password"] = "ngan-qua" }, "ít nhất 12 ký tự");
        await Refused(new(CitizenApp.Fields()) { ["Form.FullName"] = "" }, "Nhập họ và tên.");
        await Refused(CitizenApp.Fields(), "Cần đồng ý mục đích bắt buộc", consents: [ConsentPurposes.Account]);
        await Refused(new(CitizenApp.Fields()) { ["Form.WorkplaceUnitId"] = "999999" }, "Đơn vị này không thuộc tỉnh");
        Assert.Equal(before, await c.CitizenCountAsync());

        // A duplicate: the same e-mail in other letters, the same phone in another layout.
        Assert.Equal(HttpStatusCode.Redirect, (await c.SignUpAsync(c.App.NewClient(), CitizenApp.Fields(phone: "0987654321"))).StatusCode);
        await Refused(CitizenApp.Fields(email: "AN.NGUYEN@example.vn"), CitizenAccounts.Taken, HttpStatusCode.Conflict);
        await Refused(CitizenApp.Fields(email: null, phone: "+84987654321"), CitizenAccounts.Taken, HttpStatusCode.Conflict);
        Assert.Equal(before + 1, await c.CitizenCountAsync());

        // A unit of another province as the workplace.
        var tgUnit = await c.App.DbAsync(db => db.Units.Where(u => db.Provinces.Any(p => p.Id == u.ProvinceId && p.Code == "82")).Select(u => u.Id).FirstAsync());
        await Refused(new(CitizenApp.Fields(email: "khac@example.vn")) { ["Form.WorkplaceUnitId"] = tgUnit.ToString() }, "Đơn vị này không thuộc tỉnh");
        var laUnit = await c.App.DbAsync(db => db.Units.Where(u => u.Name == "Báo Long An").Select(u => u.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await c.SignUpAsync(c.App.NewClient(), new(CitizenApp.Fields(email: "bao@example.vn")) { ["Form.WorkplaceUnitId"] = laUnit.ToString() })).StatusCode);
        Assert.Equal(laUnit, await c.App.DbAsync(db => db.Set<Citizen>().Where(x => x.Email == "bao@example.vn").Select(x => x.WorkplaceUnitId).SingleAsync()));
    }

    [Fact]
    public async Task Sign_up_without_the_challenge_with_a_forged_or_reused_one_or_with_the_honeypot_filled_is_refused()
    {
        await using var c = await CitizenApp.StartAsync(fixture);
        var client = c.App.NewClient();
        var before = await c.CitizenCountAsync();
        var unsolved = await c.SignUpAsync(client, CitizenApp.Fields(), solve: false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unsolved.StatusCode);
        Assert.Contains(ChallengeService.Refused, await CitizenApp.ErrorsAsync(unsolved));
        var forged = await c.SignUpAsync(client, CitizenApp.Fields(), tamper: ch => ch.Replace(".16.", ".1."));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
        var robot = await c.SignUpAsync(client, new(CitizenApp.Fields()) { ["Website"] = "http://spam.example" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, robot.StatusCode);
        Assert.Contains(SignUp.Bot, await CitizenApp.ErrorsAsync(robot));
        Assert.Equal(before, await c.CitizenCountAsync());

        // The same solved challenge twice: the second is refused.
        var page = await client.GetPageAsync("/cong-dan/dang-ky");
        var challenge = page.QuerySelector("input[name=Challenge]")!.GetAttribute("value")!;
        var nonce = ProofOfWork.Solve(challenge, ProofOfWork.BitsOf(challenge));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        HttpResponseMessage Post(string email) => client.Http.PostAsync("/cong-dan/dang-ky", new FormUrlEncodedContent(
            new Dictionary<string, string>(CitizenApp.Fields(email)) { ["__RequestVerificationToken"] = token, ["Challenge"] = challenge, ["Nonce"] = nonce, ["Consents"] = "account" }
                .Append(new("Consents", "participation")))).Result;
        Assert.Equal(HttpStatusCode.Redirect, Post("mot@example.vn").StatusCode);
        var again = Post("hai@example.vn");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains(ChallengeService.Reused, await CitizenApp.ErrorsAsync(again));
        Assert.Equal(before + 1, await c.CitizenCountAsync());
    }

    [Fact]
    public async Task With_rate_limits_off_no_challenge_is_asked()
    {
        await using var c = await CitizenApp.StartAsync(fixture, new AuthSettings { RateLimits = false });
        var response = await c.SignUpAsync(c.App.NewClient(), CitizenApp.Fields(), solve: false);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_codes_spend_the_code_and_an_expired_code_is_refused()
    {
        await using var c = await CitizenApp.StartAsync(fixture);
        var client = c.App.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await c.SignUpAsync(client, CitizenApp.Fields())).StatusCode);
        var code = (await c.Smtp.NextToAsync("an.nguyen@example.vn")).Code;
        var wrongCode = code == "999999" ? "888888" : "999999";
        for (var i = 0; i < VerificationCode.MaxTries; i++)
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await CitizenApp.PostAsync(client, "/cong-dan/xac-minh", new() { ["Login"] = "an.nguyen@example.vn", ["Code"] = wrongCode })).StatusCode);
        var spent = await CitizenApp.PostAsync(client, "/cong-dan/xac-minh", new() { ["Login"] = "an.nguyen@example.vn", ["Code"] = code });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, spent.StatusCode);
        Assert.Contains("nhập sai quá 5 lần", await CitizenApp.ErrorsAsync(spent));

        Assert.Equal(HttpStatusCode.Redirect, (await CitizenApp.PostAsync(client, "/cong-dan/xac-minh?handler=Resend", [])).StatusCode);
        var second = (await c.Smtp.NextToAsync("an.nguyen@example.vn")).Code;
        c.App.Clock.Now += VerificationCode.Lifetime + TimeSpan.FromSeconds(1);
        var expired = await CitizenApp.PostAsync(client, "/cong-dan/xac-minh", new() { ["Login"] = "an.nguyen@example.vn", ["Code"] = second });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, expired.StatusCode);
        Assert.Contains("đã hết hạn", await CitizenApp.ErrorsAsync(expired));
        var address = "an.nguyen@example.vn";
        Assert.False(await c.App.DbAsync(db => db.Set<Citizen>().AnyAsync(x => x.Email == address && x.EmailVerifiedAt != null)));
    }

    [Fact]
    public async Task Communes_are_the_current_ones_of_the_province_and_found_without_diacritics()
    {
        await using var c = await CitizenApp.StartAsync(fixture);
        var client = c.App.NewClient();
        var found = await client.GetPageAsync("/cong-dan/dang-ky?handler=Places&province=80&q=tan an");
        var names = found.QuerySelectorAll("option[value]").Where(o => o.GetAttribute("value") != "").Select(o => o.TextContent).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains("tan an", Lantoa.Domain.Text.VietnameseText.Fold(n)));
        Assert.Contains(names, n => n.Contains("Thành phố Tân An", StringComparison.Ordinal));
        var khanh = await client.GetPageAsync("/cong-dan/dang-ky?handler=Places&province=80&q=tan khanh");
        Assert.True(khanh.QuerySelectorAll("option").Any(o => o.TextContent.StartsWith("Phường Tân Khánh", StringComparison.Ordinal)), string.Join(" / ", khanh.QuerySelectorAll("option").Select(o => o.TextContent)));

        // After 1/7/2025 the province with code 80 is the new Tây Ninh, with its own communes: "Phường Tân An" among them.
        c.App.Clock.Now = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var after = await client.GetPageAsync("/cong-dan/dang-ky?handler=Places&province=80&q=tan an");
        Assert.True(after.QuerySelectorAll("option").Any(o => o.TextContent == "Phường Tân An"), string.Join(" / ", after.QuerySelectorAll("option").Select(o => o.TextContent)));
        var old = await c.SignUpAsync(client, CitizenApp.Fields()); // Phường 5 of Tân An ended on 30/06/2025
        Assert.Equal(HttpStatusCode.UnprocessableEntity, old.StatusCode);
        Assert.Contains("không có trong danh mục hiện hành", await CitizenApp.ErrorsAsync(old));
    }

    [Fact]
    public async Task A_citizen_cookie_opens_no_staff_page_and_a_staff_cookie_no_citizen_page()
    {
        await using var c = await CitizenApp.StartAsync(fixture);
        var citizen = c.App.NewClient();
        await AccessGrid.CitizenLoginAsync(citizen);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync("/cong-dan/tai-khoan")).StatusCode);
        foreach (var staffPage in new[] { "/", "/Plans", "/MyWork", "/Admin/Users", "/Account/ChangePassword" })
        {
            var r = await citizen.GetAsync(staffPage);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.Contains("/Account/Login?ReturnUrl=", r.Headers.Location!.OriginalString);
        }
        var staff = c.App.NewClient();
        await staff.LoginAsync("dieuphoi");
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/Plans")).StatusCode);
        foreach (var citizenPage in new[] { "/cong-dan/tai-khoan", "/cong-dan/du-lieu", "/cong-dan/du-lieu?handler=Export", "/cong-dan/xoa-tai-khoan" })
        {
            var r = await staff.GetAsync(citizenPage);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/cong-dan/dang-nhap", r.Headers.Location!.OriginalString);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Brute_forcing_a_citizen_login_gets_429_and_a_lockout()
    {
        await using var c = await CitizenApp.StartAsync(fixture, new AuthSettings { RateLimits = true, LockoutFailures = 5, CitizenLoginsPerAddress = 8 });
        var attacker = c.App.NewClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await CitizenApp.PostAsync(attacker, "/cong-dan/dang-nhap", new() { ["Login"] = CitizensModule.DemoEmail, ["Password"] = "doan-mat-khau-" + i })).StatusCode);
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.UnprocessableEntity, 4), HttpStatusCode.TooManyRequests], statuses);
        // Locked: even the right password waits, with Retry-After and the Vietnamese message.
        var locked = await CitizenApp.PostAsync(attacker, "/cong-dan/dang-nhap", new() { ["Login"] = CitizensModule.DemoEmail, ["Password"] = Lantoa.Web.DemoData.DemoSeeder.DemoPassword });
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.NotNull(locked.Headers.RetryAfter);
        Assert.Contains("Vui lòng thử lại sau", await CitizenApp.ErrorsAsync(locked));
        // The per-address limit: further posts from this address are refused by the rate limiter itself.
        HttpStatusCode last = 0;
        for (var i = 0; i < 4; i++)
            last = (await CitizenApp.PostAsync(attacker, "/cong-dan/dang-nhap", new() { ["Login"] = "0900000000", ["Password"] = "x-" + i })).StatusCode;
        Assert.Equal(HttpStatusCode.TooManyRequests, last);
    }
}
