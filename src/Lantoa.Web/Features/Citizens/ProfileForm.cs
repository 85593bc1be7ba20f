using Lantoa.Domain.Citizens;
using Lantoa.Web.Infrastructure.Web;

namespace Lantoa.Web.Features.Citizens;

/// <summary>The profile fields of the sign-up and account pages, as typed (birth date dd/MM/yyyy).</summary>
public sealed class ProfileForm
{
    public string? FullName { get; set; }
    public string? BirthDate { get; set; }
    public string? ProvinceCode { get; set; }
    public string? CommuneCode { get; set; }
    public int? WorkplaceUnitId { get; set; }
    public string? Workplace { get; set; }

    public static ProfileForm From(Citizen c) => new()
    {
        FullName = c.FullName, BirthDate = Formats.Day(c.BirthDate), ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
        WorkplaceUnitId = c.WorkplaceUnitId, Workplace = c.Workplace,
    };

    public SignUpInput ToInput(string? phone, string? email, string? password, IReadOnlyCollection<string> consents)
    {
        var readable = Formats.TryReadDay(BirthDate, out var day);
        return new SignUpInput(FullName, day, phone, email, password, ProvinceCode, CommuneCode, WorkplaceUnitId, Workplace, consents)
        {
            BirthDateUnreadable = readable ? null : "Ngày sinh phải theo dạng ngày/tháng/năm, ví dụ 05/09/1990.",
        };
    }
}

/// <summary>What the profile fields partial shows: the form and the lists of the chosen province.</summary>
public sealed record ProfileChoices(ProfileForm Form, IReadOnlyList<CommuneSearch.Place> Provinces, IReadOnlyList<CommuneSearch.Place> Communes,
    IReadOnlyList<CitizenAccounts.WorkplaceUnit> Units, string? CommuneQuery)
{
    public static async Task<ProfileChoices> LoadAsync(CommuneSearch places, CitizenAccounts accounts, ProfileForm form, string? query)
    {
        var today = accounts.Today;
        var provinces = await places.ProvincesAsync(today);
        var code = form.ProvinceCode is { Length: > 0 } c && provinces.Any(p => p.Code == c) ? c : null;
        return new ProfileChoices(form, provinces,
            code is null ? [] : await places.CommunesAsync(code, query, today),
            code is null ? [] : await accounts.WorkplaceUnitsAsync(code), query);
    }
}
