namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// A sign-up or a profile change as typed, from the web form or the API. Field errors are keyed by the API's field
/// names (fullName, birthDate, phone, email, password, provinceCode, communeCode, workplaceUnitId, workplace, consent);
/// the form maps them to its inputs.
/// </summary>
public sealed record SignUpInput(
    string? FullName,
    DateOnly? BirthDate,
    string? Phone,
    string? Email,
    string? Password,
    string? ProvinceCode,
    string? CommuneCode,
    int? WorkplaceUnitId,
    string? Workplace,
    IReadOnlyCollection<string> Consents)
{
    /// <summary>Set when the birth date was typed but could not be read (the form and the API read different layouts).</summary>
    public string? BirthDateUnreadable { get; init; }
}

/// <summary>The outcome: the new account, or field errors (<see cref="Conflict"/>: the phone or e-mail is taken).</summary>
public sealed record SignUpResult(Lantoa.Domain.Citizens.Citizen? Citizen, IReadOnlyDictionary<string, string> Errors, bool Conflict)
{
    public bool Succeeded => Citizen is not null;
}
