using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Auth;

namespace Lantoa.Web.Features.Citizens;

/// <summary>Citizens' side of `POST /api/v1/auth/token`: a phone or an e-mail; failures count toward the web sign-in's lockout.</summary>
public sealed class CitizenApiLogin(CitizenAccounts accounts, IHttpContextAccessor http) : IApiLogin
{
    public string Audience => ApiAudiences.Citizen;

    public async Task<ApiLoginOutcome> CheckAsync(string login, string password, CancellationToken ct)
    {
        // Not a citizen's login (a staff user name, or no such account): the token endpoint asks the others, then counts it.
        if (await accounts.FindAsync(login, ct) is not { IsDeleted: false }) return new ApiLoginOutcome(ApiLoginStatus.UnknownLogin);
        var address = http.HttpContext is { } ctx ? ClientInfo.Address(ctx) : "không rõ";
        var (outcome, _) = await accounts.CheckPasswordAsync(login, password, address, ct);
        return outcome;
    }
}
