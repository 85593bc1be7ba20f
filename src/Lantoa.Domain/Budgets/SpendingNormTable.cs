using System.Globalization;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Text;

namespace Lantoa.Domain.Budgets;

/// <summary>One norm read from a table, before it is saved: the row it came from and its fields.</summary>
public sealed record SpendingNormRow(int Row, string Name, string? UnitOfMeasure, Money MaxUnitPrice, DateOnly EffectiveFrom,
    DateOnly? EffectiveTo, string? LegalSource);

/// <summary>
/// Reads a catalogue of spending norms from a table (a .csv or the first sheet of an .xlsx, as rows of cells):
/// a header row naming the columns — "Nội dung chi", "Đơn vị tính", "Mức chi tối đa", "Hiệu lực từ", "Hiệu lực đến",
/// "Căn cứ" — in any order, then one norm per row. Every bad cell is reported with its row and column; a table with
/// any error yields no rows, so an import is all or nothing.
/// </summary>
public static class SpendingNormTable
{
    private enum Column { Name, Unit, MaxPrice, From, To, Source }

    private static readonly (Column Column, string Title, string[] Keys)[] Columns =
    [
        (Column.Name, "Nội dung chi", ["noi dung chi", "noi dung", "ten noi dung", "ten dinh muc", "khoan chi", "ten"]),
        (Column.Unit, "Đơn vị tính", ["don vi tinh", "dvt"]),
        (Column.MaxPrice, "Mức chi tối đa", ["muc chi toi da", "muc chi", "muc toi da", "don gia toi da", "dinh muc"]),
        (Column.From, "Hiệu lực từ", ["hieu luc tu", "tu ngay", "ngay hieu luc", "hieu luc"]),
        (Column.To, "Hiệu lực đến", ["hieu luc den", "den ngay", "het hieu luc"]),
        (Column.Source, "Căn cứ", ["can cu", "van ban", "nguon", "can cu phap ly"]),
    ];

    private static readonly string[] DateFormats = ["d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "yyyy-MM-dd", "d.M.yyyy"];

    public static (IReadOnlyList<SpendingNormRow> Rows, IReadOnlyList<Finding> Findings) Read(IReadOnlyList<IReadOnlyList<string?>> table)
    {
        var findings = new List<Finding>();
        var headerIndex = -1;
        Dictionary<Column, int>? map = null;
        for (var i = 0; i < table.Count && i < 20 && map is null; i++)
        {
            var candidate = MapHeader(table[i]);
            if (candidate.ContainsKey(Column.Name) && candidate.ContainsKey(Column.MaxPrice))
            {
                map = candidate;
                headerIndex = i;
            }
        }

        if (map is null)
        {
            findings.Add(new Finding(Severity.Error, "no-header",
                "Không tìm thấy dòng tiêu đề. Bảng định mức cần các cột \"Nội dung chi\", \"Đơn vị tính\", \"Mức chi tối đa\", \"Hiệu lực từ\", \"Hiệu lực đến\", \"Căn cứ\"."));
            return ([], findings);
        }

        if (!map.ContainsKey(Column.From))
        {
            findings.Add(new Finding(Severity.Error, "no-column", "Thiếu cột \"Hiệu lực từ\".", Line: headerIndex + 1));
            return ([], findings);
        }

        var rows = new List<SpendingNormRow>();
        for (var i = headerIndex + 1; i < table.Count; i++)
        {
            var cells = table[i];
            var rowNumber = i + 1;
            string? Cell(Column c) => map.TryGetValue(c, out var index) && index < cells.Count && !string.IsNullOrWhiteSpace(cells[index])
                ? VietnameseText.Normalize(cells[index]!)
                : null;
            if (cells.All(string.IsNullOrWhiteSpace)) continue;

            var errors = findings.Count;
            var name = Cell(Column.Name);
            if (name is null) Error(rowNumber, Column.Name, "chưa có tên nội dung chi.");
            var priceText = Cell(Column.MaxPrice);
            Money price = default;
            if (priceText is null) Error(rowNumber, Column.MaxPrice, "chưa có mức chi.");
            else if (!Money.TryParse(priceText, out price, out var moneyError)) Error(rowNumber, Column.MaxPrice, moneyError!);
            else if (price.Dong <= 0) Error(rowNumber, Column.MaxPrice, "mức chi phải lớn hơn 0.");
            var from = ReadDate(rowNumber, Column.From, Cell(Column.From), required: true);
            var to = ReadDate(rowNumber, Column.To, Cell(Column.To), required: false);
            if (from is { } f && to is { } t && t < f) Error(rowNumber, Column.To, "ngày hết hiệu lực trước ngày có hiệu lực.");
            if (findings.Count == errors)
                rows.Add(new SpendingNormRow(rowNumber, name!, Cell(Column.Unit), price, from!.Value, to, Cell(Column.Source)));
        }

        if (rows.Count == 0 && findings.Count == 0)
            findings.Add(new Finding(Severity.Error, "empty", "Bảng định mức không có dòng nào."));
        return (findings.Any(f => f.Severity == Severity.Error) ? [] : rows, findings);

        DateOnly? ReadDate(int row, Column column, string? text, bool required)
        {
            if (text is null)
            {
                if (required) Error(row, column, "chưa có ngày.");
                return null;
            }

            // Spreadsheets hand dates over as "01/01/2024" or "2024-01-01 00:00:00".
            var day = text.Split(' ')[0];
            if (DateOnly.TryParseExact(day, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            Error(row, column, $"\"{text}\" không phải ngày theo dạng dd/MM/yyyy.");
            return null;
        }

        void Error(int row, Column column, string message) =>
            findings.Add(new Finding(Severity.Error, "bad-cell",
                $"Dòng {row}, cột \"{Columns.First(c => c.Column == column).Title}\": {message}", $"dòng {row}", row));
    }

    private static Dictionary<Column, int> MapHeader(IReadOnlyList<string?> cells)
    {
        var map = new Dictionary<Column, int>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(cells[i])) continue;
            var key = VietnameseText.Fold(cells[i]!).Trim().TrimEnd(':').Split('(')[0].Trim();
            // The most specific title wins: "Hiệu lực đến" before "Hiệu lực".
            var match = Columns
                .SelectMany(c => c.Keys.Select(k => (c.Column, Key: k)))
                .Where(c => key == c.Key || key.StartsWith(c.Key + " ", StringComparison.Ordinal))
                .OrderByDescending(c => c.Key.Length)
                .Select(c => (Column?)c.Column)
                .FirstOrDefault();
            if (match is { } column && !map.ContainsKey(column)) map[column] = i;
        }

        return map;
    }
}
