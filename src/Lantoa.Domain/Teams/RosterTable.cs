using Lantoa.Domain.Text;

namespace Lantoa.Domain.Teams;

/// <summary>
/// Reads a roster spreadsheet (rows of cells, first row = spreadsheet row 1) into <see cref="RosterRow"/>s: the header
/// row is the first of the first 20 rows naming a commune code, a member's name and a phone; its columns are found by
/// their folded titles ("Mã xã", "Tên tổ", "Ấp, khu phố", "Họ và tên", "Vai trò", "Đơn vị", "Số điện thoại"), in any
/// order and with or without diacritics. Blank rows are skipped; the row numbers are the spreadsheet's.
/// </summary>
public static class RosterTable
{
    private enum Column { Commune, Team, Village, Name, Role, Organisation, Phone }

    /// <summary>Folded titles of each column, longest first (a title matches when it starts with one of them).</summary>
    private static readonly (Column Column, string[] Titles)[] Titles =
    [
        (Column.Commune, ["ma xa", "ma phuong", "ma don vi hanh chinh", "ma dvhc"]),
        (Column.Team, ["ten to", "ten doi", "to cong nghe so", "to cnscd"]),
        (Column.Village, ["ap", "khu pho", "thon", "to dan pho"]),
        (Column.Name, ["ho va ten", "ho ten", "ten thanh vien", "thanh vien"]),
        (Column.Role, ["vai tro", "chuc danh", "chuc vu trong to", "nhiem vu"]),
        (Column.Organisation, ["don vi", "co quan", "to chuc", "noi cong tac"]),
        (Column.Phone, ["so dien thoai", "dien thoai", "sdt", "so di dong"]),
    ];

    public const string NoHeader =
        "Không tìm thấy dòng tiêu đề của danh sách: cần các cột \"Mã xã\", \"Tên tổ\", \"Họ và tên\", \"Vai trò\", \"Số điện thoại\" (và nếu có: \"Ấp, khu phố\", \"Đơn vị\").";

    public static (IReadOnlyList<RosterRow> Rows, string? Error) Read(IReadOnlyList<IReadOnlyList<string?>> grid)
    {
        for (var h = 0; h < Math.Min(grid.Count, 20); h++)
        {
            var columns = Header(grid[h]);
            if (!columns.ContainsKey(Column.Commune) || !columns.ContainsKey(Column.Name) || !columns.ContainsKey(Column.Phone)) continue;
            var rows = new List<RosterRow>();
            for (var i = h + 1; i < grid.Count; i++)
            {
                var cells = grid[i];
                if (cells.All(string.IsNullOrWhiteSpace)) continue;
                string? Cell(Column c) => columns.TryGetValue(c, out var index) && index < cells.Count && !string.IsNullOrWhiteSpace(cells[index])
                    ? VietnameseText.Normalize(cells[index]!.Trim()) : null;
                rows.Add(new RosterRow(i + 1, Cell(Column.Commune), Cell(Column.Team), Cell(Column.Village), Cell(Column.Name),
                    Cell(Column.Role), Cell(Column.Organisation), Phone(Cell(Column.Phone))));
            }
            return (rows, rows.Count == 0 ? "Danh sách không có dòng thành viên nào dưới dòng tiêu đề." : null);
        }
        return ([], NoHeader);
    }

    private static Dictionary<Column, int> Header(IReadOnlyList<string?> cells)
    {
        var found = new Dictionary<Column, int>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(cells[i])) continue;
            var title = VietnameseText.FoldKey(cells[i]!);
            foreach (var (column, titles) in Titles)
                if (!found.ContainsKey(column) && titles.Any(t => title == t || title.StartsWith(t + " ", StringComparison.Ordinal)))
                {
                    found[column] = i;
                    break;
                }
        }
        return found;
    }

    /// <summary>A phone typed as a number loses its leading zero in Excel (912345678): it is put back.</summary>
    private static string? Phone(string? cell) =>
        cell is { Length: 9 } && cell.All(char.IsAsciiDigit) && cell[0] is '3' or '5' or '7' or '8' or '9' ? "0" + cell : cell;

    /// <summary>The kind of a team from its name: "IT Xanh" (any case, diacritics) is a youth squad.</summary>
    public static TeamKind KindOf(string teamName) =>
        VietnameseText.FoldKey(teamName).Contains("it xanh", StringComparison.Ordinal) ? TeamKind.YouthSquad : TeamKind.Community;
}
