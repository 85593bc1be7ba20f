namespace Lantoa.Web.Features.Documents;

/// <summary>A participant table (TT | Đơn vị | Số lượng đại biểu), with group rows and a total.</summary>
public sealed record ParticipantAppendix : PlanAppendix
{
    public IReadOnlyList<ParticipantEntry> Rows { get; init; } = [];

    /// <summary>The total as written ("400"); null: no total row.</summary>
    public string? Total { get; init; }

    public string NumberHeader { get; init; } = "TT";
    public string UnitHeader { get; init; } = "Đơn vị";
    public string CountHeader { get; init; } = "Số lượng đại biểu";
    public string TotalLabel { get; init; } = "TỔNG CỘNG";
}
