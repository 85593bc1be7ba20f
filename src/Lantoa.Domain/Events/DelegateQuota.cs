using System.Net.Mail;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Events;

/// <summary>How many delegates one unit (or one written line of the appendix: "VNPT", "Đại diện Tổ Công nghệ số cộng
/// đồng 188 xã") sends to an event. <see cref="UnitId"/> when the line names a unit of the province.</summary>
public sealed class DelegateQuota
{
    private DelegateQuota() { }

    public DelegateQuota(int eventId, string? label, string writtenUnit, int? unitId, int count)
    {
        if (string.IsNullOrWhiteSpace(writtenUnit)) throw new DomainException("Chỉ tiêu phải ghi đơn vị.");
        if (count < 0) throw new DomainException($"Chỉ tiêu của \"{writtenUnit}\" không được âm.");
        EventId = eventId;
        Label = label;
        WrittenUnit = writtenUnit.Trim();
        UnitId = unitId;
        Count = count;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public string? Label { get; private set; }
    public string WrittenUnit { get; private set; } = "";
    public int? UnitId { get; private set; }
    public int Count { get; private set; }

    /// <summary>Refuses a delegate beyond the quota, with the count.</summary>
    public void EnsureRoomFor(int alreadyNamed)
    {
        if (alreadyNamed >= Count)
            throw new DomainException($"Đã đủ chỉ tiêu: {WrittenUnit} được cử {Count} đại biểu và đã cử {alreadyNamed}; không thể cử thêm.");
    }
}

/// <summary>The quotas an appendix of participants gives ("Phụ lục I — DANH SÁCH THÀNH PHẦN THAM DỰ", "TỔNG CỘNG: 400").</summary>
public static class QuotaAppendix
{
    public sealed record Line(string? Label, string WrittenUnit, int? UnitId, int Count);

    /// <summary>The counted (non-group) rows, in the appendix's order; refuses a table whose rows do not add up to its stated total.</summary>
    public static IReadOnlyList<Line> Lines(ParticipantTable table)
    {
        var lines = table.Rows.Where(r => !r.IsGroup && r.Count is > 0)
            .Select(r => new Line(r.Label, r.WrittenUnit, r.UnitId, r.Count!.Value)).ToList();
        if (lines.Count == 0) throw new DomainException("Phụ lục thành phần tham dự không có dòng nào ghi số đại biểu.");
        var sum = lines.Sum(l => l.Count);
        if (table.StatedTotal is { } total && total != sum)
            throw new DomainException($"Phụ lục ghi tổng cộng {total} đại biểu nhưng các dòng cộng lại {sum}; hãy sửa phụ lục trước khi lập chỉ tiêu.");
        return lines;
    }
}

/// <summary>A delegate a unit names within its quota: name, title, phone, e-mail; the ticket carries the QR code.</summary>
public sealed class EventDelegate
{
    private EventDelegate() { }

    public EventDelegate(int eventId, int quotaId, int? unitId, string fullName, string? position, string? phone, string? email)
    {
        fullName = fullName?.Trim() ?? "";
        if (fullName.Length == 0) throw new DomainException("Hãy ghi họ và tên đại biểu.");
        email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (email is not null && !IsEmail(email)) throw new DomainException($"\"{email}\" không phải là địa chỉ thư điện tử.");
        phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        if (phone is not null && !phone.All(c => char.IsDigit(c) || c is ' ' or '.' or '+' or '-'))
            throw new DomainException($"\"{phone}\" không phải là số điện thoại.");
        EventId = eventId;
        QuotaId = quotaId;
        UnitId = unitId;
        FullName = fullName;
        Position = string.IsNullOrWhiteSpace(position) ? null : position.Trim();
        Phone = phone;
        Email = email;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int QuotaId { get; private set; }
    public int? UnitId { get; private set; }
    public string FullName { get; private set; } = "";
    public string? Position { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }

    private static bool IsEmail(string s) =>
        s.Count(c => c == '@') == 1 && !s.Contains(' ') && MailAddress.TryCreate(s, out var a) && a.Address == s && a.Host.Contains('.');
}
