using System.Net;
using System.Text.Json;
using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Features.Quizzes.Live;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Quizzes.Live;

/// <summary>
/// The live show through its hub over real WebSockets (<see cref="HubProbe"/>) on real PostgreSQL, the clock moved by the
/// test: elimination, the bell refusing a late answer, a rescue, the winner and prizes, the same show seen by a restarted
/// node; and the hub's server-side checks of host and player.
/// </summary>
public class LiveShowTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static string? Error(JsonElement r) => r.ValueKind == JsonValueKind.Object && r.TryGetProperty("error", out var e) ? e.GetString() : null;

    private static JsonElement Ok(JsonElement r)
    {
        Assert.True(Error(r) is null, "refused: " + Error(r));
        return r;
    }

    private static int Count(JsonElement view, string name) => view.GetProperty("show").GetProperty("counts").GetProperty(name).GetInt32();

    [Fact]
    public async Task A_show_eliminates_refuses_after_the_bell_rescues_crowns_a_winner_and_a_restarted_node_sees_the_same_show()
    {
        var app = await TestApp.StartAsync(fixture);
        var cs = app.ConnectionString;
        var show = await LiveKit.DemoShowIdAsync(app);
        await using (var host = await HubProbe.For(app).StaffAsync("tinhdoan"))
        await using (var an = await HubProbe.For(app).CitizenAsync(CitizensModule.DemoEmail))
        await using (var binh = HubProbe.For(app))
        await using (var chi = HubProbe.For(app))
        {
            await host.ConnectAsync();
            Assert.Equal("Lobby", Ok(await host.InvokeAsync("Watch", show)).GetProperty("show").GetProperty("status").GetString());
            await an.JoinAsync(LiveDemoData.Code, "tên bị bỏ qua");
            await binh.JoinAsync(LiveDemoData.Code, "Bình");
            await chi.JoinAsync(LiveDemoData.Code, "Chi");
            foreach (var p in new[] { an, binh, chi }) await p.ConnectAsync();
            var me = Ok(await an.InvokeAsync("Play", show, an.Token)).GetProperty("me");
            Assert.NotEqual("tên bị bỏ qua", me.GetProperty("name").GetString()); // a citizen plays under their account's name
            var chiId = Ok(await chi.InvokeAsync("Play", show, chi.Token)).GetProperty("me").GetProperty("id").GetInt32();
            Ok(await binh.InvokeAsync("Play", show, binh.Token));

            // Question 1: Chi is wrong.
            var asked = Ok(await host.InvokeAsync("Ask", show));
            Assert.Equal(1, asked.GetProperty("question").GetProperty("number").GetInt32());
            Assert.Equal(app.Clock.GetUtcNow().AddSeconds(15), asked.GetProperty("question").GetProperty("closesAt").GetDateTimeOffset());
            var phone = Ok(await chi.InvokeAsync("Play", show, chi.Token));
            Assert.All(phone.GetProperty("question").GetProperty("options").EnumerateArray(), o => Assert.Equal(JsonValueKind.Null, o.GetProperty("correct").ValueKind));
            var (right, wrong) = await LiveKit.OptionsAsync(app, show, 1);
            Ok(await an.InvokeAsync("Answer", show, an.Token, right));
            Ok(await binh.InvokeAsync("Answer", show, binh.Token, right));
            Ok(await chi.InvokeAsync("Answer", show, chi.Token, wrong));
            Assert.Equal(3, Count(Ok(await host.InvokeAsync("Watch", show)), "answered"));
            Assert.Contains("Chưa hết giờ", Error(await host.InvokeAsync("Reveal", show)));
            app.Clock.Now = app.Clock.Now.AddSeconds(15); // the bell
            Assert.Equal("Đã hết giờ; câu trả lời này không được ghi nhận.", Error(await chi.InvokeAsync("Answer", show, chi.Token, right)));
            var revealed = Ok(await host.InvokeAsync("Reveal", show));
            Assert.Equal((2, 1, 2), (Count(revealed, "right"), Count(revealed, "wrong"), Count(revealed, "survivors")));
            var out1 = Ok(await chi.InvokeAsync("Play", show, chi.Token));
            Assert.False(out1.GetProperty("me").GetProperty("alive").GetBoolean());
            Assert.Equal(1, out1.GetProperty("me").GetProperty("eliminatedAt").GetInt32());
            Assert.True(out1.GetProperty("question").GetProperty("options").EnumerateArray().Single(o => o.GetProperty("id").GetInt64() == right).GetProperty("correct").GetBoolean());

            // The rescue brings Chi back; question 2: Bình is wrong and Chi silent, An is the last one standing.
            var rescued = Ok(await host.InvokeAsync("Rescue", show, new[] { chiId }));
            Assert.Equal(3, Count(rescued, "survivors"));
            Assert.Equal(0, rescued.GetProperty("show").GetProperty("rescuesLeft").GetInt32());
            app.Clock.Now = app.Clock.Now.AddMinutes(1);
            Ok(await host.InvokeAsync("Ask", show));
            (right, wrong) = await LiveKit.OptionsAsync(app, show, 2);
            app.Clock.Now = app.Clock.Now.AddSeconds(3);
            Ok(await an.InvokeAsync("Answer", show, an.Token, right));
            Ok(await binh.InvokeAsync("Answer", show, binh.Token, wrong));
            app.Clock.Now = app.Clock.Now.AddSeconds(20);
            Ok(await host.InvokeAsync("Reveal", show));
            Assert.Contains("hết 1 lần cứu trợ", Error(await host.InvokeAsync("Rescue", show, Array.Empty<int>())));
            var finished = Ok(await host.InvokeAsync("Finish", show));
            var standings = finished.GetProperty("standings").EnumerateArray().Select(s => (s.GetProperty("name").GetString(), s.GetProperty("prize").GetString(), s.GetProperty("amount").GetString())).ToList();
            Assert.Equal(me.GetProperty("name").GetString(), standings[0].Item1);
            Assert.Equal([("Giải nhất", "700.000 đồng"), ("Giải nhì", "500.000 đồng"), ("Giải ba", "300.000 đồng")], standings.Select(s => (s.Item2, s.Item3)));
            Assert.Equal(["Bình", "Chi"], standings.Skip(1).Select(s => s.Item1));
            var winner = Ok(await an.InvokeAsync("Play", show, an.Token)).GetProperty("me");
            Assert.Equal((1, "Giải nhất"), (winner.GetProperty("rank").GetInt32(), winner.GetProperty("prize").GetString()));
            Assert.Contains("changed", an.Pushed); // the players were told of the host's steps
        }
        await app.DisposeAsync();

        // Another node (a restart): the show, its players and results come from PostgreSQL.
        await using var again = await TestApp.StartOnAsync(cs, fixture.AsApp(cs));
        await using var host2 = await HubProbe.For(again).StaffAsync("dieuphoi");
        await host2.ConnectAsync();
        var view = Ok(await host2.InvokeAsync("Watch", show));
        Assert.Equal("Finished", view.GetProperty("show").GetProperty("status").GetString());
        Assert.Equal(2, view.GetProperty("question").GetProperty("number").GetInt32());
        Assert.Equal(["Giải nhất", "Giải nhì", "Giải ba"], view.GetProperty("standings").EnumerateArray().Select(s => s.GetProperty("prize").GetString()));
        Assert.Contains("đã kết thúc", Error(await host2.InvokeAsync("Ask", show)));

        // The demo's show can run again on the day: back to the lobby, nobody in, the rescue given back.
        var reset = Ok(await host2.InvokeAsync("Reset", show));
        Assert.Equal(("Lobby", 0, 1), (reset.GetProperty("show").GetProperty("status").GetString(), Count(reset, "players"),
            reset.GetProperty("show").GetProperty("rescuesLeft").GetInt32()));
        await using var newcomer = await (await HubProbe.For(again).JoinAsync(LiveDemoData.Code, "Giang")).ConnectAsync();
        Assert.Equal("Giang", Ok(await newcomer.InvokeAsync("Play", show, newcomer.Token)).GetProperty("me").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_hub_checks_the_host_and_the_player_on_the_server()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var show = await LiveKit.DemoShowIdAsync(app);
        await using var anonymous = await HubProbe.For(app).ConnectAsync();
        Assert.Contains("Hãy đăng nhập bằng tài khoản cán bộ", Error(await anonymous.InvokeAsync("Ask", show)));
        Assert.Contains("chưa tham gia", Error(await anonymous.InvokeAsync("Play", show, anonymous.Token)));
        Assert.Contains("chưa tham gia", Error(await anonymous.InvokeAsync("Answer", show, anonymous.Token, 1L)));
        await using var citizen = await (await HubProbe.For(app).CitizenAsync(CitizensModule.DemoEmail)).ConnectAsync();
        Assert.Contains("Hãy đăng nhập bằng tài khoản cán bộ", Error(await citizen.InvokeAsync("Watch", show)));
        await using var benluc = await (await HubProbe.For(app).StaffAsync("benluc")).ConnectAsync();
        Assert.Equal("Bạn không có quyền điều khiển buổi thi này.", Error(await benluc.InvokeAsync("Ask", show)));
        await using var lanhdao = await (await HubProbe.For(app).StaffAsync("lanhdao")).ConnectAsync();
        Assert.Equal("Bạn không có quyền điều khiển buổi thi này.", Error(await lanhdao.InvokeAsync("Watch", show)));
        await using var tg = await (await HubProbe.For(app).StaffAsync("dieuphoi.tg")).ConnectAsync();
        Assert.Equal("Không tìm thấy buổi thi.", Error(await tg.InvokeAsync("Reveal", show)));
        Assert.Equal("Không tìm thấy buổi thi.", Error(await tg.InvokeAsync("Watch", 999_999)));

        await using var player = await (await HubProbe.For(app).JoinAsync(LiveDemoData.Code, "Dũng")).ConnectAsync();
        await using var host = await (await HubProbe.For(app).StaffAsync("dieuphoi")).ConnectAsync();
        Assert.Contains("Chưa có câu hỏi nào đang mở", Error(await player.InvokeAsync("Answer", show, player.Token, 1L)));
        var q = Ok(await host.InvokeAsync("Ask", show)).GetProperty("question");
        Assert.Equal("Phương án không thuộc câu hỏi đang mở.", Error(await player.InvokeAsync("Answer", show, player.Token, 1L)));
        Assert.Contains("Câu hỏi đang mở", Error(await host.InvokeAsync("Ask", show)));
        Assert.Contains("Chỉ chơi lại được khi buổi thi đã kết thúc", Error(await host.InvokeAsync("Reset", show)));
        Assert.Equal("Bạn không có quyền điều khiển buổi thi này.", Error(await benluc.InvokeAsync("Reset", show)));

        // Too late to join once the first question is out: a clear message, 422, no player made.
        var late = HubProbe.For(app);
        var refused = await late.PostAsync("/rung-chuong-vang/" + LiveDemoData.Code, new() { ["Name"] = "Muộn" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Buổi thi đã bắt đầu; không thể tham gia thêm.", await refused.Content.ReadAsStringAsync());
        await late.DisposeAsync();

        // Two hosts ring the bell at once: one reveal, the other is told there is no open question.
        app.Clock.Now = app.Clock.Now.AddSeconds(30);
        await using var host2 = await (await HubProbe.For(app).StaffAsync("quantri.longan")).ConnectAsync();
        var both = await Task.WhenAll(host.InvokeAsync("Reveal", show), host2.InvokeAsync("Reveal", show));
        Assert.Single(both, r => Error(r) is null);
        Assert.Single(both, r => Error(r) == "Chưa có câu hỏi nào đang mở.");
        Assert.Equal(JsonValueKind.Number, q.GetProperty("number").ValueKind);
    }

    [Fact]
    public async Task A_staff_user_creates_a_show_with_checked_settings()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var quiz = await Lantoa.Web.Tests.Features.Quizzes.QuizKit.DemoQuizIdAsync(app);
        var client = app.NewClient();
        await client.LoginAsync("tinhdoan");
        var form = new Dictionary<string, string>
        {
            ["Form.QuizId"] = quiz.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.Title"] = "Rung chuông vàng cụm Bến Lức",
            ["Form.QuestionSeconds"] = "5", ["Form.Rescues"] = "1",
        };
        var bad = await client.PostFormAsync("/Quizzes/Live", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("từ 10 đến 30 giây", await bad.Content.ReadAsStringAsync());
        form["Form.QuestionSeconds"] = "20";
        var made = await client.PostFormAsync("/Quizzes/Live", form);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var page = await client.GetPageAsync(made.Headers.Location!.OriginalString);
        var code = page.QuerySelector("[data-testid=live-code]")!.TextContent.Trim();
        Assert.Matches("^[A-Z2-9]{6}$", code);
        var list = await client.GetPageAsync("/Quizzes/Live");
        Assert.Contains(code, list.QuerySelector("[data-testid=live-shows]")!.TextContent);
        var guest = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync("/rung-chuong-vang/" + code.ToLowerInvariant())).StatusCode);
        var join = await guest.GetAsync("/rung-chuong-vang?code=" + code.ToLowerInvariant());
        Assert.Equal("/rung-chuong-vang/" + code, join.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync("/rung-chuong-vang?code=KHONGCO")).StatusCode);
    }

    [Fact]
    public async Task Answers_arriving_at_once_are_each_stored_once_and_the_reveal_counts_every_one()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var show = await LiveKit.DemoShowIdAsync(app);
        Task<T> Store<T>(Func<LiveShowStore, Task<T>> work) => app.InScopeAsync(sp => work(sp.GetRequiredService<LiveShowStore>()));
        var players = await Task.WhenAll(Enumerable.Range(1, 40).Select(i =>
            Store(s => s.JoinAsync(show, new LiveIdentity(null, "khach-" + i + new string('x', 32)), "Khách " + i, CancellationToken.None))));
        Assert.All(players, p => Assert.Null(p.Error));
        var ids = players.Select(p => p.PlayerId!.Value).ToArray();
        Assert.Equal(40, ids.Distinct().Count());
        var (asked, error) = await Store(s => s.StepAsync(show, async (l, c, tx, now) =>
        {
            var next = (await LiveShowStore.NextQuestionAsync(c, tx, l.Row, CancellationToken.None))!.Value;
            l.Show.Ask(next.Id, next.Options, next.Correct, now);
        }, CancellationToken.None));
        Assert.Null(error);
        var (right, wrong) = await LiveKit.OptionsAsync(app, show, 1);
        // Each player sends twice at once (a double tap, a change of mind): the even ones end right, the odd ones wrong.
        var sends = ids.SelectMany((id, i) => new[] { (id, i % 2 == 0 ? wrong : right), (id, i % 2 == 0 ? right : wrong) }).ToList();
        var results = await Task.WhenAll(sends.Select(x => Store(s => s.AnswerAsync(show, x.id, x.Item2, CancellationToken.None))));
        Assert.All(results, Assert.Null);
        Assert.Equal(40L, await app.DbAsync(async db => (long)(await Lantoa.Web.Tests.Features.Quizzes.QuizKit.Scalar(db, "SELECT count(*) FROM live_answers WHERE show_id = $1", show))!));
        // The last write of each player counts; settle them (the two sends raced) to a known answer, then ring the bell.
        for (var i = 0; i < ids.Length; i++) Assert.Null(await Store(s => s.AnswerAsync(show, ids[i], i % 2 == 0 ? right : wrong, CancellationToken.None)));
        app.Clock.Now = app.Clock.Now.AddSeconds(15);
        var (after, refused) = await Store(s => s.StepAsync(show, (l, _, _, now) => { l.Show.Reveal(now); return Task.CompletedTask; }, CancellationToken.None));
        Assert.Null(refused);
        Assert.Equal(new Lantoa.Domain.Quizzes.Live.LiveCounts(40, 20, 40, 20, 20), after!.Show.Counts());
        var reloaded = (await Store(s => s.LoadAsync(show, CancellationToken.None)))!;
        Assert.Equal(ids.Where((_, i) => i % 2 == 1).Order(), reloaded.Show.Eliminated.Select(p => p.Id).Order());
    }
}
