namespace Lantoa.Domain.Commendations;

/// <summary>
/// The list of a decision: accepted nominations, collectives first, then individuals, each by the calling order when
/// set, then by nominating unit and name (Vietnamese order) — the order of the annex, the certificates and the ceremony.
/// </summary>
public static class AwardList
{
    public static IReadOnlyList<Nomination> Order(IEnumerable<Nomination> nominations, Func<int, string> unitName) =>
        nominations.Where(n => n.Status == NominationStatus.Accepted)
            .OrderBy(n => n.NomineeKind == NomineeKind.Collective ? 0 : 1)
            .ThenBy(n => n.CallingOrder ?? int.MaxValue)
            .ThenBy(n => unitName(n.UnitId), Text.VietnameseText.Comparer)
            .ThenBy(n => n.NomineeName, Text.VietnameseText.Comparer)
            .ThenBy(n => n.Id)
            .ToList();
}
