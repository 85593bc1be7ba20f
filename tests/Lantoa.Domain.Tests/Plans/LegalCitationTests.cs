using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Tests.Plans;

public class LegalCitationTests
{
    private static void AssertCitation(LegalCitation c, string type, string symbol, string date, string issuer)
    {
        Assert.Equal(type, c.DocumentType);
        Assert.Equal(symbol, c.Symbol?.ToString());
        Assert.Equal(DateOnly.Parse(date), c.Date);
        Assert.Equal(issuer, c.Issuer);
    }

    [Fact]
    public void Long_An_national_DX_day_first_basis()
    {
        var citations = LegalCitation.ParseAll(
            "Căn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia; "
            + "Quyết định số 934/QĐ-BTTTT ngày 07/6/2024 của Bộ trưởng Bộ Thông tin và Truyền thông phê duyệt Kế hoạch triển khai "
            + "Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia năm 2024; "
            + "Công văn số 3240/BTTTT-CĐSQG ngày 08/8/2024 của Bộ Thông tin và Truyền thông về thúc đẩy hoạt động của Tổ công nghệ số cộng đồng tại địa phương;");
        Assert.Equal(3, citations.Count);

        AssertCitation(citations[0], "Quyết định", "505/QĐ-TTg", "2022-04-22", "Thủ tướng Chính phủ");
        Assert.Equal("Ngày Chuyển đổi số quốc gia", citations[0].Subject);
        Assert.Equal("Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia", citations[0].Text);

        AssertCitation(citations[1], "Quyết định", "934/QĐ-BTTTT", "2024-06-07", "Bộ trưởng Bộ Thông tin và Truyền thông");
        Assert.Equal(
            "phê duyệt Kế hoạch triển khai Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia năm 2024",
            citations[1].Subject);

        AssertCitation(citations[2], "Công văn", "3240/BTTTT-CĐSQG", "2024-08-08", "Bộ Thông tin và Truyền thông");
        Assert.Equal("CĐSQG", citations[2].Symbol!.DraftingUnit);
        Assert.Equal("thúc đẩy hoạt động của Tổ công nghệ số cộng đồng tại địa phương", citations[2].Subject);
    }

    [Fact]
    public void Long_An_national_DX_day_second_basis()
    {
        var c = Assert.Single(LegalCitation.ParseAll(
            "Căn cứ Quyết định số 8653/QĐ-UBND ngày 16/9/2022 của UBND tỉnh về việc triển khai thực hiện Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia;"));
        AssertCitation(c, "Quyết định", "8653/QĐ-UBND", "2022-09-16", "UBND tỉnh");
        Assert.Equal("triển khai thực hiện Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia", c.Subject);
    }

    [Fact]
    public void Long_An_communication_plan_basis()
    {
        var citations = LegalCitation.ParseAll(
            "Căn cứ Chương trình số 3288/CTr-UBND ngày 08/10/2021 của UBND tỉnh thực hiện Nghị quyết số 21-NQ/TU của Ban Thường vụ Tỉnh ủy "
            + "về chuyển đổi số tỉnh Long An đến năm 2025, định hướng đến năm 2030; "
            + "Kế hoạch số 3848/KH-UBND ngày 29/12/2023 của UBND tỉnh về thực hiện chuyển đổi số tỉnh Long An năm 2024.");
        Assert.Equal(2, citations.Count);
        AssertCitation(citations[0], "Chương trình", "3288/CTr-UBND", "2021-10-08", "UBND tỉnh");
        Assert.Equal("thực hiện Nghị quyết số 21-NQ/TU của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Long An đến năm 2025, định hướng đến năm 2030",
            citations[0].Subject);
        AssertCitation(citations[1], "Kế hoạch", "3848/KH-UBND", "2023-12-29", "UBND tỉnh");
        Assert.Equal("thực hiện chuyển đổi số tỉnh Long An năm 2024", citations[1].Subject);
    }

