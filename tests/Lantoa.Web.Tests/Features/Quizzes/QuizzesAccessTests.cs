using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Features.Quizzes;

/// <summary>
/// The quiz endpoints and page. Lists and results are public; starting, answering and submitting take a citizen (token
/// or the citizen cookie): anonymous and every staff login (a staff cookie opens no API call) get 401; the demo citizen
/// starts the demo quiz (round 1 is open on the test clock) and is answered 4xx for a body without optionIds. Another
/// citizen's attempt (403) is in QuizApiTests.
/// </summary>
public sealed class QuizzesAccessGrid : IAccessGrid
{
    public async Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        var quiz = await QuizKit.DemoQuizIdAsync(app);
        var open = (string _) => Expect.Allowed;
        var citizenOnly = (string _) => Expect.Login;
        Func<string, Expect> ownProvince = u => AccessGrid.Rule(u, [.. AccessGrid.LongAnManagers, "dieuphoi.tg"]);
        Func<string, Expect> laRound = u => AccessGrid.Rule(u, AccessGrid.LongAnManagers);
        return
        [
            new("GET", $"/cuoc-thi/{quiz}", citizenOnly, Citizen: Expect.Allowed),
            new("GET", "/api/v1/provinces/80/quizzes", open, Citizen: Expect.Allowed),
            new("GET", $"/api/v1/quizzes/{quiz}/rounds/1/results", open, Citizen: Expect.Allowed),
            new("POST", $"/api/v1/quizzes/{quiz}/attempts", citizenOnly, Citizen: Expect.Allowed),
            new("PUT", "/api/v1/attempts/999999/answers/1", citizenOnly, new() { ["x"] = "1" }, Citizen: Expect.Allowed), // 422: no optionIds
            new("POST", "/api/v1/attempts/999999/submit", citizenOnly, Citizen: Expect.Allowed),
            // The organisers' pages: the province's coordinators and admins (a national admin sees "choose a province" on the
            // lists and may open a Long An round); unit officers, leadership and reviewers 403; Tiền Giang's coordinator works
            // on Tiền Giang's (empty) bank and gets 404 for Long An's round; a citizen is sent to the staff sign-in.
            new("GET", "/Quizzes", ownProvince),
            new("GET", "/Quizzes/Bank", ownProvince),
            new("POST", "/Quizzes/Bank?handler=Import", u => u == "admin" ? Expect.Forbidden : ownProvince(u), new() { }, ("không có câu hỏi"u8.ToArray(), "x.txt")), // 422
            new("POST", "/Quizzes/Bank?handler=Act", u => u == "admin" ? Expect.Forbidden : ownProvince(u), new() { ["act"] = "submit", ["ids"] = "999999" }), // 422
            new("GET", $"/Quizzes/{quiz}/Rounds/1", laRound),
            new("GET", $"/Quizzes/{quiz}/Rounds/1?handler=Xlsx", laRound), // 422: round 1 still open
            new("POST", $"/Quizzes/{quiz}/Rounds/1?handler=Disqualify", laRound, new() { ["attemptId"] = "999999", ["reason"] = "" }), // 422: no reason
            new("POST", $"/Quizzes/{quiz}/Rounds/1?handler=Reinstate", u => laRound(u) == Expect.Allowed ? Expect.NotFound : laRound(u), new() { ["attemptId"] = "999999" }),
        ];
    }
}

public class QuizzesAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Quiz_lists_and_results_are_public_and_attempts_take_a_citizen() => AccessGrid.AssertAsync(fixture, new QuizzesAccessGrid());
}
