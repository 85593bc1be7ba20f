namespace Lantoa.Web.Features.Documents;

/// <summary>The field labels of an activity, as the plan words them (some plans say "Đơn vị chủ trì").</summary>
public sealed record ActivityFieldLabels
{
    public string Lead { get; init; } = "Cơ quan chủ trì";
    public string Coordinating { get; init; } = "Cơ quan phối hợp";
    public string Time { get; init; } = "Thời gian";
    public string Location { get; init; } = "Địa điểm";
    public string Form { get; init; } = "Hình thức";
    public string Content { get; init; } = "Nội dung";
    public string Participants { get; init; } = "Thành phần tham dự";
    public string Budget { get; init; } = "Kinh phí thực hiện";
}
