using System.Text;
using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.Imports;

/// <summary>Who may import a plan from a document: coordinators and admins of their own province.</summary>
public sealed class ImportsAccessGrid : IAccessGrid
{
    public Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        var importers = (string u) => Rule(u, [.. LongAnManagers, "dieuphoi.tg"], neutral: true, national: false);
        IReadOnlyList<AccessCase> cases =
        [
            new("GET", "/Plans/Import", importers),
            new("POST", "/Plans/Import?handler=Upload", importers, File: (Encoding.UTF8.GetBytes("KẾ HOẠCH\nThử quyền\n"), "ke-hoach.txt")),
            new("POST", "/Plans/Import?handler=Confirm", importers, new() { ["token"] = "khong-co" }),
        ];
        return Task.FromResult(cases);
    }
}

public class ImportsAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Every_imports_handler_allows_exactly_the_roles_it_should() => AssertAsync(fixture, new ImportsAccessGrid());
}