    [Fact]
    public void Tien_Giang_basis()
    {
        var citations = LegalCitation.ParseAll(
            "Thực hiện Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia; "
            + "Quyết định số 934/QĐ-BTTTT ngày 07/6/2024 của Bộ Thông tin và Truyền thông về việc phê duyệt Kế hoạch triển khai Quyết định số 505/QĐ-TTg "
            + "ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia năm 2024; "
            + "Quyết định số 2380/QĐ-UBND ngày 29/8/2022 của Ủy ban nhân dân tỉnh về Ngày Chuyển đổi số tỉnh Tiền Giang.");
        Assert.Equal(3, citations.Count);
        AssertCitation(citations[0], "Quyết định", "505/QĐ-TTg", "2022-04-22", "Thủ tướng Chính phủ");
        AssertCitation(citations[1], "Quyết định", "934/QĐ-BTTTT", "2024-06-07", "Bộ Thông tin và Truyền thông");
        Assert.StartsWith("phê duyệt Kế hoạch triển khai Quyết định số 505/QĐ-TTg", citations[1].Subject);
        AssertCitation(citations[2], "Quyết định", "2380/QĐ-UBND", "2022-08-29", "Ủy ban nhân dân tỉnh");
        Assert.Equal("Ngày Chuyển đổi số tỉnh Tiền Giang", citations[2].Subject);
    }

    [Fact]
    public void Party_resolution_with_a_named_province_committee()
    {
        var c = Assert.Single(LegalCitation.ParseAll(
            "Căn cứ Nghị quyết số 08-NQ/TU ngày 06/10/2021 của Tỉnh ủy Tiền Giang về chuyển đổi số tỉnh Tiền Giang đến năm 2025 và định hướng đến năm 2030;"));
        AssertCitation(c, "Nghị quyết", "08-NQ/TU", "2021-10-06", "Tỉnh ủy Tiền Giang");
        Assert.True(c.Symbol!.PartyStyle);
    }

    [Theory]
    [InlineData("Uỷ ban nhân dân tỉnh Bà Rịa - Vũng Tàu")]
    [InlineData("Thành uỷ Hà Nội")]
    [InlineData("Chủ tịch UBND tỉnh")]
    [InlineData("Sở Thông tin và Truyền thông")]
    public void Issuers_in_other_spellings(string issuer)
    {
        var c = Assert.Single(LegalCitation.ParseAll($"Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2024 của {issuer} về việc thành lập Tổ công tác;"));
        Assert.Equal(issuer, c.Issuer);
        Assert.Equal("thành lập Tổ công tác", c.Subject);
    }

    [Fact]
    public void Law_named_by_title_with_its_symbol_in_parentheses()
    {
        var citations = LegalCitation.ParseAll(
            "Luật Giao dịch điện tử ngày 22/6/2023 (Luật số 20/2023/QH15 ngày 22/6/2023); Quyết định số 1198/QĐ-TTg ngày 13/10/2023 "
            + "của Thủ tướng Chính phủ ban hành kế hoạch triển khai thi hành Luật Giao dịch điện tử");
        Assert.Equal(2, citations.Count);
        AssertCitation(citations[0], "Luật", "20/2023/QH15", "2023-06-22", "Quốc hội");
        Assert.Equal("Giao dịch điện tử", citations[0].Subject);
        Assert.Equal("Luật", citations[0].Symbol!.TypeName);
        Assert.Equal("ban hành kế hoạch triển khai thi hành Luật Giao dịch điện tử", citations[1].Subject);
    }

    [Fact]
    public void Law_with_a_date_in_words_and_no_symbol()
    {
        var c = Assert.Single(LegalCitation.ParseAll("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"));
        Assert.Equal("Luật", c.DocumentType);
        Assert.Null(c.Symbol);
        Assert.Equal(new DateOnly(2015, 6, 19), c.Date);
        Assert.Null(c.Issuer);
        Assert.Equal("Tổ chức chính quyền địa phương", c.Subject);
    }

    [Fact]
    public void Proposal_lead_in_gives_the_issuer_of_a_submission()
    {
        var c = Assert.Single(LegalCitation.ParseAll(
            "Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 45/TTr-STTTT ngày 05/9/2024."));
        AssertCitation(c, "Tờ trình", "45/TTr-STTTT", "2024-09-05", "Giám đốc Sở Thông tin và Truyền thông");
        Assert.Null(c.Subject);
    }

