using Lantoa.Web.Infrastructure.Modules;

namespace Lantoa.Web.Features.MyWork;

/// <summary>"Việc của đơn vị": one unit's assignments across plans.</summary>
public sealed class MyWorkModule : ILantoaModule
{
    public string Name => "MyWork";

    public void AddServices(IServiceCollection services) => services.AddScoped<MyWorkList>();

    public IEnumerable<MenuItem> Menu => [new("Việc của đơn vị", "/MyWork", 20, Lantoa.Domain.Users.AccessPolicy.SeesUnitWork)];
}
