using Lantoa.Web.Features.Quizzes.Live;
using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Features.Quizzes.Live;

/// <summary>
/// The live show's handlers and hub. The host's pages take a staff login: the list and the creation are for the
/// province's managers and unit officers (leadership and the finance reviewer 403); the demo show's control screen is
/// for Long An's managers, the national admin and Tỉnh Đoàn (the host unit), 403 for other units of Long An and 404 for
/// Tiền Giang. The players' pages and the hub's endpoints are open (anyone may join a show with its code); the hub's own
/// checks of host and player are in <see cref="LiveShowTests"/> and the browser test.
/// </summary>
public sealed class LiveShowAccessGrid : IAccessGrid
{
    public async Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        var show = await LiveKit.DemoShowIdAsync(app);
        var quiz = await Lantoa.Web.Tests.Features.Quizzes.QuizKit.DemoQuizIdAsync(app);
        var open = (string _) => Expect.Allowed;
        Expect List(string u) => u switch
        {
            "anonymous" => Expect.Login,
            "lanhdao" or "taichinh" => Expect.Forbidden,
            _ => Expect.Allowed,
        };
        Expect Create(string u) => u == "admin" ? Expect.Forbidden : List(u); // the national admin picks a province first
        Expect Host(string u) => AccessGrid.Rule(u, ["quantri.longan", "dieuphoi", "tinhdoan"]);
        return
        [
            new("GET", "/Quizzes/Live", List),
            new("POST", "/Quizzes/Live", Create, new()
            {
                ["Form.QuizId"] = quiz.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.Title"] = "Buổi thi thử",
                ["Form.QuestionSeconds"] = "20", ["Form.Rescues"] = "1",
            }),
            new("GET", $"/Quizzes/Live/{show}", Host),
            new("GET", "/rung-chuong-vang", open, Citizen: Expect.Allowed),
            new("GET", $"/rung-chuong-vang/{LiveDemoData.Code}", open, Citizen: Expect.Allowed),
            new("POST", $"/rung-chuong-vang/{LiveDemoData.Code}", open, new() { ["Name"] = "Người chơi thử" }, Citizen: Expect.Allowed),
            new("POST", $"{LiveShows.HubPath}/negotiate?negotiateVersion=1", open, Citizen: Expect.Allowed),
            new("GET", LiveShows.HubPath, open, Citizen: Expect.Allowed), // 400 without a connection id
            new("POST", LiveShows.HubPath, open, Citizen: Expect.Allowed),
        ];
    }
}

public class LiveShowAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Hosts_pages_take_the_right_staff_and_players_pages_and_the_hub_are_open() => AccessGrid.AssertAsync(fixture, new LiveShowAccessGrid());
}