    [Fact]
    public void Stray_space_and_draft_symbols()
    {
        var citations = LegalCitation.ParseAll(
            "Quyết định số 11789/QĐ- UBND ngày 12/12/2023 của UBND tỉnh; Kế hoạch số /KH-UBND ngày /02/2024 của UBND tỉnh Long An");
        Assert.Equal(2, citations.Count);
        AssertCitation(citations[0], "Quyết định", "11789/QĐ-UBND", "2023-12-12", "UBND tỉnh");
        Assert.Equal("/KH-UBND", citations[1].Symbol!.ToString());
        Assert.Null(citations[1].Symbol!.Number);
        Assert.Null(citations[1].Date);
        Assert.Equal("UBND tỉnh Long An", citations[1].Issuer);
    }

    [Fact]
    public void Issuer_without_a_place_name_stops_before_a_capitalised_subject()
    {
        var c = Assert.Single(LegalCitation.ParseAll(
            "Kế hoạch số 2570/KH-UBND ngày 11/9/2023 của UBND tỉnh Phát triển hạ tầng số trên địa bàn tỉnh Long An giai đoạn 2023-2025"));
        Assert.Equal("UBND tỉnh", c.Issuer);
        Assert.Equal("Phát triển hạ tầng số trên địa bàn tỉnh Long An giai đoạn 2023-2025", c.Subject);
    }

    [Theory]
    [InlineData("")]
    [InlineData("UBND tỉnh ban hành Kế hoạch tuyên truyền về chuyển đổi số trên địa bàn tỉnh Long An năm 2024, cụ thể như sau:")]
    [InlineData("Căn cứ kế hoạch này, Thủ trưởng các cơ quan, đơn vị triển khai thực hiện.")]
    public void Text_without_citations_gives_none(string text) => Assert.Empty(LegalCitation.ParseAll(text));

