using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.Events;

/// <summary>The events API takes bearer tokens only: with the cookie of any login (or none) both endpoints answer 401;
/// who may scan with a token is checked in <see cref="EventsApiTests"/>.</summary>
public sealed class EventsAccessGrid : IAccessGrid
{
    public Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        Func<string, Expect> tokenOnly = _ => Expect.Login;
        IReadOnlyList<AccessCase> cases =
        [
            new("POST", "/api/v1/events/1/registrations", tokenOnly, new(), Citizen: Expect.Login),
            new("POST", "/api/v1/events/1/checkins", tokenOnly, new(), Citizen: Expect.Login),
        ];
        return Task.FromResult(cases);
    }
}

public class EventsAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task The_events_api_answers_only_bearer_tokens() => AssertAsync(fixture, new EventsAccessGrid());
}
