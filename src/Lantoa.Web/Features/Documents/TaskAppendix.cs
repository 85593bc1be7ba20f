namespace Lantoa.Web.Features.Documents;

/// <summary>A task table (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Ghi chú).</summary>
public sealed record TaskAppendix : PlanAppendix
{
    public IReadOnlyList<TaskRow> Rows { get; init; } = [];
}
