using Lantoa.Domain.Citizens;

namespace Lantoa.Domain.Teams;

/// <summary>One row of a roster file as read (row number as the spreadsheet shows it).</summary>
public sealed record RosterRow(int Row, string? CommuneCode, string? TeamName, string? Village, string? FullName, string? Role, string? Organisation, string? Phone);

/// <summary>A checked row, ready to be written.</summary>
public sealed record RosterEntry(int Row, string CommuneCode, string TeamName, string? Village, string FullName, MemberRole Role, string? Organisation, string Phone);

public sealed record RosterProblem(int Row, string Message);

public sealed record RosterCheck(IReadOnlyList<RosterEntry> Entries, IReadOnlyList<RosterProblem> Problems)
{
    /// <summary>Lantoa's choice: a roster with any bad row imports nothing; the user fixes the rows and sends the file again.</summary>
    public bool CanImport => Problems.Count == 0 && Entries.Count > 0;
}

/// <summary>
/// The rules of a roster import: every row names a commune valid on the import's day (communes merged away in 2025 are
/// refused with their date), a member's name, a known role and a Vietnamese mobile number used once — in the file and
/// among the province's members already on a roster. Every problem is reported by row; nothing is imported while any
/// remains (all or nothing).
/// </summary>
public static class RosterRules
{
    public static RosterCheck Check(IEnumerable<RosterRow> rows, IReadOnlyDictionary<string, (bool Valid, string Name)> communes,
        IReadOnlySet<string> existingPhones, DateOnly day)
    {
        var entries = new List<RosterEntry>();
        var problems = new List<RosterProblem>();
        var seen = new Dictionary<string, int>();
        foreach (var r in rows)
        {
            var messages = new List<string>();
            var code = r.CommuneCode?.Trim() ?? "";
            if (code.Length == 0) messages.Add("thiếu mã xã");
            else if (!communes.TryGetValue(code, out var c)) messages.Add($"không có xã mã \"{code}\" trong tỉnh");
            else if (!c.Valid) messages.Add($"xã {c.Name} (mã {code}) không còn tồn tại vào ngày {day:dd/MM/yyyy}");
            if (string.IsNullOrWhiteSpace(r.FullName)) messages.Add("thiếu họ tên");
            if (string.IsNullOrWhiteSpace(r.TeamName)) messages.Add("thiếu tên tổ");
            var role = TeamNames.ParseRole(r.Role);
            if (role is null) messages.Add($"vai trò \"{r.Role}\" không hợp lệ (tổ trưởng, tổ phó hoặc thành viên)");
            var phone = PhoneNumber.Normalize(r.Phone);
            if (phone is null) messages.Add($"số điện thoại \"{r.Phone}\" không hợp lệ");
            else if (seen.TryGetValue(phone, out var first)) messages.Add($"số điện thoại {phone} trùng với dòng {first}");
            else if (existingPhones.Contains(phone)) messages.Add($"số điện thoại {phone} đã có trong danh sách thành viên của tỉnh");
            if (phone is not null) seen.TryAdd(phone, r.Row);
            if (messages.Count > 0)
            {
                problems.Add(new RosterProblem(r.Row, $"Dòng {r.Row}: " + string.Join("; ", messages) + "."));
                continue;
            }
            entries.Add(new RosterEntry(r.Row, code, r.TeamName!.Trim(), string.IsNullOrWhiteSpace(r.Village) ? null : r.Village.Trim(),
                r.FullName!.Trim(), role!.Value, string.IsNullOrWhiteSpace(r.Organisation) ? null : r.Organisation.Trim(), phone!));
        }
        return new RosterCheck(entries, problems);
    }
}
