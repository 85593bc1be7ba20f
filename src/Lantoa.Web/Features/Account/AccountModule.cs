using Lantoa.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Lantoa.Web.Features.Account;

/// <summary>Sign-in, sign-out, change of password.</summary>
public sealed class AccountModule : ILantoaModule
{
    public string Name => "Account";

    public void ConfigurePages(PageConventionCollection pages) => pages.AllowAnonymousToPage("/Account/Login");
}
