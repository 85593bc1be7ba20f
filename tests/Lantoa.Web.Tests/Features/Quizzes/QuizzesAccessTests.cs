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
        return
        [
            new("GET", $"/cuoc-thi/{quiz}", citizenOnly, Citizen: Expect.Allowed),
            new("GET", "/api/v1/provinces/80/quizzes", open, Citizen: Expect.Allowed),
            new("GET", $"/api/v1/quizzes/{quiz}/rounds/1/results", open, Citizen: Expect.Allowed),
            new("POST", $"/api/v1/quizzes/{quiz}/attempts", citizenOnly, Citizen: Expect.Allowed),
            new("PUT", "/api/v1/attempts/999999/answers/1", citizenOnly, new() { ["x"] = "1" }, Citizen: Expect.Allowed), // 422: no optionIds
            new("POST", "/api/v1/attempts/999999/submit", citizenOnly, Citizen: Expect.Allowed),
        ];
    }
}

public class QuizzesAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Quiz_lists_and_results_are_public_and_attempts_take_a_citizen() => AccessGrid.AssertAsync(fixture, new QuizzesAccessGrid());
}