    /// <summary>Phụ lục I of longan-2024-tuyen-truyen-cds.txt, verbatim (tabs, headers repeated after page breaks, &lt;p&gt; debris).</summary>
    private const string AppendixI = """
        STT	Văn bản
        I	Văn bản của Trung ương
        1.	Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt “Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030”
        2.	Quyết định số 830/QĐ-TTg ngày 01/6/2021 của Thủ tướng Chính phủ phê duyệt Chương trình “Bảo vệ và hỗ trợ trẻ em tương tác lành mạnh, sáng tạo trên môi trường mạng giai đoạn 2021-2025”
        3.	Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030
        4.	Quyết định số 377/QĐ-BTTTT ngày 26/3/2021 của Bộ trưởng Bộ Thông tin và Truyền thông phê duyệt Chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số
        5.	Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030
        6.	Quyết định số 146/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án “Nâng cao nhận thức, phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030”
        7.	Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030
        8.	Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia
        9.	Quyết định số 964/QĐ-TTg ngày 10/8/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược An toàn, An ninh mạng quốc gia, chủ động ứng phó với các thách thức từ không gian mạng đến năm 2025, tầm nhìn 2030

        STT	Văn bản
        10.	Công văn số 4833/BTTTT-CVT ngày 27/9/2022 của Bộ Thông tin và Truyền thông về việc định hướng triển khai lộ trình, kế hoạch dùng công nghệ di động 2G; Công văn số 3095/BTTTT-CTS ngày 31/7/2023 của Bộ Thông tin và Truyền thông về việc thông báo quy hoạch các băng tần 900/1800/2100 MHz.
        11.	Thông tư số 14/2022/TT-BTTTT ngày 28/10/2022 của Bộ trưởng Bộ Thông tin và Truyền thông quy định danh mục, chất lượng dịch vụ viễn thông công ích và hướng dẫn thực hiện Chương trình cung cấp dịch vụ viễn thông công ích đến năm 2025
        12.	Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân
        13.	Luật Giao dịch điện tử ngày 22/6/2023 (Luật số 20/2023/QH15 ngày 22/6/2023); Quyết định số 1198/QĐ-TTg ngày 13/10/2023 của Thủ tướng Chính phủ ban hành kế hoạch triển khai thi hành Luật Giao dịch điện tử
        14.	Nghị quyết số 175/NQ-CP ngày 30/10/2023 của Chính phủ phê duyệt Đề án Trung tâm dữ liệu quốc gia
        15.	Quyết định số 2294/QĐ-BTTTT ngày 21/11/2023 của Bộ trưởng Bộ Thông tin và Truyền thông về việc sửa đổi, bổ sung Chương trình thúc đẩy phát triển và sử dụng các nền tảng số quốc gia phục vụ chuyên đổi số, chính phủ số, kinh tế số, xã hội số tại Quyết định số 186/QĐ-BTTTT ngày 11/02/2022
        16.	Quyết định số 1690/QĐ-TTg ngày 26/12/2023 của Thủ tướng Chính phủ phê duyệt Đề án “Kiện toàn tổ chức bộ máy, nâng cao năng lực quản lý nhà nước và thực thi pháp luật về chuyển đổi số từ trung ương đến địa phương đến năm 2025, định hướng đến năm 2030”
        17.	Quyết định số 2568/QĐ-TTg ngày 29/12/2023 của Bộ trưởng Bộ Thông tin và Truyền thông ban hành Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 3.0, hướng tới Chính phủ số
        II	Văn bản cấp tỉnh
        1.	Nghị quyết số 21-NQ/TU ngày 20/8/2021 của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Long An đến năm 2025, định hướng đến năm 2030
        2.	Chỉ thị số 51-CT/TU ngày 25/5/2023 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo, chỉ đạo triển khai thực hiện Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030” trên địa bàn tỉnh

        STT	Văn bản
        3.	Chương trình số 3288/CTr-UBND ngày 08/10/2021 của UBND tỉnh thực hiện Nghị quyết số 21-NQ/TU của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Long An đến năm 2025, định hướng đến năm 2030
        4.	Kế hoạch số 800/KH-UBND ngày 16/3/2022 của UBND tỉnh thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030
        5.	Kế hoạch số 856/KH-UBND ngày 21/3/2022 của UBND tỉnh thực hiện Chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số trên địa bàn tỉnh Long An
        6.	Kế hoạch số 881/KH-UBND ngày 22/3/2022 của UBND tỉnh thực hiện Đề án “Nâng cao nhận thức, phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030”
        7.	Kế hoạch số 1541/KH-UBND ngày 26/5/2022 của UBND tỉnh ứng phó sự cố an toàn thông tin mạng trên địa bàn tỉnh giai đoạn 2022-2025
        8.	Kế hoạch số 1563/KH-UBND ngày 27/5/2022 của UBND tỉnh thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030
        9.	Kế hoạch số 2062/KH-UBND ngày 04/7/2022 của UBND tỉnh thực hiện Chương trình thúc đẩy phát triển và sử dụng các nền tảng số quốc gia phục vụ chuyển đổi số, phát triển chính phủ số, kinh tế số, xã hội số trên địa bàn tỉnh; Công văn số 11898/UBND-VHXXH ngày 15/12/2023 của UBND tỉnh về việc triển khai thực hiện Chương trình thúc đẩy phát triển và sử dụng các nền tảng số quốc gia
        10.	Kế hoạch số 3625/KH-UBND ngày 02/12/2022 của UBND tỉnh triển khai thực hiện Quyết định số 964/QĐ-TTg ngày 10/8/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược An toàn, An ninh mạng quốc gia, chủ động ứng phó với các thách thức từ không gian mạng đến năm 2025, tầm nhìn năm 2030
        11.	Kế hoạch số 246/KH-UBND ngày 31/1/2023 của UBND tỉnh triển khai thực hiện Chương trình chuyển đổi số trong xây dựng nông thôn mới, hướng tới nông thôn mới thông minh giai đoạn 2021-2025 trên địa bàn tỉnh Long An
        12.	Nghị quyết số 06/2023/NQ-HĐND ngày 30/5/2023 của HĐND tỉnh về quy định mức thu lệ phí thực hiện các thủ tục hành chính áp dụng dịch vụ công trực tuyến toàn trình và dịch vụ công trực tuyến một phần trên địa bàn tỉnh Long An;

        STT	Văn bản
        	<p>Quyết định số 27/2023/QĐ-UBND ngày 20/6/2023 của UBND tỉnh triển khai thực hiện Nghị quyết số 06/2023/NQ-HĐND ngày 30/5/2023 của HĐND tỉnh về quy định mức thu lệ phí thực hiện các thủ tục hành chính áp dụng dịch vụ công trực tuyến toàn trình và dịch vụ công trực tuyến một phần trên địa bàn tỉnh Long An;</p> <p>Quyết định số 6366/QĐ-UBND ngày 17/7/2023 của UBND tỉnh phê duyệt danh mục các thủ tục hành chính được giảm 50% mức thu lệ phí khi áp dụng dịch vụ công trực tuyến toàn trình và dịch vụ công trực tuyến một phần theo quy định tại Quyết định số 27/2023/QĐ-UBND ngày 20/6/2023 của UBND tỉnh</p>
        13.	Quyết định số 7361/QĐ-UBND ngày 11/8/2023 của UBND tỉnh ban hành Danh mục cơ sở dữ liệu dùng chung tỉnh Long An
        14.	Quyết định số 7360/QĐ-UBND ngày 11/8/2023 của UBND tỉnh ban hành Danh mục dữ liệu mở và Kế hoạch cung cấp dữ liệu mở trên địa bàn tỉnh Long An
        15.	Quyết định số 7615/QĐ-UBND ngày 21/8/2023 của UBND tỉnh ban hành Bộ chỉ số đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử
        16.	Kế hoạch số 2570/KH-UBND ngày 11/9/2023 của UBND tỉnh Phát triển hạ tầng số trên địa bàn tỉnh Long An giai đoạn 2023-2025
        17.	Kế hoạch số 3323/KH-UBND ngày 17/11/2023 của UBND tỉnh triển khai thi hành Luật Giao dịch điện tử trên địa bàn tỉnh Long An
        18.	Quyết định số 10069/QĐ-UBND ngày 31/10/2023 của UBND tỉnh thực hiện thí điểm chỉ tiếp nhận hồ sơ thủ tục hành chính bằng hình thức trực tuyến trên địa bàn tỉnh Long An
        19.	Quyết định số 10724/QĐ-UBND ngày 15/11/2023 của UBND tỉnh phê duyệt danh mục thủ tục hành chính rút ngắn thời gian giải quyết khi nộp hồ sơ bằng hình thức trực tuyến
        20.	Kế hoạch số 3848/KH-UBND ngày 29/12/2023 của UBND tỉnh thực hiện chuyển đổi số tỉnh Long An năm 2024
        21.	Công văn số 9877/UBND-VHXXH ngày 24/10/2023 của UBND tỉnh về việc thúc đẩy triển khai Chương trình Cung cấp dịch vụ viễn thông công ích trên địa bàn tỉnh Long An
        """;

