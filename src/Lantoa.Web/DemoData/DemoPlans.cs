using Lantoa.Domain.Plans;
using Lantoa.Web.Features.Plans;

namespace Lantoa.Web.DemoData;

/// <summary>
/// Demo plans modelled on the seed documents (shared/seeds): Long An's 2024 DX Day plan in full, and parts of Long An's
/// 2024 communications plan and Tiền Giang's 2024 DX Day plan. The documents issue will load the seeds themselves.
/// </summary>
public static class DemoPlans
{
    public sealed record DemoActivity(string Label, string Title, ActivityKind Kind, string? ParentLabel = null,
        string? Lead = null, string? Coordinating = null, string? Time = null, string? Location = null,
        string? Participants = null, int? Expected = null, string? Content = null);

    public sealed record DemoPlan(string ProvinceCode, string Title, PlanKind Kind, int Year, PlanForm Header,
        IReadOnlyList<DemoActivity> Activities, bool InProgress);

    private const string UbndLongAn = "ỦY BAN NHÂN DÂN TỈNH LONG AN";

    public static IEnumerable<DemoPlan> All() => [LongAnDxDay(), LongAnCommunications(), TienGiangDxDay()];

    private static DemoPlan LongAnDxDay()
    {
        const string title = "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia trên địa bàn tỉnh Long An năm 2024";
        var header = new PlanForm
        {
            Title = title, Kind = PlanKind.DxDay, Year = 2024, NumberSymbol = "/KH-UBND", IssuerName = UbndLongAn,
            Place = "Long An", IssuedOn = "09/2024",
            Theme = "Phổ cập hạ tầng số và sáng tạo ứng dụng số để phát triển kinh tế số - Động lực mới cho tăng trưởng kinh tế và năng suất lao động",
            Slogan = "Nhiệt liệt chào mừng Ngày Chuyển đổi số quốc gia 10/10/2024",
            Purposes = "Tuyên truyền về Ngày Chuyển đổi số quốc gia - Ngày 10 tháng 10 nhằm nâng cao nhận thức của toàn dân về ý nghĩa, vai trò, tầm quan trọng của chuyển đổi số trong sự phát triển kinh tế, văn hóa, xã hội.\nLan tỏa và thu hút sự hưởng ứng tích cực của cả hệ thống chính trị và toàn xã hội đối với công cuộc chuyển đổi số của tỉnh.",
            Requirements = "Tổ chức các hoạt động phải đảm bảo theo hướng dẫn của Bộ Thông tin và Truyền thông, gắn với điều kiện thực tế của tỉnh. Thực hiện đồng bộ từ tỉnh đến cơ sở; đảm bảo thiết thực, tiết kiệm, hiệu quả, huy động đa dạng các nguồn lực xã hội tham gia.",
            LegalBases = string.Join("\n",
                "Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia",
                "Quyết định số 934/QĐ-BTTTT ngày 07/6/2024 của Bộ trưởng Bộ Thông tin và Truyền thông phê duyệt Kế hoạch triển khai Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia năm 2024",
                "Công văn số 3240/BTTTT-CĐSQG ngày 08/8/2024 của Bộ Thông tin và Truyền thông về thúc đẩy hoạt động của Tổ công nghệ số cộng đồng tại địa phương",
                "Quyết định số 8653/QĐ-UBND ngày 16/9/2022 của UBND tỉnh về việc triển khai thực hiện Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia"),
            Deadlines = string.Join("\n",
                "15/09/2024: Xây dựng và gửi kế hoạch tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2024 | UBND các huyện, thị xã, thành phố",
                "31/10/2024: Báo cáo kết quả về UBND tỉnh (thông qua Sở Thông tin và Truyền thông) | Các sở, ngành tỉnh; UBND các huyện, thị xã, thành phố"),
            Recipients = string.Join("\n", "Bộ Thông tin và Truyền thông (b/c);", "TT.TU, TT.HĐND tỉnh (b/c);", "CT, các PCT.UBND tỉnh;",
                "Các sở, ngành, đơn vị trực thuộc UBND tỉnh;", "Báo Long An, Đài PT và TH Long An;", "UBND các huyện, thị xã, thành phố;", "Lưu: VT, STTTT, lt."),
            SignerAuthority = "TM. ỦY BAN NHÂN DÂN", SignerPrefix = "KT. CHỦ TỊCH", SignerTitle = "PHÓ CHỦ TỊCH", SignerName = "Phạm Tấn Hòa",
        };
        return new DemoPlan("80", title, PlanKind.DxDay, 2024, header,
        [
            new("1", "Tổ chức các hoạt động truyền thông", ActivityKind.Communications,
                Lead: "Sở Thông tin và Truyền thông; UBND các huyện, thị xã, thành phố",
                Coordinating: "Các sở, ngành tỉnh, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh, các cơ quan Trung ương đóng trên địa bàn tỉnh, Báo Long An, Đài Phát thanh và Truyền hình Long An",
                Time: "Từ ngày 15/9/2024 đến ngày 31/10/2024; đợt cao điểm từ ngày 01/10/2024 đến ngày 10/10/2024",
                Content: "Tổ chức tuyên truyền chủ đề Ngày Chuyển đổi số năm 2024; xây dựng chuyên trang, chuyên mục, phóng sự, tọa đàm; treo băng rôn, khẩu hiệu chào mừng."),
            new("2", "Họp mặt đại diện Tổ Công nghệ số cộng đồng toàn tỉnh; phát động ra quân năm 2024", ActivityKind.MeetingCeremony),
            new("2.1", "Cấp tỉnh", ActivityKind.MeetingCeremony, ParentLabel: "2",
                Lead: "Sở Thông tin và Truyền thông",
                Coordinating: "Văn phòng UBND tỉnh, Sở Nội vụ, UBND các huyện, thị xã, thành phố",
                Time: "Dự kiến ngày 10/10/2024, thứ Năm (có thư mời riêng)",
                Location: "Tại Trung tâm Văn hóa Nghệ thuật tỉnh hoặc Hội trường UBND tỉnh",
                Participants: "Lãnh đạo UBND tỉnh; đại diện sở, ban, ngành tỉnh; đại diện UBND cấp huyện; đại diện cá nhân tiêu biểu Tổ Công nghệ số cộng đồng các xã, phường, thị trấn; đại diện các doanh nghiệp (Chi tiết theo Phụ lục I)",
                Expected: 400),
            new("2.2", "Cấp huyện", ActivityKind.FieldCampaign, ParentLabel: "2",
                Lead: "UBND huyện, thị xã, thành phố",
                Coordinating: "Sở Thông tin và Truyền thông; các sở, ngành tỉnh",
                Time: "Từ ngày 01/10/2024 đến ngày 10/10/2024",
                Content: "Họp mặt Tổ Công nghệ số cộng đồng; biểu dương, khen thưởng; ra quân \"đi từng ngõ, gõ từng nhà\"; triển lãm, trưng bày giải pháp chuyển đổi số."),
            new("3", "Tổ chức triển lãm, trưng bày, giới thiệu các giải pháp, sản phẩm công nghệ thông tin phục vụ chuyển đổi số", ActivityKind.Exhibition,
                Lead: "Sở Thông tin và Truyền thông",
                Coordinating: "Các sở, ngành tỉnh; Các doanh nghiệp bưu chính, viễn thông",
                Time: "Dự kiến ngày 09-10/10/2024",
                Location: "Trung tâm Văn hóa Nghệ thuật tỉnh hoặc Hội trường UBND tỉnh",
                Participants: "VNPT Long An, Viettel Long An, MobiFone Long An và các doanh nghiệp khác; cán bộ, công chức, viên chức"),
            new("4", "Tổ chức cuộc thi trực tuyến tìm hiểu về chuyển đổi số, an toàn, an ninh thông tin trên không gian mạng", ActivityKind.QuizContest,
                Lead: "Tỉnh Đoàn", Coordinating: "Sở Thông tin và Truyền thông",
                Time: "Từ ngày 01/10/2024 đến ngày 09/11/2024",
                Participants: "Cán bộ Đoàn, Đoàn viên, thanh thiếu niên toàn tỉnh",
                Content: "Thi trắc nghiệm trực tuyến trên ứng dụng \"Long An Số\"."),
            new("5", "Tổ chức Ngày hội thanh niên chuyển đổi số chào mừng Ngày Chuyển đổi số quốc gia 10/10/2024", ActivityKind.MeetingCeremony,
                Lead: "Tỉnh Đoàn", Coordinating: "Sở Thông tin và Truyền thông",
                Time: "01 ngày, trong khoảng thời gian từ ngày 01/10/2024 đến ngày 10/10/2024",
                Location: "Thành phố Tân An",
                Participants: "Đại biểu khách mời (dự kiến 50 đại biểu); triệu tập Đoàn viên thanh niên (dự kiến 350 người)",
                Expected: 400),
        ], InProgress: true);
    }

