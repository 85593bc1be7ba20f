using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Lantoa.Domain.Budgets;
using Lantoa.Web.Features.Budgets;
using Lantoa.Web.Infrastructure.Web;

namespace Lantoa.Web.Cli;

/// <summary>`money words` and `budget check`: budget tools that need no database.</summary>
public static class BudgetCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static Command Money()
    {
        var amounts = new Argument<string[]>("amount") { Description = "Số tiền: 388.400.000, 388400000, \"1,5 tỷ\", \"2 triệu\"…", Arity = ArgumentArity.OneOrMore };
        var words = new Command("words", "In số tiền bằng chữ, mỗi số một dòng.") { amounts };
        words.SetAction(pr =>
        {
            Console.OutputEncoding = Encoding.UTF8;
            var exit = 0;
            foreach (var text in pr.GetValue(amounts)!)
            {
                if (Domain.Budgets.Money.TryParse(text, out var amount, out var error) && amount.Dong <= Domain.Budgets.Money.MaxValue.Dong
                    && amount.Dong >= -Domain.Budgets.Money.MaxValue.Dong)
                {
                    Console.WriteLine(amount.ToWords());
                }
                else
                {
                    Console.Error.WriteLine($"\"{text}\": {error}");
                    exit = 2;
                }
            }

            return exit;
        });
        return new Command("money", "Số tiền.") { words };
    }

    public static Command Budget()
    {
        var file = new Argument<FileInfo>("file") { Description = "Bảng dự toán: tệp .xlsx, hoặc văn bản có các cột cách nhau bằng phím Tab (.txt, .tsv)." };
        var json = new Option<bool>("--json") { Description = "In kết quả dạng JSON." };
        var check = new Command("check", "Đọc một bảng dự toán, in các dòng, tổng cộng và kết quả kiểm tra; không ghi gì vào CSDL. Mã thoát 0 khi đọc được, 2 khi không đọc được.") { file, json };
        check.SetAction(pr =>
        {
            Console.OutputEncoding = Encoding.UTF8;
            var path = pr.GetValue(file)!;
            var (result, error) = Read(path);
            if (result?.Estimate is not { } estimate)
            {
                Console.Error.WriteLine(error ?? string.Join(Environment.NewLine,
                    result!.Findings.Select(f => f.Message).DefaultIfEmpty("Không đọc được bảng dự toán.")));
                return 2;
            }

            var figures = BudgetFigures.Of(estimate, [], null);
            var findings = result.Findings.Concat(figures.Findings).ToList();
            if (pr.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(BudgetCheckJson.From(path.Name, estimate, figures, findings), Json));
            else PrintText(estimate, figures, findings);
            return 0;
        });
        return new Command("budget", "Dự toán kinh phí.") { check };
    }

    private static (EstimateReadResult? Result, string? Error) Read(FileInfo path)
    {
        if (!path.Exists) return (null, $"Không tìm thấy tệp \"{path.FullName}\".");
        if (path.Length > BudgetLimits.MaxUploadBytes)
            return (null, UploadLimits.TooLarge(path.Length, BudgetLimits.MaxUploadBytes, path.Name));
        try
        {
            if (path.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                using var stream = path.OpenRead();
                return (EstimateWorkbook.Import(stream, Path.GetFileNameWithoutExtension(path.Name)), null);
            }

            var bytes = File.ReadAllBytes(path.FullName);
            if (bytes.Take(8192).Contains((byte)0))
                return (null, $"Tệp \"{path.Name}\" không phải văn bản cũng không phải .xlsx; không đọc được.");
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
            return (EstimateTableReader.ReadText(text, Path.GetFileNameWithoutExtension(path.Name)), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, $"Tệp \"{path.Name}\" không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8.");
        }
        catch (IOException e)
        {
            return (null, $"Không đọc được tệp \"{path.Name}\": {e.Message}");
        }
    }

    private static void PrintText(Estimate estimate, BudgetFigures figures, IReadOnlyList<Domain.Findings.Finding> findings)
    {
        if (estimate.AppendixLabel is not null) Console.WriteLine(estimate.AppendixLabel);
        Console.WriteLine(estimate.Title);
        if (estimate.AttachedTo is not null) Console.WriteLine(estimate.AttachedTo);
        Console.WriteLine();
        foreach (var line in estimate.Lines)
        {
            var amount = line.Kind == EstimateLineKind.Group ? figures.SubtotalOf(line) : line.Amount;
            var qty = line.Quantity is { } q ? LineForm.FormatQuantity(q) : "";
            Console.WriteLine(line.Kind == EstimateLineKind.Group
                ? $"{line.Label,-5} {line.Content.ToUpperInvariant()}  {amount.ToDigits(),15}"
                : $"{line.Label,-5} {Shorten(line.Content, 60),-60} {line.UnitOfMeasure,-10} {qty,8} {line.UnitPrice?.ToDigits(),12} {amount.ToDigits(),15}");
        }

        Console.WriteLine();
        Console.WriteLine($"Tổng cộng (tính): {figures.Totals.Total.Format()}");
        if (estimate.StatedTotal is { } stated) Console.WriteLine($"Tổng cộng (văn bản ghi): {stated.Format()}");
        Console.WriteLine($"Bằng chữ: {figures.Totals.Total.ToWords()}");
        Console.WriteLine();
        if (findings.Count == 0) Console.WriteLine("Không có phát hiện nào: các phép tính khớp.");
        CliFindings.Print(findings);
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

/// <summary>The JSON of `budget check --json`.</summary>
public sealed record BudgetCheckJson(
    string File,
    string? AppendixLabel,
    string Title,
    string? AttachedTo,
    IReadOnlyList<BudgetCheckJson.LineJson> Lines,
    long ComputedTotal,
    long? StatedTotal,
    string TotalInWords,
    IReadOnlyList<BudgetCheckJson.FindingJson> Findings)
{
    public sealed record LineJson(string Kind, string? Label, string Content, string? Unit, decimal? Quantity, long? UnitPrice,
        long? StatedAmount, long? ComputedAmount, long Amount, IReadOnlyList<IReadOnlyList<string>>? Factors, string? Note);

    public sealed record FindingJson(string Severity, string Code, string Message, int? Line, string? Location);

    public static BudgetCheckJson From(string file, Estimate e, BudgetFigures figures, IEnumerable<Domain.Findings.Finding> findings) => new(
        file, e.AppendixLabel, e.Title, e.AttachedTo,
        e.Lines.Select(l => new LineJson(
            l.Kind == EstimateLineKind.Group ? "group" : "item", l.Label, l.Content, l.UnitOfMeasure, l.Quantity, l.UnitPrice?.Dong,
            l.StatedAmount?.Dong, l.ComputedAmount?.Dong, (l.Kind == EstimateLineKind.Group ? figures.SubtotalOf(l) : l.Amount).Dong,
            l.Formula?.Terms.Select(t => (IReadOnlyList<string>)t.Factors.Select(f => $"{f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {f.Unit}".Trim()).ToList()).ToList(),
            l.Note)).ToList(),
        figures.Totals.Total.Dong, e.StatedTotal?.Dong, figures.Totals.Total.ToWords(),
        findings.Select(f => new FindingJson(f.Severity.ToString().ToLowerInvariant(), f.Code, f.Message, f.Line, f.Location)).ToList());
}
