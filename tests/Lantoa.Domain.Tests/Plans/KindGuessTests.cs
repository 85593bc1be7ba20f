using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Tests.Plans;

public class KindGuessTests
{
    [Theory]
    [InlineData("Tổ chức triển lãm, trưng bày, giới thiệu các giải pháp, sản phẩm công nghệ thông tin", ActivityKind.Exhibition)]
    [InlineData("Tổ chức cuộc thi trực tuyến tìm hiểu về chuyển đổi số, an toàn, an ninh thông tin", ActivityKind.QuizContest)]
    [InlineData("Tổ chức cuộc thi sản xuất chương trình phát thanh, truyền hình tuyên truyền về chuyển đổi số", ActivityKind.SubmissionContest)]
    [InlineData("Họp mặt đại diện Tổ Công nghệ số cộng đồng toàn tỉnh; phát động ra quân năm 2024", ActivityKind.FieldCampaign)]
    [InlineData("Tổ chức Ngày hội thanh niên chuyển đổi số", ActivityKind.MeetingCeremony)]
    [InlineData("Hội nghị hưởng ứng Ngày Chuyển đổi số quốc gia", ActivityKind.Conference)]
    [InlineData("Tổ chức các hoạt động truyền thông", ActivityKind.Communications)]
    [InlineData("Diễn tập ứng cứu sự cố an toàn thông tin mạng", ActivityKind.Drill)]
    [InlineData("Cấp tỉnh", ActivityKind.Other)]
    public void Guesses_an_activity_kind_from_its_title(string title, ActivityKind expected) => Assert.Equal(expected, KindGuess.Activity(title));

    [Theory]
    [InlineData("Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia trên địa bàn tỉnh Long An năm 2024", PlanKind.DxDay)]
    [InlineData("Tuyên truyền về chuyển đổi số trên địa bàn tỉnh Long An năm 2024", PlanKind.Communications)]
    [InlineData("Tổ chức Tuần lễ Chuyển đổi số tỉnh Quảng Ngãi năm 2023", PlanKind.DxWeek)]
    [InlineData("Phát triển hạ tầng số giai đoạn 2023-2025", PlanKind.Other)]
    public void Guesses_a_plan_kind_from_its_title(string title, PlanKind expected) => Assert.Equal(expected, KindGuess.Plan(title));
}