    private static DemoPlan LongAnCommunications()
    {
        const string title = "Tuyên truyền về chuyển đổi số trên địa bàn tỉnh Long An năm 2024";
        var header = new PlanForm
        {
            Title = title, Kind = PlanKind.Communications, Year = 2024, NumberSymbol = "/KH-UBND", IssuerName = UbndLongAn,
            Place = "Long An", IssuedOn = "02/2024",
            LegalBases = string.Join("\n",
                "Chương trình số 3288/CTr-UBND ngày 08/10/2021 của UBND tỉnh thực hiện Nghị quyết số 21-NQ/TU của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Long An đến năm 2025, định hướng đến năm 2030",
                "Kế hoạch số 3848/KH-UBND ngày 29/12/2023 của UBND tỉnh về thực hiện chuyển đổi số tỉnh Long An năm 2024"),
            SignerAuthority = "TM. ỦY BAN NHÂN DÂN", SignerPrefix = "KT. CHỦ TỊCH", SignerTitle = "PHÓ CHỦ TỊCH", SignerName = "Phạm Tấn Hòa",
        };
        return new DemoPlan("80", title, PlanKind.Communications, 2024, header,
        [
            new("1", "Tuyên truyền, phổ biến, quán triệt trong cơ quan nhà nước", ActivityKind.Communications,
                Lead: "Các sở, ngành tỉnh, UBND cấp huyện", Coordinating: "Sở Thông tin và Truyền thông", Time: "Thường xuyên"),
            new("2", "Mở chuyên mục riêng về \"Chuyển đổi số\" trên Báo Long An; định kỳ hàng tuần đăng tải bài viết", ActivityKind.Communications,
                Lead: "Báo Long An", Coordinating: "Sở Thông tin và Truyền thông", Time: "Tháng 02/2024 đến tháng 12/2024",
                Content: "Mỗi tuần đăng tải ít nhất 1 bài viết/bản tin tại chuyên mục này."),
            new("3", "Duy trì chuyên mục \"Chuyển đổi số\" trên Cổng thông tin điện tử của tỉnh", ActivityKind.Communications,
                Lead: "Văn phòng UBND tỉnh", Coordinating: "Các sở, ngành tỉnh; UBND cấp huyện", Time: "Quý I đến Quý IV",
                Content: "Mỗi tháng đăng tải ít nhất 2 bài viết/bản tin tại chuyên mục này."),
            new("4", "Tuyên truyền, giáo dục kiến thức, kỹ năng cho trẻ em tham gia môi trường mạng an toàn tại 100% trường học", ActivityKind.Communications,
                Lead: "Sở Giáo dục và Đào tạo", Coordinating: "Sở Thông tin và Truyền thông; UBND cấp huyện", Time: "Quý I đến Quý IV"),
        ], InProgress: true);
    }

