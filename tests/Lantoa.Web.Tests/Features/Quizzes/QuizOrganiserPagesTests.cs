using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantoa.Web.Tests.Infrastructure;
using NPOI.XSSF.UserModel;
using static Lantoa.Web.Tests.Features.Quizzes.QuizKit;

namespace Lantoa.Web.Tests.Features.Quizzes;

/// <summary>
/// The organisers' pages with real files made here (OpenXML .docx, NPOI .xlsx): a bank import with problems is refused
/// with each problem by question number and nothing saved; a good one is saved as written by the importer, with a
/// near-duplicate warned about; a table in .xlsx; the review workflow (the writer cannot approve, a note is needed to send
/// back, who reviewed is kept); a round's results with full names, a disqualification from the page that moves the others
/// up, the .xlsx download and the integrity flags.
/// </summary>
public class QuizOrganiserPagesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static byte[] Docx(params string[] lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(l => new Paragraph(new Run(new Text(l) { Space = SpaceProcessingModeValues.Preserve })))));
        }
        return stream.ToArray();
    }

    private static byte[] Xlsx(params string?[][] rows)
    {
        var workbook = new XSSFWorkbook();
        var sheet = workbook.CreateSheet("Câu hỏi");
        for (var i = 0; i < rows.Length; i++)
        {
            var row = sheet.CreateRow(i);
            for (var j = 0; j < rows[i].Length; j++) if (rows[i][j] is { } v) row.CreateCell(j).SetCellValue(v);
        }
        using var stream = new MemoryStream();
        workbook.Write(stream);
        return stream.ToArray();
    }

    private static async Task<long> CountAsync(TestApp app, string where = "true") =>
        (long)(await app.DbAsync(db => Scalar(db, $"SELECT count(*) FROM quiz_questions WHERE {where}")))!;

    [Fact]
    public async Task A_docx_with_problems_is_refused_by_question_number_and_nothing_is_saved()
    {
        await using var app = await TestApp.StartAsync(fixture, Round1Day);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var before = await CountAsync(app);
        var file = Docx(
            "Câu 1: Trong bài thử của Lantoa, ô kiểm tra số một nằm ở đâu?", "A. Góc trái", "B. Góc phải", "Đáp án: A",
            "Câu 2: Trong bài thử của Lantoa, ô kiểm tra số hai có màu gì?", "A. Xanh", "B. Đỏ",
            "Câu 3: Trong bài thử của Lantoa, ô kiểm tra số ba có mấy cạnh?", "A. Ba", "B. Bốn", "Đáp án: A, B",
            "Câu 4: Trong bai thu cua Lantoa, o kiem tra so mot nam o dau?", "A. Trên", "B. Dưới", "Đáp án: A");
        var response = await client.PostFileAsync("/Quizzes/Bank?handler=Import", "/Quizzes/Bank", file, "ngan-hang.docx");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await TestApp.Client.ParseAsync(html);
        var problems = page.QuerySelectorAll("[data-testid=import-finding]").Select(e => e.TextContent).ToList();
        Assert.Contains(problems, p => p.StartsWith("Câu 2:") && p.Contains("chưa có đáp án"));
        Assert.Contains(problems, p => p.StartsWith("Câu 3:") && p.Contains("một đáp án"));
        Assert.Contains(problems, p => p.StartsWith("Câu 4:") && p.Contains("trùng với Câu 1"));
        Assert.Contains("không câu hỏi nào được lưu", html);
        Assert.Equal(before, await CountAsync(app));
    }

    [Fact]
    public async Task A_good_docx_is_saved_as_written_then_reviewed_by_someone_else_and_approved()
    {
        await using var app = await TestApp.StartAsync(fixture, Round1Day);
        var writer = app.NewClient();
        await writer.LoginAsync("dieuphoi");
        var demoText = (string)(await app.DbAsync(db => Scalar(db, "SELECT text FROM quiz_questions ORDER BY id LIMIT 1")))!;
        var file = Docx(
            "Câu 1: Trong bài thử của Lantoa, người soạn câu hỏi ghi gì ở dòng đáp án?", "A. Chữ cái của phương án đúng", "B. Số trang", "C. Tên người soạn", "Đáp án: A",
            "Chủ đề: Định danh điện tử", "Mức độ: Dễ", "Nguồn: Nghị định 69/2024/NĐ-CP",
            "Câu 2: Trong bài thử của Lantoa, những màu nào có trên lá cờ thử? (nhiều đáp án)", "A. Màu đỏ thử", "B. Màu tím thử",
            "C. Màu vàng thử", "Đáp án: A, C",
            "Câu 3: " + demoText.TrimEnd('?', '.') + " nữa?", "A. Phương án một", "B. Phương án hai", "Đáp án: B");
        var response = await writer.PostFileAsync("/Quizzes/Bank?handler=Import", "/Quizzes/Bank", file, "ngan-hang.docx");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        var page = await TestApp.Client.ParseAsync(html);
        Assert.Contains("Đã nhập 3 câu hỏi", page.QuerySelector("[data-testid=import-result]")!.TextContent);
        Assert.StartsWith("Cảnh báo: Câu 3: gần giống câu", page.QuerySelector("[data-testid=near-duplicate]")!.TextContent.Trim());
        Assert.Equal(3L, await CountAsync(app, "status = 'Written' AND written_by = 'dieuphoi'"));
        Assert.Equal(1L, await CountAsync(app, "status = 'Written' AND multiple AND topic = 'Chung'"));

        var ids = await app.DbAsync(async db =>
        {
            var list = new List<string>();
            var c = (Npgsql.NpgsqlConnection)Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
            if (c.State != System.Data.ConnectionState.Open) await c.OpenAsync();
            await using var cmd = new Npgsql.NpgsqlCommand("SELECT id FROM quiz_questions WHERE status = 'Written' ORDER BY id", c);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) list.Add(r.GetInt64(0).ToString());
            return list;
        });
        async Task<HttpResponseMessage> ActAsync(TestApp.Client who, string act, string? note = null, params string[] which)
        {
            var form = new List<KeyValuePair<string, string>> { new("act", act), new("note", note ?? "") };
            form.AddRange(which.Select(i => new KeyValuePair<string, string>("ids", i)));
            var tokenPage = await TestApp.Client.ParseAsync(await (await who.GetAsync("/Quizzes/Bank")).Content.ReadAsStringAsync());
            form.Add(new("__RequestVerificationToken", tokenPage.QuerySelector("meta[name=antiforgery-token]")!.GetAttribute("content")!));
            return await who.Http.PostAsync("/Quizzes/Bank?handler=Act", new FormUrlEncodedContent(form));
        }
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(writer, "submit", null, [.. ids])).StatusCode);
        Assert.Equal(3L, await CountAsync(app, "status = 'InReview'"));
        var self = await ActAsync(writer, "approve", null, ids[0]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Contains("người soạn không tự thẩm định", await self.Content.ReadAsStringAsync());

        var reviewer = app.NewClient();
        await reviewer.LoginAsync("quantri.longan");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ActAsync(reviewer, "return", "", ids[2])).StatusCode); // a note is needed
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, "return", "Trùng ý với câu đã có", ids[2])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, "approve", null, ids[0], ids[1])).StatusCode);
        Assert.Equal(2L, await CountAsync(app, $"status = 'Approved' AND reviewed_by = 'quantri.longan' AND written_by = 'dieuphoi' AND id IN ({ids[0]}, {ids[1]})"));
        Assert.Equal(1L, await CountAsync(app, $"status = 'Rejected' AND review_note = 'Trùng ý với câu đã có' AND id = {ids[2]}"));
        var audit = (long)(await app.DbAsync(db => Scalar(db, "SELECT count(*) FROM audit_entries WHERE entity_type = 'QuizQuestion'")))!;
        Assert.Equal(1L + 3 + 3, audit); // the import, three sent for review, two approved and one sent back

        // Another province's coordinator does not see Long An's questions and cannot act on them.
        var other = app.NewClient();
        await other.LoginAsync("dieuphoi.tg");
        var tg = await ActAsync(other, "submit", null, ids[2]);
        Assert.Contains("không có trong ngân hàng của tỉnh", await tg.Content.ReadAsStringAsync());
        Assert.Equal(1L, await CountAsync(app, $"status = 'Rejected' AND id = {ids[2]}"));
        var tgBank = await (await other.GetAsync("/Quizzes/Bank")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("người soạn câu hỏi ghi gì", tgBank);
    }

    [Fact]
    public async Task An_xlsx_table_is_read_by_columns_and_its_problems_are_reported_by_number()
    {
        await using var app = await TestApp.StartAsync(fixture, Round1Day);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var before = await CountAsync(app);
        string?[] header = ["STT", "Câu hỏi", "A", "B", "C", "D", "Đáp án", "Chủ đề", "Mức độ"];
        var bad = Xlsx(header,
            ["1", "Mạng xã hội nào do Việt Nam phát triển?", "Zalo", "Instagram", null, null, "A", "Mạng xã hội", "Dễ"],
            ["2", "Chữ ký số dùng để làm gì?", "Xác thực người ký", "Trang trí văn bản", null, null, "", "Chữ ký số", "Trung bình"]);
        var refused = await client.PostFileAsync("/Quizzes/Bank?handler=Import", "/Quizzes/Bank", bad, "cau-hoi.xlsx");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Câu 2: câu hỏi chưa có đáp án", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountAsync(app));

        var good = Xlsx(header,
            ["1", "Mạng xã hội nào do Việt Nam phát triển?", "Zalo", "Instagram", null, null, "A", "Mạng xã hội", "Dễ"],
            ["2", "Chữ ký số dùng để làm gì?", "Xác thực người ký", "Trang trí văn bản", "Nén tệp", null, "A", "Chữ ký số", "Khó"]);
        var saved = await client.PostFileAsync("/Quizzes/Bank?handler=Import", "/Quizzes/Bank", good, "cau-hoi.xlsx");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(before + 2, await CountAsync(app));
        Assert.Equal(1L, await CountAsync(app, "topic = 'Chữ ký số' AND difficulty = 3 AND status = 'Written'"));

        var garbage = await client.PostFileAsync("/Quizzes/Bank?handler=Import", "/Quizzes/Bank", "not a workbook"u8.ToArray(), "cau-hoi.xlsx");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, garbage.StatusCode);
        Assert.Contains("data-testid=\"import-refused\"", await garbage.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_round_page_ranks_with_full_names_disqualifies_downloads_xlsx_and_flags_integrity()
    {
        await using var app = await TestApp.StartAsync(fixture, Round1Day);
        var (quiz, opens) = await ClosedRoundAsync(app, 7);
        async Task<long> AttemptAsync(string name, int correct, long ms, string address) => await app.DbAsync(async db =>
        {
            var citizen = (int)(await Scalar(db, """
                INSERT INTO citizens (email, password_hash, full_name, birth_date, province_code, commune_code, consents, consented_at, created_at, security_stamp)
                VALUES ($1, 'x', $2, '1990-01-01', '80', '27685', '{}', now(), now(), 's') RETURNING id
                """, $"{Guid.NewGuid():N}@example.vn", name))!;
            return (long)(await Scalar(db, """
                INSERT INTO quiz_attempts (quiz_id, round_number, citizen_id, started_at, deadline, submitted_at, prediction, correct, total, duration_ms, client_address)
                VALUES ($1, 7, $2, $3, $3 + interval '15 minutes', $4, 1, $5, 20, $6, $7) RETURNING id
                """, quiz, citizen, opens.AddHours(2), opens.AddHours(2).AddMilliseconds(ms), correct, ms, address))!;
        });
        var top = await AttemptAsync("Nguyễn Văn Nhanh", 20, 15_000, "10.0.0.9"); // 20 questions in 15 s: too fast to read
        for (var i = 0; i < 5; i++) await AttemptAsync($"Trần Thị Cùng Mạng {i}", 15 - i, 300_000, "10.0.0.7");

        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var page = await client.GetPageAsync($"/Quizzes/{quiz}/Rounds/7");
        var rows = page.QuerySelectorAll("[data-testid=rank-row]").ToList();
        Assert.Equal(6, rows.Count);
        Assert.Contains("Nguyễn Văn Nhanh", rows[0].TextContent); // full names for the organiser
        var flags = page.QuerySelectorAll("[data-testid=flag]").Select(f => (f.GetAttribute("data-kind"), f.TextContent)).ToList();
        Assert.Contains(flags, f => f.Item1 == "address" && f.TextContent.Contains("5 tài khoản") && f.TextContent.Contains("10.0.0.7"));
        Assert.Contains(flags, f => f.Item1 == "fast" && f.TextContent.Contains("Nguyễn Văn Nhanh"));

        var dq = await client.PostFormAsync($"/Quizzes/{quiz}/Rounds/7?handler=Disqualify", new() { ["attemptId"] = top.ToString(), ["reason"] = "Làm bài nhanh bất thường, đã xác minh" },
            tokenFrom: $"/Quizzes/{quiz}/Rounds/7");
        Assert.Equal(HttpStatusCode.Redirect, dq.StatusCode);
        page = await client.GetPageAsync($"/Quizzes/{quiz}/Rounds/7");
        var first = page.QuerySelector("[data-testid=rank-row]")!;
        Assert.Contains("Trần Thị Cùng Mạng 0", first.TextContent);
        Assert.StartsWith("1", first.QuerySelector("td")!.TextContent.Trim());
        Assert.Contains("Làm bài nhanh bất thường", page.QuerySelector("[data-testid=disqualified]")!.TextContent);
        var empty = await client.PostFormAsync($"/Quizzes/{quiz}/Rounds/7?handler=Disqualify", new() { ["attemptId"] = top.ToString(), ["reason"] = " " },
            tokenFrom: $"/Quizzes/{quiz}/Rounds/7");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);

        var xlsx = await client.GetAsync($"/Quizzes/{quiz}/Rounds/7?handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var book = new XSSFWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        var sheet = book.GetSheet("Xếp hạng");
        Assert.Equal("Trần Thị Cùng Mạng 0", sheet.GetRow(3).GetCell(1).StringCellValue);
        Assert.Equal("Giải nhất", sheet.GetRow(3).GetCell(6).StringCellValue);
        Assert.Equal(1_000_000, sheet.GetRow(3).GetCell(7).NumericCellValue);
        Assert.Equal("Nguyễn Văn Nhanh", book.GetSheet("Bị loại").GetRow(1).GetCell(1).StringCellValue);

        // The public results keep the names masked and leave the disqualified out.
        var results = await OkJsonAsync(await Lantoa.Web.Tests.Features.Api.ApiTestKit.Plain(app).GetAsync($"/api/v1/quizzes/{quiz}/rounds/7/results"));
        Assert.Equal("Trần T. C. M. 0.", results.GetProperty("ranking")[0].GetProperty("name").GetString());
        Assert.Equal(5, results.GetProperty("ranked").GetInt32());
    }

    [Fact]
    public async Task A_round_of_thousands_shows_its_counts_the_vietnamese_way()
    {
        await using var app = await TestApp.StartAsync(fixture, Round1Day);
        var (quiz, opens) = await ClosedRoundAsync(app, 8);
        await ExecAsync(app, """
            WITH c AS (
                INSERT INTO citizens (email, password_hash, full_name, birth_date, province_code, commune_code, consents, consented_at, created_at, security_stamp)
                SELECT 'dong-' || g || '@example.vn', 'x', 'Thí Sinh ' || g, '1990-01-01', '80', '27685', '{}', now(), now(), 's' FROM generate_series(1, 1200) g
                RETURNING id)
            INSERT INTO quiz_attempts (quiz_id, round_number, citizen_id, started_at, deadline, submitted_at, prediction, correct, total, duration_ms)
            SELECT $1, 8, id, $2, $2 + interval '15 minutes', $2 + interval '5 minutes', 1, 20, 20, 300000 FROM c
            """, quiz, opens.AddHours(2));

        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var page = await client.GetPageAsync($"/Quizzes/{quiz}/Rounds/8");
        var summary = page.QuerySelector("[data-testid=summary]")!.TextContent;
        Assert.Contains("Số thí sinh: 1.200", summary);
        Assert.Contains("trả lời đúng tất cả: 1.200", summary);
    }

    /// <summary>Round <paramref name="number"/> of the demo quiz, 01/09–10/09/2024: closed on the test clock.</summary>
    private static async Task<(int Quiz, DateTimeOffset Opens)> ClosedRoundAsync(TestApp app, int number)
    {
        var quiz = await DemoQuizIdAsync(app);
        var opens = new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();
        await ExecAsync(app, "INSERT INTO quiz_rounds (quiz_id, number, opens_at, closes_at) VALUES ($1, $2, $3, $4)", quiz, number, opens, opens.AddDays(9));
        return (quiz, opens);
    }
}
