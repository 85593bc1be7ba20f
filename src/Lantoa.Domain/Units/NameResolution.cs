namespace Lantoa.Domain.Units;

/// <summary>Whether a name denotes one unit or a group of units ("Các sở, ngành tỉnh").</summary>
public enum NameTargetKind
{
    Unit,
    Group,
}

/// <summary>Something a written name may denote: a unit or a group, with its aliases and validity period.</summary>
public sealed record NameCandidate(
    int Id,
    NameTargetKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    DateOnly? ValidFrom = null,
    DateOnly? ValidTo = null)
{
    /// <summary>The GSO code of the province the unit or group belongs to ("52"), when known.</summary>
    public string? ProvinceCode { get; init; }

    /// <summary>The catalogue key ("so-tttt", "CommuneCommittee-21907"), when the unit came from a catalogue.</summary>
    public string? Key { get; init; }

    /// <summary>False for a candidate of an in-memory catalogue, whose <see cref="Id"/> is a position, not a database id.</summary>
    public bool Stored { get; init; } = true;

    /// <summary>Whether the candidate exists on <paramref name="day"/> (both ends inclusive); always true without a day.</summary>
    public bool IsValidOn(DateOnly? day) =>
        day is not { } d || ((ValidFrom is null || ValidFrom <= d) && (ValidTo is null || d <= ValidTo));
}

/// <summary>A candidate with its similarity to the written name (1.0 = same after normalisation) and why.</summary>
public sealed record NameMatch(NameCandidate Candidate, double Score, string Reason);

/// <summary>
/// What a written name resolved to: <see cref="Match"/> when the resolver is confident, and always the best
/// <see cref="Suggestions"/> (at most five, best first). <see cref="Note"/> holds words written beside the name,
/// such as a parenthetical naming a sub-unit: "Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh)".
/// </summary>
public sealed record NameResolution(string Written, NameMatch? Match, IReadOnlyList<NameMatch> Suggestions)
{
    public bool IsResolved => Match is not null;

    public string? Note { get; init; }

    /// <summary>
    /// The other province the written name names ("Đài PTTH Bình Định" read against Long An's units): such a name is
    /// never matched to a unit of this province.
    /// </summary>
    public ProvincePlaceName? ForeignProvince { get; init; }

    /// <summary>The province whose units the name was looked up in (the match's province when matched), when known.</summary>
    public string? ProvinceCode { get; init; }

    /// <summary>Whether the best two candidates are equally good exact matches: the name is ambiguous, not unknown.</summary>
    public bool IsAmbiguous => Match is null && Suggestions is [{ Score: >= 1.0 }, { Score: >= 1.0 }, ..];
}