    private static DemoPlan TienGiangDxDay()
    {
        const string title = "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia, Ngày Chuyển đổi số tỉnh Tiền Giang năm 2024";
        var header = new PlanForm
        {
            Title = title, Kind = PlanKind.DxDay, Year = 2024, IssuerName = "ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG", Place = "Tiền Giang",
            SignerPrefix = "KT. CHỦ TỊCH", SignerTitle = "PHÓ CHỦ TỊCH", SignerName = "Nguyễn Thành Diệu",
            Deadlines = "16/10/2024: Báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông | Các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thị xã, thành phố",
        };
        return new DemoPlan("82", title, PlanKind.DxDay, 2024, header,
        [
            new("b", "Tổ chức cuộc thi \"Tìm hiểu về chuyển đổi số tỉnh Tiền Giang\" năm 2024", ActivityKind.QuizContest,
                Lead: "Sở Thông tin và Truyền thông", Coordinating: "Các sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố",
                Time: "Cuộc thi sẽ tiến hành triển khai, thực hiện và hoàn thành trước ngày 30/10/2024."),
            new("c", "Tổ chức ra quân của Tổ Công nghệ số cộng đồng trên địa bàn tỉnh", ActivityKind.FieldCampaign,
                Lead: "Ủy ban nhân dân các huyện, thị xã, thành phố", Time: "bắt đầu từ ngày 01/10/2024 đến ngày 10/10/2024"),
            new("e", "Hướng dẫn công dân sử dụng tài khoản định danh điện tử", ActivityKind.FieldCampaign,
                Lead: "Công an tỉnh", Coordinating: "Ủy ban nhân dân các huyện, thị xã, thành phố",
                Time: "từ ngày 15/9/2024 đến ngày 10/10/2024", Location: "Trực tiếp tại các trường học, điểm đông dân cư"),
        ], InProgress: false);
    }
}
