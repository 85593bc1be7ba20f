namespace Lantoa.Domain.Plans;

/// <summary>One row of a participants appendix: "4 | Các doanh nghiệp | 15"; a group row ("I | Cấp tỉnh") has no count of its own.</summary>
public sealed record ParticipantRow(string? Label, string WrittenUnit, int? Count, bool IsGroup = false, int? UnitId = null, int? GroupId = null);

/// <summary>
/// A participants appendix kept on its activity: who is invited and how many ("Phụ lục I — THÀNH PHẦN THAM DỰ …",
/// "TỔNG CỘNG: 400"). The stated total is kept beside the sum of the rows.
/// </summary>
public sealed record ParticipantTable(string? AppendixLabel, string? Title, IReadOnlyList<ParticipantRow> Rows, int? StatedTotal)
{
    public int ComputedTotal => Rows.Where(r => !r.IsGroup).Sum(r => r.Count ?? 0);

    public bool Equals(ParticipantTable? other) =>
        other is not null && AppendixLabel == other.AppendixLabel && Title == other.Title && StatedTotal == other.StatedTotal
        && Rows.SequenceEqual(other.Rows);

    public override int GetHashCode() => HashCode.Combine(AppendixLabel, Title, Rows.Count, StatedTotal);
}
