namespace Lantoa.Web.Features.Quizzes;

/// <summary>
/// The demo bank: 100 questions about digital transformation, information security and the law, written for the demo in
/// the writers' text form (read by <see cref="Lantoa.Domain.Quizzes.QuestionBankText"/>, as an uploaded bank would be).
/// </summary>
public static class DemoBank
{
    public const string Text = """
        Câu 1: Luật An ninh mạng được Quốc hội thông qua vào năm nào?
        A. 2016
        B. 2015
        C. 2018
        D. 2020
        Đáp án: C
        Chủ đề: Pháp luật
        Mức độ: Dễ
        Nguồn: Luật An ninh mạng số 24/2018/QH14

        Câu 2: Luật An ninh mạng năm 2018 có hiệu lực thi hành từ ngày nào?
        A. 01/01/2019
        B. 12/06/2018
        C. 01/01/2020
        D. 01/07/2018
        Đáp án: A
        Chủ đề: Pháp luật
        Mức độ: Dễ
        Nguồn: Luật An ninh mạng số 24/2018/QH14, Điều 43

        Câu 3: Luật An toàn thông tin mạng được Quốc hội thông qua vào năm nào?
        A. 2012
        B. 2015
        C. 2019
        D. 2018
        Đáp án: B
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Luật An toàn thông tin mạng số 86/2015/QH13

        Câu 4: Luật Giao dịch điện tử hiện hành (số 20/2023/QH15) có hiệu lực từ ngày nào?
        A. 01/07/2024
        B. 01/07/2023
        C. 01/01/2024
        D. 01/01/2025
        Đáp án: A
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Luật Giao dịch điện tử số 20/2023/QH15

        Câu 5: Ngày Chuyển đổi số quốc gia hằng năm là ngày nào?
        A. Ngày 10 tháng 10
        B. Ngày 19 tháng 5
        C. Ngày 1 tháng 6
        D. Ngày 2 tháng 9
        Đáp án: A
        Chủ đề: Pháp luật
        Mức độ: Dễ
        Nguồn: Quyết định số 505/QĐ-TTg ngày 22/4/2022

        Câu 6: Văn bản nào của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030?
        A. Quyết định số 505/QĐ-TTg
        B. Quyết định số 411/QĐ-TTg
        C. Quyết định số 06/QĐ-TTg
        D. Quyết định số 749/QĐ-TTg
        Đáp án: D
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Quyết định số 749/QĐ-TTg ngày 03/6/2020

        Câu 7: Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06) được phê duyệt bằng văn bản nào?
        A. Quyết định số 749/QĐ-TTg năm 2020
        B. Quyết định số 06/QĐ-TTg năm 2022
        C. Nghị quyết số 52-NQ/TW năm 2019
        D. Quyết định số 942/QĐ-TTg năm 2021
        Đáp án: B
        Chủ đề: Pháp luật
        Mức độ: Khó
        Nguồn: Quyết định số 06/QĐ-TTg ngày 06/01/2022

        Câu 8: Bộ Quy tắc ứng xử trên mạng xã hội được ban hành bằng văn bản nào?
        A. Luật An ninh mạng năm 2018
        B. Quyết định số 874/QĐ-BTTTT năm 2021
        C. Thông tư số 38/2016/TT-BTTTT
        D. Nghị định số 72/2013/NĐ-CP
        Đáp án: B
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Quyết định số 874/QĐ-BTTTT ngày 17/6/2021

        Câu 9: Theo Luật An ninh mạng, hành vi nào sau đây bị nghiêm cấm?
        A. Đăng tải thông tin sai sự thật gây hoang mang trong Nhân dân
        B. Chia sẻ kiến thức phòng chống lừa đảo
        C. Cài đặt phần mềm diệt vi-rút
        D. Báo cáo sự cố an ninh mạng cho cơ quan chức năng
        Đáp án: A
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Luật An ninh mạng năm 2018, Điều 8

        Câu 10: Cơ quan nào chịu trách nhiệm trước Chính phủ thực hiện quản lý nhà nước về an ninh mạng, trừ nội dung thuộc Bộ Quốc phòng và Ban Cơ yếu Chính phủ?
        A. Bộ Thông tin và Truyền thông
        B. Bộ Tư pháp
        C. Bộ Công an
        D. Bộ Khoa học và Công nghệ
        Đáp án: C
        Chủ đề: Pháp luật
        Mức độ: Khó
        Nguồn: Luật An ninh mạng năm 2018

        Câu 11: Nghị định nào quy định về bảo vệ dữ liệu cá nhân?
        A. Nghị định số 13/2023/NĐ-CP
        B. Nghị định số 45/2020/NĐ-CP
        C. Nghị định số 15/2020/NĐ-CP
        D. Nghị định số 53/2022/NĐ-CP
        Đáp án: A
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Nghị định số 13/2023/NĐ-CP

        Câu 12: Theo Nghị định số 13/2023/NĐ-CP, dữ liệu nào sau đây là dữ liệu cá nhân nhạy cảm?
        A. Số điện thoại cơ quan
        B. Họ, chữ đệm và tên khai sinh
        C. Thông tin về tình trạng sức khỏe
        D. Quốc tịch
        Đáp án: C
        Chủ đề: Pháp luật
        Mức độ: Khó
        Nguồn: Nghị định số 13/2023/NĐ-CP, Điều 2

        Câu 13: Theo Nghị định số 13/2023/NĐ-CP, việc xử lý dữ liệu cá nhân nói chung phải dựa trên điều gì của chủ thể dữ liệu?
        A. Sự đồng ý
        B. Lời đề nghị của bên thứ ba
        C. Sự im lặng
        D. Thói quen sử dụng mạng
        Đáp án: A
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Nghị định số 13/2023/NĐ-CP, Điều 11

        Câu 14: Chữ ký số được Luật Giao dịch điện tử năm 2023 xếp vào loại nào?
        A. Con dấu của cơ quan
        B. Chữ ký điện tử
        C. Mật khẩu đăng nhập
        D. Chữ ký tay scan
        Đáp án: B
        Chủ đề: Pháp luật
        Mức độ: Dễ
        Nguồn: Luật Giao dịch điện tử số 20/2023/QH15, Điều 22

        Câu 15: Nghị định nào quy định xử phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông, tần số vô tuyến điện, công nghệ thông tin và giao dịch điện tử?
        A. Nghị định số 42/2022/NĐ-CP
        B. Nghị định số 47/2020/NĐ-CP
        C. Nghị định số 15/2020/NĐ-CP
        D. Nghị định số 13/2023/NĐ-CP
        Đáp án: C
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Nghị định số 15/2020/NĐ-CP

        Câu 16: Theo Luật An toàn thông tin mạng, hệ thống thông tin được phân loại theo bao nhiêu cấp độ an toàn?
        A. 6 cấp độ
        B. 4 cấp độ
        C. 3 cấp độ
        D. 5 cấp độ
        Đáp án: D
        Chủ đề: Pháp luật
        Mức độ: Khó
        Nguồn: Luật An toàn thông tin mạng năm 2015, Điều 21

        Câu 17: Nghị quyết số 52-NQ/TW năm 2019 của Bộ Chính trị bàn về vấn đề gì?
        A. Phát triển kinh tế biển
        B. Chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư
        C. Cải cách tiền lương
        D. Xây dựng nông thôn mới
        Đáp án: B
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Nghị quyết số 52-NQ/TW ngày 27/9/2019

        Câu 18: Khi phát hiện thông tin xấu, độc trên mạng, theo Bộ Quy tắc ứng xử, người dùng nên làm gì?
        A. Chia sẻ ngay để mọi người biết
        B. Báo cáo cho nhà cung cấp dịch vụ hoặc cơ quan chức năng
        C. Tải về và lưu giữ để dùng sau
        D. Bình luận công kích người đăng
        Đáp án: B
        Chủ đề: Pháp luật
        Mức độ: Dễ
        Nguồn: Quyết định số 874/QĐ-BTTTT năm 2021

        Câu 19: Theo Luật An ninh mạng, doanh nghiệp cung cấp dịch vụ trên mạng phải làm gì khi có yêu cầu của lực lượng chuyên trách bảo vệ an ninh mạng?
        A. Ngăn chặn việc chia sẻ, gỡ bỏ thông tin vi phạm
        B. Công khai thông tin của người yêu cầu
        C. Tạm ngừng toàn bộ dịch vụ
        D. Từ chối mọi yêu cầu
        Đáp án: A
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Luật An ninh mạng năm 2018, Điều 26

        Câu 20: Theo Luật An ninh mạng, trẻ em được hiểu là người dưới bao nhiêu tuổi?
        A. Dưới 15 tuổi
        B. Dưới 18 tuổi
        C. Dưới 16 tuổi
        D. Dưới 14 tuổi
        Đáp án: C
        Chủ đề: Pháp luật
        Mức độ: Khó
        Nguồn: Luật Trẻ em năm 2016, Điều 1

        Câu 21: Tài khoản định danh điện tử mức độ 2 cho công dân Việt Nam do cơ quan nào cấp?
        A. Ủy ban nhân dân cấp xã
        B. Bộ Công an
        C. Nhà mạng viễn thông
        D. Ngân hàng nơi mở tài khoản
        Đáp án: B
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Nghị định số 69/2024/NĐ-CP

        Câu 22: Ứng dụng nào là ứng dụng định danh điện tử quốc gia?
        A. VNeID
        B. Bluezone
        C. Zalo
        D. Long An Số
        Đáp án: A
        Chủ đề: Pháp luật
        Mức độ: Dễ
        Nguồn: Nghị định số 69/2024/NĐ-CP

        Câu 23: Theo Nghị định số 13/2023/NĐ-CP, chủ thể dữ liệu có những quyền nào? (nhiều đáp án)
        A. Quyền được biết về hoạt động xử lý dữ liệu của mình
        B. Quyền rút lại sự đồng ý
        C. Quyền buộc mọi doanh nghiệp công khai dữ liệu khách hàng
        D. Quyền sử dụng dữ liệu cá nhân của người khác
        Đáp án: A, B
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Nghị định số 13/2023/NĐ-CP, Điều 9

        Câu 24: Cổng Dịch vụ công quốc gia có địa chỉ nào?
        A. vneid.gov.vn
        B. dichvucong.gov.vn
        C. congdichvu.gov.vn
        D. dichvucong.vn
        Đáp án: B
        Chủ đề: Pháp luật
        Mức độ: Khó
        Nguồn: Quyết định số 274/QĐ-TTg năm 2019

        Câu 25: Dịch vụ công trực tuyến toàn trình là dịch vụ như thế nào?
        A. Chỉ tra cứu thông tin thủ tục trên mạng
        B. Chỉ tải mẫu đơn về điền tay
        C. Toàn bộ quá trình từ nộp hồ sơ đến nhận kết quả đều thực hiện trên môi trường mạng
        D. Nộp hồ sơ trực tuyến nhưng nhận kết quả bắt buộc tại quầy
        Đáp án: C
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Nghị định số 42/2022/NĐ-CP

        Câu 26: Theo Bộ Quy tắc ứng xử trên mạng xã hội, người dùng nên sử dụng ngôn ngữ như thế nào?
        A. Tự do, không cần giữ gìn
        B. Càng gây sốc càng tốt
        C. Chỉ dùng tiếng nước ngoài
        D. Phù hợp với thuần phong mỹ tục, văn hóa của dân tộc
        Đáp án: D
        Chủ đề: Pháp luật
        Mức độ: Dễ
        Nguồn: Quyết định số 874/QĐ-BTTTT năm 2021

        Câu 27: Theo Luật An ninh mạng, không gian mạng quốc gia do ai xác lập, quản lý và kiểm soát?
        A. Tổ chức quốc tế
        B. Chính phủ
        C. Người dùng mạng xã hội
        D. Doanh nghiệp viễn thông
        Đáp án: B
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Luật An ninh mạng năm 2018, Điều 2

        Câu 28: Chiến lược phát triển chính phủ điện tử hướng tới chính phủ số giai đoạn 2021–2025, định hướng đến năm 2030 được ban hành theo quyết định nào?
        A. Quyết định số 749/QĐ-TTg
        B. Quyết định số 06/QĐ-TTg
        C. Quyết định số 942/QĐ-TTg
        D. Quyết định số 411/QĐ-TTg
        Đáp án: C
        Chủ đề: Pháp luật
        Mức độ: Khó
        Nguồn: Quyết định số 942/QĐ-TTg ngày 15/6/2021

        Câu 29: Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030 được ban hành theo quyết định nào?
        A. Quyết định số 505/QĐ-TTg
        B. Quyết định số 411/QĐ-TTg
        C. Quyết định số 874/QĐ-BTTTT
        D. Quyết định số 942/QĐ-TTg
        Đáp án: B
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Quyết định số 411/QĐ-TTg ngày 31/3/2022

        Câu 30: Hành vi đánh cắp mật khẩu tài khoản của người khác để chiếm đoạt tài sản có vi phạm pháp luật không?
        A. Có, có thể bị xử lý hình sự
        B. Không, nếu số tiền nhỏ
        C. Không, vì diễn ra trên mạng
        D. Chỉ vi phạm khi bị phát hiện ngay
        Đáp án: A
        Chủ đề: Pháp luật
        Mức độ: Dễ
        Nguồn: Bộ luật Hình sự năm 2015, Điều 290

        Câu 31: Tội sử dụng mạng máy tính, mạng viễn thông, phương tiện điện tử thực hiện hành vi chiếm đoạt tài sản được quy định tại điều nào của Bộ luật Hình sự?
        A. Điều 290
        B. Điều 174
        C. Điều 288
        D. Điều 331
        Đáp án: A
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Bộ luật Hình sự năm 2015 (sửa đổi 2017), Điều 290

        Câu 32: Tội đưa hoặc sử dụng trái phép thông tin mạng máy tính, mạng viễn thông được quy định tại điều nào của Bộ luật Hình sự?
        A. Điều 290
        B. Điều 286
        C. Điều 288
        D. Điều 117
        Đáp án: C
        Chủ đề: Pháp luật
        Mức độ: Khó
        Nguồn: Bộ luật Hình sự năm 2015 (sửa đổi 2017), Điều 288

        Câu 33: Thông tin nào sau đây KHÔNG được đăng tải trên mạng theo Luật An ninh mạng? (nhiều đáp án)
        A. Thông tin xúc phạm danh dự, nhân phẩm người khác
        B. Hướng dẫn sử dụng dịch vụ công trực tuyến
        C. Thông tin kích động bạo loạn
        D. Bản tin thời tiết chính thức
        Đáp án: A, C
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Luật An ninh mạng năm 2018, Điều 16

        Câu 34: Theo Luật Giao dịch điện tử năm 2023, thông điệp dữ liệu có giá trị pháp lý không chỉ vì nó ở dạng điện tử là đúng hay sai?
        A. Đúng: giá trị pháp lý không bị phủ nhận chỉ vì ở dạng thông điệp dữ liệu
        B. Đúng nhưng chỉ với doanh nghiệp nhà nước
        C. Sai: chỉ giấy tờ mới có giá trị
        D. Sai: mọi thông điệp dữ liệu đều không có giá trị
        Đáp án: A
        Chủ đề: Pháp luật
        Mức độ: Dễ
        Nguồn: Luật Giao dịch điện tử số 20/2023/QH15, Điều 8

        Câu 35: Người dùng mạng xã hội chịu trách nhiệm về nội dung nào?
        A. Không chịu trách nhiệm nội dung nào
        B. Chỉ nội dung có trả phí
        C. Chỉ nội dung do người khác đăng
        D. Nội dung do chính mình đăng tải, chia sẻ
        Đáp án: D
        Chủ đề: Pháp luật
        Mức độ: Trung bình
        Nguồn: Quyết định số 874/QĐ-BTTTT năm 2021

        Câu 36: Mật khẩu nào sau đây mạnh nhất?
        A. matkhau
        B. T@y-Ninh_2024!xQ
        C. ngaysinh1990
        D. 12345678
        Đáp án: B
        Chủ đề: An toàn thông tin
        Mức độ: Dễ
        Nguồn: Cẩm nang an toàn thông tin cho người dân

        Câu 37: Xác thực hai yếu tố (2FA) giúp gì cho tài khoản?
        A. Thêm một lớp bảo vệ ngoài mật khẩu
        B. Cho phép người khác đăng nhập hộ
        C. Tắt thông báo đăng nhập
        D. Làm mật khẩu ngắn hơn
        Đáp án: A
        Chủ đề: An toàn thông tin
        Mức độ: Dễ
        Nguồn: Cẩm nang an toàn thông tin cho người dân

        Câu 38: Bạn nhận được tin nhắn báo trúng thưởng, yêu cầu bấm vào đường liên kết và nhập mã OTP. Bạn nên làm gì?
        A. Chuyển tiếp cho người thân cùng nhận
        B. Bấm ngay để nhận thưởng
        C. Gửi mã OTP để xác nhận
        D. Không bấm, không cung cấp mã OTP và báo cho cơ quan chức năng
        Đáp án: D
        Chủ đề: An toàn thông tin
        Mức độ: Dễ
        Nguồn: Cảnh báo lừa đảo của Cục An toàn thông tin

        Câu 39: "Phishing" (tấn công giả mạo) là gì?
        A. Một loại pin điện thoại
        B. Phần mềm soạn thảo văn bản
        C. Cách sao lưu dữ liệu
        D. Giả mạo trang web, thư điện tử để lừa lấy thông tin đăng nhập
        Đáp án: D
        Chủ đề: An toàn thông tin
        Mức độ: Trung bình
        Nguồn: Cục An toàn thông tin

        Câu 40: Mã độc tống tiền (ransomware) thường làm gì?
        A. Tăng tốc máy tính
        B. Dọn rác trong ổ đĩa
        C. Tự động cập nhật hệ điều hành
        D. Mã hóa dữ liệu và đòi tiền chuộc để giải mã
        Đáp án: D
        Chủ đề: An toàn thông tin
        Mức độ: Trung bình
        Nguồn: Cục An toàn thông tin

        Câu 41: Khi dùng Wi-Fi công cộng, việc nào nên tránh?
        A. Tra cứu giờ xe buýt
        B. Đăng nhập ngân hàng trực tuyến
        C. Xem bản đồ
        D. Đọc tin tức
        Đáp án: B
        Chủ đề: An toàn thông tin
        Mức độ: Dễ
        Nguồn: Cẩm nang an toàn thông tin cho người dân

        Câu 42: Những việc nào giúp bảo vệ tài khoản trực tuyến? (nhiều đáp án)
        A. Dùng chung một mật khẩu cho mọi trang
        B. Chia sẻ mật khẩu cho bạn bè thân
        C. Bật xác thực hai yếu tố
        D. Dùng mật khẩu khác nhau cho mỗi dịch vụ
        Đáp án: C, D
        Chủ đề: An toàn thông tin
        Mức độ: Trung bình
        Nguồn: Cẩm nang an toàn thông tin cho người dân

        Câu 43: Mã OTP ngân hàng gửi về điện thoại có được đọc cho nhân viên ngân hàng qua điện thoại không?
        A. Có, nếu cuộc gọi từ số lạ
        B. Có, nếu được hứa tặng quà
        C. Không, không bao giờ cung cấp OTP cho bất kỳ ai
        D. Có, nếu người gọi xưng là nhân viên ngân hàng
        Đáp án: C
        Chủ đề: An toàn thông tin
        Mức độ: Dễ
        Nguồn: Khuyến cáo của Ngân hàng Nhà nước Việt Nam

        Câu 44: Cập nhật phần mềm và hệ điều hành thường xuyên giúp gì?
        A. Tắt tường lửa
        B. Vá các lỗ hổng bảo mật đã biết
        C. Xóa dữ liệu cá nhân
        D. Làm máy chậm đi
        Đáp án: B
        Chủ đề: An toàn thông tin
        Mức độ: Trung bình
        Nguồn: Cục An toàn thông tin

        Câu 45: Nguyên tắc sao lưu "3-2-1" nghĩa là gì?
        A. 3 mật khẩu, 2 tài khoản, 1 máy tính
        B. 3 người giữ 2 chìa khóa cho 1 két
        C. Sao lưu 3 lần một ngày
        D. 3 bản sao, trên 2 loại thiết bị, 1 bản để ở nơi khác
        Đáp án: D
        Chủ đề: An toàn thông tin
        Mức độ: Trung bình
        Nguồn: Hướng dẫn bảo đảm an toàn dữ liệu

        Câu 46: Tấn công từ chối dịch vụ phân tán (DDoS) nhằm mục đích gì?
        A. Làm quá tải để dịch vụ không phục vụ được người dùng hợp lệ
        B. Mã hóa đường truyền
        C. Sửa lỗi phần mềm
        D. Đánh cắp mật khẩu từ bàn phím
        Đáp án: A
        Chủ đề: An toàn thông tin
        Mức độ: Khó
        Nguồn: Cục An toàn thông tin

        Câu 47: Biểu tượng ổ khóa và "https://" trên thanh địa chỉ trình duyệt cho biết điều gì?
        A. Trang web của cơ quan nhà nước
        B. Trang web chắc chắn không lừa đảo
        C. Trang web miễn phí
        D. Kết nối giữa trình duyệt và trang web được mã hóa
        Đáp án: D
        Chủ đề: An toàn thông tin
        Mức độ: Dễ
        Nguồn: Cẩm nang an toàn thông tin cho người dân

        Câu 48: Một người lạ gọi điện xưng là công an, yêu cầu chuyển tiền vào "tài khoản tạm giữ" để phục vụ điều tra. Đây là gì?
        A. Quy trình điều tra thông thường
        B. Yêu cầu bắt buộc phải làm theo
        C. Chương trình khuyến mãi
        D. Thủ đoạn lừa đảo, vì cơ quan công an không làm việc qua điện thoại như vậy
        Đáp án: D
        Chủ đề: An toàn thông tin
        Mức độ: Trung bình
        Nguồn: Cảnh báo của Bộ Công an

        Câu 49: Kỹ thuật "social engineering" (tấn công phi kỹ thuật) khai thác điều gì là chủ yếu?
        A. Lỗi phần cứng máy chủ
        B. Dung lượng ổ cứng
        C. Tốc độ đường truyền
        D. Tâm lý và sự cả tin của con người
        Đáp án: D
        Chủ đề: An toàn thông tin
        Mức độ: Khó
        Nguồn: Cục An toàn thông tin

        Câu 50: Những dấu hiệu nào cho thấy một thư điện tử có thể là thư lừa đảo? (nhiều đáp án)
        A. Được gửi trong giờ hành chính
        B. Địa chỉ người gửi sai lệch tên miền chính thức
        C. Có chữ ký và số điện thoại tổng đài đúng như trên trang chính thức
        D. Hối thúc hành động gấp và đe dọa khóa tài khoản
        Đáp án: B, D
        Chủ đề: An toàn thông tin
        Mức độ: Trung bình
        Nguồn: Cục An toàn thông tin

        Câu 51: Nên cài ứng dụng trên điện thoại từ đâu?
        A. Tệp .apk trên diễn đàn không rõ nguồn
        B. Đường liên kết do người lạ gửi
        C. Kho ứng dụng chính thức (App Store, Google Play)
        D. Bất kỳ trang web nào
        Đáp án: C
        Chủ đề: An toàn thông tin
        Mức độ: Dễ
        Nguồn: Cẩm nang an toàn thông tin cho người dân

        Câu 52: Khi điện thoại bị mất, việc nào nên làm trước tiên?
        A. Khóa SIM, khóa tài khoản ngân hàng và xóa dữ liệu từ xa nếu có thể
        B. Không làm gì cả
        C. Chờ vài tuần xem có ai trả lại
        D. Đăng số điện thoại mới lên mạng
        Đáp án: A
        Chủ đề: An toàn thông tin
        Mức độ: Trung bình
        Nguồn: Cẩm nang an toàn thông tin cho người dân

        Câu 53: Mã hóa đầu cuối (end-to-end) trong ứng dụng nhắn tin có nghĩa là gì?
        A. Nhà mạng đọc được mọi tin nhắn
        B. Chỉ người gửi và người nhận đọc được nội dung
        C. Tin nhắn tự xóa sau khi gửi
        D. Tin nhắn được gửi nhanh hơn
        Đáp án: B
        Chủ đề: An toàn thông tin
        Mức độ: Khó
        Nguồn: Cục An toàn thông tin

        Câu 54: Đường dây nóng nào tiếp nhận phản ánh tin nhắn rác, cuộc gọi rác?
        A. 5656
        B. 113
        C. 114
        D. 115
        Đáp án: A
        Chủ đề: An toàn thông tin
        Mức độ: Trung bình
        Nguồn: Cục Viễn thông, Bộ Thông tin và Truyền thông

        Câu 55: Số điện thoại khẩn cấp của lực lượng công an là số nào?
        A. 114
        B. 113
        C. 115
        D. 116
        Đáp án: B
        Chủ đề: An toàn thông tin
        Mức độ: Dễ
        Nguồn: Quy định về số dịch vụ khẩn cấp

        Câu 56: Trang nào của Cục An toàn thông tin giúp tra cứu, cảnh báo trang web lừa đảo?
        A. google.com
        B. youtube.com
        C. tinnhiemmang.vn
        D. facebook.com
        Đáp án: C
        Chủ đề: An toàn thông tin
        Mức độ: Trung bình
        Nguồn: Cục An toàn thông tin

        Câu 57: Một tệp đính kèm có tên "HoaDon.pdf.exe" đáng ngờ vì sao?
        A. Vì tên tệp quá dài
        B. Vì là hóa đơn điện tử
        C. Thực chất là tệp chạy chương trình, giả dạng tài liệu PDF
        D. Vì dung lượng nhỏ
        Đáp án: C
        Chủ đề: An toàn thông tin
        Mức độ: Khó
        Nguồn: Cục An toàn thông tin

        Câu 58: Việc đăng công khai ảnh căn cước công dân lên mạng xã hội có rủi ro gì?
        A. Được nhà nước khen thưởng
        B. Kẻ xấu có thể dùng để mạo danh, mở tài khoản, vay tiền
        C. Không có rủi ro nào
        D. Giúp tài khoản được xác minh nhanh
        Đáp án: B
        Chủ đề: An toàn thông tin
        Mức độ: Trung bình
        Nguồn: Nghị định số 13/2023/NĐ-CP

        Câu 59: Khi mạng xã hội của bạn bè nhắn vay tiền gấp, cách xử lý an toàn là gì?
        A. Gửi mã OTP để bạn xác nhận
        B. Cho mượn mật khẩu ngân hàng
        C. Chuyển tiền ngay vì là bạn thân
        D. Gọi điện trực tiếp hoặc gọi video để xác minh trước
        Đáp án: D
        Chủ đề: An toàn thông tin
        Mức độ: Trung bình
        Nguồn: Cảnh báo lừa đảo của Bộ Công an

        Câu 60: "Deepfake" là gì?
        A. Hình ảnh, video, giọng nói giả mạo được tạo bằng trí tuệ nhân tạo
        B. Chuẩn nén ảnh
        C. Phần mềm diệt vi-rút
        D. Một loại tường lửa
        Đáp án: A
        Chủ đề: An toàn thông tin
        Mức độ: Khó
        Nguồn: Cục An toàn thông tin

        Câu 61: Những thông tin nào không nên đặt làm mật khẩu? (nhiều đáp án)
        A. Một cụm từ dài ngẫu nhiên chỉ mình bạn biết
        B. Số điện thoại của mình
        C. Một mật khẩu do trình quản lý mật khẩu tạo ra
        D. Ngày sinh của bản thân
        Đáp án: B, D
        Chủ đề: An toàn thông tin
        Mức độ: Trung bình
        Nguồn: Cẩm nang an toàn thông tin cho người dân

        Câu 62: Khi máy tính cơ quan có dấu hiệu nhiễm mã độc, việc đầu tiên nên làm là gì?
        A. Tiếp tục làm việc bình thường
        B. Ngắt kết nối mạng và báo ngay cho bộ phận công nghệ thông tin
        C. Cắm thêm USB để chép dữ liệu ra
        D. Gửi tệp nghi ngờ cho đồng nghiệp
        Đáp án: B
        Chủ đề: An toàn thông tin
        Mức độ: Trung bình
        Nguồn: Quy chế bảo đảm an toàn thông tin của cơ quan

        Câu 63: Mục đích của việc phân quyền "tối thiểu cần thiết" cho tài khoản người dùng là gì?
        A. Để không ai làm được việc gì
        B. Mỗi người chỉ có đúng quyền cần cho công việc, hạn chế thiệt hại khi bị lộ
        C. Để ai cũng có quyền quản trị
        D. Để tiết kiệm điện
        Đáp án: B
        Chủ đề: An toàn thông tin
        Mức độ: Khó
        Nguồn: Luật An toàn thông tin mạng năm 2015

        Câu 64: Chiếc USB lạ nhặt được ở nơi công cộng nên xử lý thế nào?
        A. Không cắm vào máy tính, giao cho bộ phận phụ trách
        B. Cắm vào máy cơ quan để tìm chủ
        C. Chép dữ liệu ra rồi dùng tiếp
        D. Cắm vào máy cá nhân để xem
        Đáp án: A
        Chủ đề: An toàn thông tin
        Mức độ: Trung bình
        Nguồn: Cục An toàn thông tin

        Câu 65: Có nên bấm "Đồng ý" mọi quyền mà một ứng dụng đèn pin yêu cầu (danh bạ, tin nhắn, vị trí)?
        A. Có, nếu ứng dụng miễn phí
        B. Có, vì mọi ứng dụng đều cần
        C. Không, chỉ cấp quyền cần thiết cho chức năng của ứng dụng
        D. Có, để ứng dụng chạy nhanh
        Đáp án: C
        Chủ đề: An toàn thông tin
        Mức độ: Dễ
        Nguồn: Cẩm nang an toàn thông tin cho người dân

        Câu 66: Chuyển đổi số quốc gia gồm ba trụ cột nào?
        A. Điện, đường, trường
        B. Nông nghiệp, công nghiệp, dịch vụ
        C. Chính quyền số, kinh tế số, xã hội số
        D. Báo chí, phát thanh, truyền hình
        Đáp án: C
        Chủ đề: Chuyển đổi số
        Mức độ: Dễ
        Nguồn: Quyết định số 749/QĐ-TTg năm 2020

        Câu 67: Tổ công nghệ số cộng đồng được thành lập ở đâu?
        A. Chỉ trong các doanh nghiệp
        B. Chỉ ở trường đại học
        C. Ở thôn, ấp, tổ dân phố
        D. Chỉ ở cấp Trung ương
        Đáp án: C
        Chủ đề: Chuyển đổi số
        Mức độ: Dễ
        Nguồn: Bộ Thông tin và Truyền thông

        Câu 68: Nhiệm vụ chính của Tổ công nghệ số cộng đồng là gì?
        A. Hướng dẫn người dân sử dụng nền tảng số, dịch vụ công trực tuyến, kỹ năng số
        B. Sửa chữa máy tính miễn phí
        C. Bán điện thoại thông minh
        D. Thu phí dịch vụ Internet
        Đáp án: A
        Chủ đề: Chuyển đổi số
        Mức độ: Trung bình
        Nguồn: Bộ Thông tin và Truyền thông

        Câu 69: Theo Chương trình Chuyển đổi số quốc gia, mục tiêu đến năm 2030 kinh tế số chiếm khoảng bao nhiêu phần trăm GDP?
        A. 30%
        B. 50%
        C. 5%
        D. 10%
        Đáp án: A
        Chủ đề: Chuyển đổi số
        Mức độ: Trung bình
        Nguồn: Quyết định số 749/QĐ-TTg năm 2020

        Câu 70: Chuyển đổi số trước hết là chuyển đổi về điều gì?
        A. Nhận thức
        B. Trụ sở
        C. Máy móc
        D. Trang phục
        Đáp án: A
        Chủ đề: Chuyển đổi số
        Mức độ: Dễ
        Nguồn: Quyết định số 749/QĐ-TTg năm 2020

        Câu 71: Thanh toán không dùng tiền mặt mang lại lợi ích nào? (nhiều đáp án)
        A. Không bao giờ bị lừa đảo
        B. Không cần bảo vệ mã OTP
        C. Nhanh chóng, tiện lợi
        D. Minh bạch, dễ đối soát giao dịch
        Đáp án: C, D
        Chủ đề: Chuyển đổi số
        Mức độ: Trung bình
        Nguồn: Đề án phát triển thanh toán không dùng tiền mặt

        Câu 72: Ứng dụng nào của tỉnh Long An giúp người dân tiếp cận dịch vụ, thông tin của tỉnh trên điện thoại?
        A. Long An Pay
        B. Zalo Long An
        C. VNeID Long An
        D. Long An Số
        Đáp án: D
        Chủ đề: Chuyển đổi số
        Mức độ: Dễ
        Nguồn: Kế hoạch tổ chức Ngày Chuyển đổi số tỉnh Long An năm 2024

        Câu 73: "Điện toán đám mây" là gì?
        A. Mạng nội bộ không có Internet
        B. Sử dụng tài nguyên máy tính, lưu trữ qua Internet theo nhu cầu
        C. Một loại máy tính bỏ túi
        D. Dự báo thời tiết bằng vệ tinh
        Đáp án: B
        Chủ đề: Chuyển đổi số
        Mức độ: Trung bình
        Nguồn: Bộ Thông tin và Truyền thông

        Câu 74: Dữ liệu mở của cơ quan nhà nước là gì?
        A. Dữ liệu cá nhân của công dân
        B. Dữ liệu mật của cơ quan
        C. Dữ liệu chỉ cán bộ được xem
        D. Dữ liệu được công bố rộng rãi cho mọi tổ chức, cá nhân tự do sử dụng, chia sẻ
        Đáp án: D
        Chủ đề: Chuyển đổi số
        Mức độ: Khó
        Nguồn: Nghị định số 47/2020/NĐ-CP

        Câu 75: Chữ ký số công cộng dùng để làm gì?
        A. Thay thế mật khẩu Wi-Fi
        B. Nén tệp cho nhỏ
        C. Trang trí văn bản
        D. Ký văn bản điện tử, xác thực người ký và bảo đảm nội dung không bị sửa
        Đáp án: D
        Chủ đề: Chuyển đổi số
        Mức độ: Trung bình
        Nguồn: Luật Giao dịch điện tử số 20/2023/QH15

        Câu 76: Sàn thương mại điện tử giúp gì cho nông dân?
        A. Tăng giá phân bón
        B. Giảm sản lượng
        C. Thay thế việc trồng trọt
        D. Bán nông sản trực tuyến tới người mua ở nhiều nơi
        Đáp án: D
        Chủ đề: Chuyển đổi số
        Mức độ: Dễ
        Nguồn: Chương trình đưa hộ sản xuất nông nghiệp lên sàn thương mại điện tử

        Câu 77: Trí tuệ nhân tạo (AI) là gì?
        A. Phần mềm kế toán thủ công
        B. Công nghệ giúp máy tính thực hiện việc cần trí thông minh như nhận dạng, dự đoán, hội thoại
        C. Mạng điện thoại cố định
        D. Một loại pin mặt trời
        Đáp án: B
        Chủ đề: Chuyển đổi số
        Mức độ: Trung bình
        Nguồn: Chiến lược quốc gia về nghiên cứu, phát triển và ứng dụng trí tuệ nhân tạo

        Câu 78: Chiến lược quốc gia về nghiên cứu, phát triển và ứng dụng trí tuệ nhân tạo đến năm 2030 được ban hành theo quyết định nào?
        A. Quyết định số 411/QĐ-TTg năm 2022
        B. Quyết định số 749/QĐ-TTg năm 2020
        C. Quyết định số 127/QĐ-TTg năm 2021
        D. Quyết định số 942/QĐ-TTg năm 2021
        Đáp án: C
        Chủ đề: Chuyển đổi số
        Mức độ: Khó
        Nguồn: Quyết định số 127/QĐ-TTg ngày 26/01/2021

        Câu 79: Hồ sơ sức khỏe điện tử có thể được xem trên ứng dụng nào?
        A. Google Maps
        B. VNeID
        C. Zalo
        D. YouTube
        Đáp án: B
        Chủ đề: Chuyển đổi số
        Mức độ: Trung bình
        Nguồn: Đề án 06

        Câu 80: Dịch vụ công trực tuyến giúp người dân điều gì?
        A. Chỉ làm được vào Chủ nhật
        B. Mất nhiều giấy tờ hơn
        C. Làm thủ tục mọi lúc, mọi nơi, giảm đi lại
        D. Phải đến trụ sở nhiều lần hơn
        Đáp án: C
        Chủ đề: Chuyển đổi số
        Mức độ: Dễ
        Nguồn: Nghị định số 42/2022/NĐ-CP

        Câu 81: Kỹ năng số là gì?
        A. Khả năng sử dụng thiết bị, ứng dụng số an toàn và hiệu quả
        B. Khả năng đánh máy bằng máy chữ
        C. Kỹ năng viết chữ đẹp
        D. Khả năng tính nhẩm nhanh
        Đáp án: A
        Chủ đề: Chuyển đổi số
        Mức độ: Trung bình
        Nguồn: Đề án phổ cập kỹ năng số

        Câu 82: Chính quyền số là gì?
        A. Chính quyền chỉ làm việc ban đêm
        B. Chính quyền hoạt động, ra quyết định dựa trên dữ liệu và công nghệ số
        C. Chính quyền không có cán bộ
        D. Chính quyền chỉ dùng giấy tờ
        Đáp án: B
        Chủ đề: Chuyển đổi số
        Mức độ: Trung bình
        Nguồn: Quyết định số 942/QĐ-TTg năm 2021

        Câu 83: Mã QR trên hóa đơn, sản phẩm thường dùng để làm gì?
        A. Quét bằng điện thoại để xem thông tin, thanh toán hoặc truy xuất nguồn gốc
        B. Thay tem chống giả bằng giấy
        C. Ghi ngày sản xuất bằng tay
        D. Trang trí bao bì
        Đáp án: A
        Chủ đề: Chuyển đổi số
        Mức độ: Dễ
        Nguồn: Bộ Thông tin và Truyền thông

        Câu 84: Theo Quyết định số 749/QĐ-TTg, đến năm 2025 tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang đạt bao nhiêu?
        A. Trên 80%
        B. Trên 30%
        C. 100%
        D. Trên 50%
        Đáp án: A
        Chủ đề: Chuyển đổi số
        Mức độ: Khó
        Nguồn: Quyết định số 749/QĐ-TTg năm 2020

        Câu 85: Những việc nào là chuyển đổi số trong trường học? (nhiều đáp án)
        A. Học trực tuyến kết hợp trực tiếp
        B. Sổ điểm điện tử, học bạ số
        C. In toàn bộ bài giảng ra giấy và bỏ máy tính
        D. Cấm học sinh dùng thiết bị số trong mọi trường hợp
        Đáp án: A, B
        Chủ đề: Chuyển đổi số
        Mức độ: Trung bình
        Nguồn: Chương trình chuyển đổi số trong giáo dục

        Câu 86: Thanh niên có vai trò gì trong chuyển đổi số ở địa phương?
        A. Xung kích, hướng dẫn người dân dùng công nghệ số
        B. Chỉ người cao tuổi mới tham gia
        C. Không liên quan
        D. Chỉ cán bộ công nghệ thông tin tham gia
        Đáp án: A
        Chủ đề: Chuyển đổi số
        Mức độ: Dễ
        Nguồn: Kế hoạch của Tỉnh Đoàn Long An

        Câu 87: Dữ liệu được xem là gì trong kinh tế số?
        A. Rác thải điện tử
        B. Một loại tài nguyên, tư liệu sản xuất mới
        C. Chỉ là ảnh chụp
        D. Không có giá trị
        Đáp án: B
        Chủ đề: Chuyển đổi số
        Mức độ: Trung bình
        Nguồn: Quyết định số 411/QĐ-TTg năm 2022

        Câu 88: Cơ sở dữ liệu quốc gia về dân cư được xây dựng, quản lý bởi cơ quan nào?
        A. Tổng cục Thống kê
        B. Bộ Công an
        C. Bộ Nội vụ
        D. Bộ Kế hoạch và Đầu tư
        Đáp án: B
        Chủ đề: Chuyển đổi số
        Mức độ: Khó
        Nguồn: Luật Cư trú năm 2020; Đề án 06

        Câu 89: Nền tảng số là gì?
        A. Hệ thống phần mềm dùng chung trên Internet để nhiều người, tổ chức cùng sử dụng
        B. Một loại máy in
        C. Sàn nhà lát gạch
        D. Ổ cắm điện đa năng
        Đáp án: A
        Chủ đề: Chuyển đổi số
        Mức độ: Trung bình
        Nguồn: Bộ Thông tin và Truyền thông

        Câu 90: "Bản sao điện tử được chứng thực từ bản chính" theo Nghị định số 45/2020/NĐ-CP có giá trị như thế nào?
        A. Không có giá trị
        B. Có giá trị sử dụng thay cho bản chính trong giao dịch
        C. Chỉ có giá trị trong 24 giờ
        D. Chỉ dùng để xem
        Đáp án: B
        Chủ đề: Chuyển đổi số
        Mức độ: Khó
        Nguồn: Nghị định số 45/2020/NĐ-CP

        Câu 91: Khi tra cứu thông tin trên mạng, làm sao biết tin là đáng tin cậy?
        A. Tin nào nhiều lượt chia sẻ là đúng
        B. Đối chiếu với nguồn chính thống như cổng thông tin của cơ quan nhà nước, báo chí chính thức
        C. Tin nào giật gân là đúng
        D. Tin do người lạ nhắn là đúng
        Đáp án: B
        Chủ đề: Kỹ năng số
        Mức độ: Dễ
        Nguồn: Bộ Quy tắc ứng xử trên mạng xã hội

        Câu 92: Trước khi chia sẻ một tin trên mạng xã hội, bạn nên làm gì?
        A. Đổi tiêu đề cho hấp dẫn
        B. Kiểm tra nguồn tin và tính xác thực
        C. Chia sẻ ngay cho nhanh
        D. Thêm bình luận phóng đại
        Đáp án: B
        Chủ đề: Kỹ năng số
        Mức độ: Dễ
        Nguồn: Bộ Quy tắc ứng xử trên mạng xã hội

        Câu 93: Để thanh toán bằng mã QR an toàn, bạn nên làm gì? (nhiều đáp án)
        A. Nhập mã OTP khi người lạ yêu cầu
        B. Kiểm tra tên người nhận hiện ra trước khi xác nhận
        C. Chỉ quét mã QR từ nguồn tin cậy
        D. Quét mọi mã QR dán trên cột điện
        Đáp án: B, C
        Chủ đề: Kỹ năng số
        Mức độ: Trung bình
        Nguồn: Khuyến cáo của Ngân hàng Nhà nước Việt Nam

        Câu 94: Ứng dụng nào dùng để nộp hồ sơ dịch vụ công trực tuyến trên điện thoại?
        A. Ứng dụng trò chơi
        B. Ứng dụng VNeID hoặc Cổng Dịch vụ công quốc gia
        C. Ứng dụng chụp ảnh
        D. Ứng dụng nghe nhạc
        Đáp án: B
        Chủ đề: Kỹ năng số
        Mức độ: Dễ
        Nguồn: Đề án 06

        Câu 95: Người lớn tuổi trong gia đình lần đầu dùng điện thoại thông minh, cách giúp hiệu quả là gì?
        A. Đưa máy và để tự tìm hiểu
        B. Chia sẻ mật khẩu ngân hàng của ông bà cho mọi người
        C. Cài thật nhiều ứng dụng không rõ nguồn
        D. Hướng dẫn từng bước, cài sẵn ứng dụng cần thiết và nhắc cảnh giác lừa đảo
        Đáp án: D
        Chủ đề: Kỹ năng số
        Mức độ: Trung bình
        Nguồn: Đề án phổ cập kỹ năng số

        Câu 96: Khi bị bắt nạt trên mạng, trẻ em nên làm gì?
        A. Không đáp trả, lưu bằng chứng và báo cho cha mẹ, thầy cô hoặc tổng đài 111
        B. Đáp trả bằng lời lẽ nặng hơn
        C. Giữ kín không nói với ai
        D. Đăng thông tin cá nhân của người bắt nạt
        Đáp án: A
        Chủ đề: Kỹ năng số
        Mức độ: Khó
        Nguồn: Tổng đài quốc gia bảo vệ trẻ em 111

        Câu 97: Thư điện tử công vụ nên được sử dụng như thế nào?
        A. Dùng làm tài khoản trò chơi
        B. Đăng ký mọi trang mua sắm
        C. Chỉ cho công việc của cơ quan, không đăng ký dịch vụ cá nhân
        D. Chia sẻ mật khẩu cho người ngoài
        Đáp án: C
        Chủ đề: Kỹ năng số
        Mức độ: Trung bình
        Nguồn: Quy chế sử dụng thư điện tử công vụ

        Câu 98: Tổng đài quốc gia bảo vệ trẻ em là số nào?
        A. 1022
        B. 113
        C. 111
        D. 114
        Đáp án: C
        Chủ đề: Kỹ năng số
        Mức độ: Dễ
        Nguồn: Tổng đài quốc gia bảo vệ trẻ em

        Câu 99: Khi tham gia lớp học trực tuyến, hành vi nào phù hợp? (nhiều đáp án)
        A. Đổi tên hiển thị để trêu chọc người khác
        B. Tôn trọng thầy cô và bạn học trong khung trò chuyện
        C. Tắt micro khi không phát biểu
        D. Chia sẻ đường liên kết lớp cho người lạ
        Đáp án: B, C
        Chủ đề: Kỹ năng số
        Mức độ: Trung bình
        Nguồn: Bộ Quy tắc ứng xử trên mạng xã hội

        Câu 100: Trong bảng tính, công thức =SUM(A1:A10) làm gì?
        A. Đếm số ô trống
        B. Sắp xếp dữ liệu
        C. Tìm giá trị lớn nhất
        D. Cộng các giá trị từ ô A1 đến ô A10
        Đáp án: D
        Chủ đề: Kỹ năng số
        Mức độ: Khó
        Nguồn: Kỹ năng số cơ bản

        """;
}
