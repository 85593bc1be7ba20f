using System.Diagnostics;
using System.Text;
using Lantoa.Domain.Documents;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Tests.Units;

namespace Lantoa.Domain.Tests.Documents;

/// <summary>Whatever arrives, the reader and the parser answer — with findings, never an exception — and in linear time.</summary>
public class PlanParserRobustnessTests
{
    private static readonly string[] SeedLines = new[] { "longan-2024-ngay-cds.txt", "longan-2024-tuyen-truyen-cds.txt", "tiengiang-2024-ngay-cds.txt" }
        .SelectMany(s => SharedData.Seed(s).Replace("\r\n", "\n").Split('\n'))
        .ToArray();

    private static readonly string[] Fragments =
    [
        "KẾ HOẠCH", "I. MỤC ĐÍCH", "III. NỘI DUNG", "V. TỔ CHỨC THỰC HIỆN", "1.", "2.1.", "a)", "đ)", "- +", "Cơ quan chủ trì:", "Thời gian:",
        "Kinh phí:", "Phụ lục II", "Phụ lục", "(", ")", "“", "”", "**", "*", "#", "<p>", "</p>", "\t", "\n", "\n\n", ";", ":", "./.", "trước ngày",
        "15/9/2024", "99/99/9999", "31/2/2024", "Quý V", "1.000", "388.400.000 đồng", "999999999999999999 đồng", "TỔNG CỘNG", "Nơi nhận:", "TM.",
        "KT. CHỦ TỊCH", "Số:", "ngày", "tháng", "năm", "0", "\u0301", "\uFFFD", "𝔘", "Ð", "ơ", "ư", "ñ", "ö", "¸", "(giao", "chủ trì", "Sở Nội vụ",
    ];

    private static SourceDocument ReadText(string text) => TextDocumentReader.Read("fuzz.txt", Encoding.UTF8.GetBytes(text));

    private static void AssertAnswers(SourceDocument document)
    {
        var plan = PlanDocumentParser.Parse(document, ProvinceNames.Of("80").Resolver);
        Assert.NotNull(plan);
        Assert.DoesNotContain(plan.Findings, f => f.Code == "parser-failure");
        Assert.NotNull(PlanCheckJson.From(plan).ToJson());
    }

    [Fact]
    public void Random_mixtures_of_plan_fragments_never_throw()
    {
        var random = new Random(20240910);
        for (var round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            var pieces = random.Next(1, 200);
            for (var p = 0; p < pieces; p++)
            {
                sb.Append(random.Next(3) switch
                {
                    0 => Fragments[random.Next(Fragments.Length)],
                    1 => SeedLines[random.Next(SeedLines.Length)],
                    _ => new string((char)random.Next(0x20, 0x2000), random.Next(1, 5)),
                });
                sb.Append(random.Next(4) == 0 ? "\n" : " ");
            }

            AssertAnswers(ReadText(sb.ToString()));
        }
    }

    [Fact]
    public void Shuffled_seed_lines_never_throw()
    {
        var random = new Random(7);
        for (var round = 0; round < 60; round++)
        {
            var lines = SeedLines.OrderBy(_ => random.Next()).Take(random.Next(10, SeedLines.Length)).ToArray();
            AssertAnswers(ReadText(string.Join('\n', lines)));
        }
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(42);
        for (var round = 0; round < 200; round++)
        {
            var bytes = new byte[random.Next(0, 4000)];
            random.NextBytes(bytes);
            if (round % 3 == 0) bytes = [0xEF, 0xBB, 0xBF, .. bytes];
            if (round % 5 == 0) bytes = [0xFF, 0xFE, .. bytes];
            var document = TextDocumentReader.Read(round % 2 == 0 ? "x.txt" : "x.md", bytes);
            AssertAnswers(document);
        }
    }

    [Fact]
    public void Hand_built_documents_with_odd_shapes_never_throw()
    {
        SourceBlock[][] documents =
        [
            [new SourceTable(1, [])],
            [new SourceTable(1, [[], [""], ["KẾ HOẠCH"]])],
            [new SourceParagraph(1, "KẾ HOẠCH"), new SourceTable(2, [["STT", "Nội dung", "Thành tiền"], ["1"]]) { RowLines = [2] }],
            [new SourceParagraph(1, "KẾ HOẠCH"), new SourceParagraph(2, "Phụ lục I"), new SourceTable(3, [["TT", "Đơn vị", "Số lượng"], ["I", "", "abc"], ["", "TỔNG CỘNG", "99999999999"]])],
            [new SourceParagraph(1, "KẾ HOẠCH"), new SourceParagraph(2, "Phụ lục II"), new SourceTable(3, [["STT", "Nhiệm vụ", "Đơn vị chủ trì"], ["", "", ""], ["1.1.1.1", "x", "Sở"]])],
            [new SourceParagraph(1, "", ListLabel: "1."), new SourceParagraph(2, "\n\n\n"), new SourceParagraph(3, "KẾ HOẠCH\nI. NỘI DUNG\n1. A\na) Cơ quan chủ trì:")],
            [new SourceParagraph(0, "KẾ HOẠCH"), new SourceParagraph(-5, "I. NỘI DUNG"), new SourceParagraph(int.MaxValue, "1. Hội thảo (giao chủ trì)")],
        ];

        foreach (var blocks in documents)
            AssertAnswers(new SourceDocument("x.docx", DocumentFormat.Docx, blocks, []));
    }

    [Theory]
    [InlineData(3_000_000)]
    public void Huge_inputs_are_read_in_linear_time(int size)
    {
        var seed = SharedData.Seed("longan-2024-ngay-cds.txt");
        var line = seed.Replace('\n', ' ').Replace('\t', ' ');
        var inputs = new[]
        {
            string.Concat(Enumerable.Repeat(seed, size / seed.Length + 1))[..size],
            string.Concat(Enumerable.Repeat(line, size / line.Length + 1))[..size],
            "KẾ HOẠCH\n\nIII. NỘI DUNG\n\n1. " + string.Concat(Enumerable.Repeat("(giao Sở ", size / 10)),
            "KẾ HOẠCH\n\nIII. NỘI DUNG\n\n1. Hội thảo\na) Thời gian: " + string.Concat(Enumerable.Repeat("trước ngày 1/1/2024 ", size / 20)),
            string.Concat(Enumerable.Repeat("1\t2\t3\n", size / 6)),
            string.Concat(Enumerable.Repeat("Phụ lục I\n", size / 10)),
        };

        foreach (var input in inputs)
        {
            var watch = Stopwatch.StartNew();
            var document = ReadText(input);
            var plan = PlanDocumentParser.Parse(document, ProvinceNames.Of("80").Resolver);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
            Assert.DoesNotContain(plan.Findings, f => f.Code == "parser-failure");
        }
    }

    [Fact]
    public void A_document_over_the_parser_limit_is_refused()
    {
        var text = new string('a', PlanDocumentParser.MaxCharacters + 1);
        var plan = PlanDocumentParser.Parse(new SourceDocument("x.docx", DocumentFormat.Docx, [new SourceParagraph(1, text)], []));

        var error = Assert.Single(plan.Findings);
        Assert.Equal(("too-large", Severity.Error), (error.Code, error.Severity));
    }
}