    private static readonly (string Type, string Symbol, string Date, string Issuer)[] AppendixIExpected =
    [
        ("Quyết định", "749/QĐ-TTg", "2020-06-03", "Thủ tướng Chính phủ"),
        ("Quyết định", "830/QĐ-TTg", "2021-06-01", "Thủ tướng Chính phủ"),
        ("Quyết định", "942/QĐ-TTg", "2021-06-15", "Thủ tướng Chính phủ"),
        ("Quyết định", "377/QĐ-BTTTT", "2021-03-26", "Bộ trưởng Bộ Thông tin và Truyền thông"),
        ("Quyết định", "06/QĐ-TTg", "2022-01-06", "Thủ tướng Chính phủ"),
        ("Quyết định", "146/QĐ-TTg", "2022-01-28", "Thủ tướng Chính phủ"),
        ("Quyết định", "411/QĐ-TTg", "2022-03-31", "Thủ tướng Chính phủ"),
        ("Quyết định", "505/QĐ-TTg", "2022-04-22", "Thủ tướng Chính phủ"),
        ("Quyết định", "964/QĐ-TTg", "2022-08-10", "Thủ tướng Chính phủ"),
        ("Công văn", "4833/BTTTT-CVT", "2022-09-27", "Bộ Thông tin và Truyền thông"),
        ("Công văn", "3095/BTTTT-CTS", "2023-07-31", "Bộ Thông tin và Truyền thông"),
        ("Thông tư", "14/2022/TT-BTTTT", "2022-10-28", "Bộ trưởng Bộ Thông tin và Truyền thông"),
        ("Nghị định", "13/2023/NĐ-CP", "2023-04-17", "Chính phủ"),
        ("Luật", "20/2023/QH15", "2023-06-22", "Quốc hội"),
        ("Quyết định", "1198/QĐ-TTg", "2023-10-13", "Thủ tướng Chính phủ"),
        ("Nghị quyết", "175/NQ-CP", "2023-10-30", "Chính phủ"),
        ("Quyết định", "2294/QĐ-BTTTT", "2023-11-21", "Bộ trưởng Bộ Thông tin và Truyền thông"),
        ("Quyết định", "1690/QĐ-TTg", "2023-12-26", "Thủ tướng Chính phủ"),
        ("Quyết định", "2568/QĐ-TTg", "2023-12-29", "Bộ trưởng Bộ Thông tin và Truyền thông"),
        ("Nghị quyết", "21-NQ/TU", "2021-08-20", "Ban Thường vụ Tỉnh ủy"),
        ("Chỉ thị", "51-CT/TU", "2023-05-25", "Ban Thường vụ Tỉnh ủy"),
        ("Chương trình", "3288/CTr-UBND", "2021-10-08", "UBND tỉnh"),
        ("Kế hoạch", "800/KH-UBND", "2022-03-16", "UBND tỉnh"),
        ("Kế hoạch", "856/KH-UBND", "2022-03-21", "UBND tỉnh"),
        ("Kế hoạch", "881/KH-UBND", "2022-03-22", "UBND tỉnh"),
        ("Kế hoạch", "1541/KH-UBND", "2022-05-26", "UBND tỉnh"),
        ("Kế hoạch", "1563/KH-UBND", "2022-05-27", "UBND tỉnh"),
        ("Kế hoạch", "2062/KH-UBND", "2022-07-04", "UBND tỉnh"),
        ("Công văn", "11898/UBND-VHXXH", "2023-12-15", "UBND tỉnh"),
        ("Kế hoạch", "3625/KH-UBND", "2022-12-02", "UBND tỉnh"),
        ("Kế hoạch", "246/KH-UBND", "2023-01-31", "UBND tỉnh"),
        ("Nghị quyết", "06/2023/NQ-HĐND", "2023-05-30", "HĐND tỉnh"),
        ("Quyết định", "27/2023/QĐ-UBND", "2023-06-20", "UBND tỉnh"),
        ("Quyết định", "6366/QĐ-UBND", "2023-07-17", "UBND tỉnh"),
        ("Quyết định", "7361/QĐ-UBND", "2023-08-11", "UBND tỉnh"),
        ("Quyết định", "7360/QĐ-UBND", "2023-08-11", "UBND tỉnh"),
        ("Quyết định", "7615/QĐ-UBND", "2023-08-21", "UBND tỉnh"),
        ("Kế hoạch", "2570/KH-UBND", "2023-09-11", "UBND tỉnh"),
        ("Kế hoạch", "3323/KH-UBND", "2023-11-17", "UBND tỉnh"),
        ("Quyết định", "10069/QĐ-UBND", "2023-10-31", "UBND tỉnh"),
        ("Quyết định", "10724/QĐ-UBND", "2023-11-15", "UBND tỉnh"),
        ("Kế hoạch", "3848/KH-UBND", "2023-12-29", "UBND tỉnh"),
        ("Công văn", "9877/UBND-VHXXH", "2023-10-24", "UBND tỉnh"),
    ];

    [Fact]
    public void Appendix_I_gives_one_citation_per_document()
    {
        var citations = LegalCitation.ParseAll(AppendixI);
        Assert.Equal(AppendixIExpected.Length, citations.Count);
        for (var i = 0; i < citations.Count; i++)
        {
            var (type, symbol, date, issuer) = AppendixIExpected[i];
            AssertCitation(citations[i], type, symbol, date, issuer);
            Assert.False(string.IsNullOrWhiteSpace(citations[i].Subject), citations[i].Text);
            Assert.DoesNotContain("<p>", citations[i].Text);
        }
    }
}
