using Lantoa.Domain.Events;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Tests.Events;

public class EventRulesTests
{
    private static Event Meeting() => new(80, 1, 2, "Họp mặt Tổ Công nghệ số cộng đồng", "Hội trường UBND tỉnh", new DateOnly(2024, 10, 10), new DateOnly(2024, 10, 10));

    [Fact]
    public void A_session_outside_the_events_days_is_refused_and_one_inside_is_kept()
    {
        var ev = Meeting();
        var e = Assert.Throws<DomainException>(() => ev.NewSession("Phiên chiều", VietnamTime.At(new DateOnly(2024, 10, 11), new TimeOnly(14, 0)),
            VietnamTime.At(new DateOnly(2024, 10, 11), new TimeOnly(16, 0)), "Hội trường", 100, false));
        Assert.Contains("11/10/2024", e.Message);
        var s = ev.NewSession("Phiên sáng", VietnamTime.At(new DateOnly(2024, 10, 10), new TimeOnly(7, 30)),
            VietnamTime.At(new DateOnly(2024, 10, 10), new TimeOnly(11, 0)), "Hội trường", 400, false);
        Assert.Equal(400, s.Capacity);
        Assert.Throws<DomainException>(() => ev.NewSession("Không sức chứa", s.StartsAt, s.EndsAt, null, 0, false));
        Assert.Throws<DomainException>(() => ev.NewSession("Ngược giờ", s.EndsAt, s.StartsAt, null, 10, false));
    }

    [Fact]
    public void Two_sessions_in_one_room_at_once_clash_and_in_two_rooms_do_not()
    {
        var ev = Meeting();
        var day = new DateOnly(2024, 10, 10);
        var a = ev.NewSession("A", VietnamTime.At(day, new TimeOnly(8, 0)), VietnamTime.At(day, new TimeOnly(10, 0)), "Phòng 1", 50, false);
        var b = ev.NewSession("B", VietnamTime.At(day, new TimeOnly(9, 0)), VietnamTime.At(day, new TimeOnly(11, 0)), "phòng 1", 50, false);
        var c = ev.NewSession("C", VietnamTime.At(day, new TimeOnly(9, 0)), VietnamTime.At(day, new TimeOnly(11, 0)), "Phòng 2", 50, false);
        var d = ev.NewSession("D", VietnamTime.At(day, new TimeOnly(10, 0)), VietnamTime.At(day, new TimeOnly(11, 0)), "Phòng 1", 50, false);
        Assert.True(a.Clashes(b));
        Assert.False(a.Clashes(c));
        Assert.False(a.Clashes(d));
    }

    [Fact]
    public void Registration_is_open_only_for_public_sessions_inside_their_window()
    {
        var ev = Meeting();
        var start = VietnamTime.At(new DateOnly(2024, 10, 10), new TimeOnly(8, 0));
        var open = ev.NewSession("Mở", start, start.AddHours(2), null, 10, true, start.AddDays(-10));
        var closed = ev.NewSession("Đóng", start, start.AddHours(2), null, 10, false);
        Assert.True(open.RegistrationOpen(start.AddDays(-1)));
        Assert.False(open.RegistrationOpen(start.AddDays(-11)));
        Assert.False(open.RegistrationOpen(start));
        Assert.Contains("đã hết hạn đăng ký", open.RegistrationRefusal(start.AddMinutes(1)));
        Assert.False(closed.RegistrationOpen(start.AddDays(-1)));
        Assert.NotNull(closed.RegistrationRefusal(start.AddDays(-1)));
    }

    [Fact]
    public void Quotas_are_the_counted_rows_of_the_appendix_and_must_add_up_to_its_total()
    {
        var rows = new List<ParticipantRow>
        {
            new("I", "ĐẠI BIỂU NGOÀI TỈNH", 2, IsGroup: true),
            new("1", "Cục Chuyển đổi số quốc gia", 2),
            new("II", "CÁC CƠ QUAN", 7, IsGroup: true),
            new("1", "Báo Long An", 2, UnitId: 17),
            new("2", "VNPT", 5),
        };
        var lines = QuotaAppendix.Lines(new ParticipantTable("Phụ lục I", "DANH SÁCH", rows, 9));
        Assert.Equal(["Cục Chuyển đổi số quốc gia", "Báo Long An", "VNPT"], lines.Select(l => l.WrittenUnit));
        Assert.Equal(9, lines.Sum(l => l.Count));
        Assert.Equal(17, lines[1].UnitId);
        var e = Assert.Throws<DomainException>(() => QuotaAppendix.Lines(new ParticipantTable("Phụ lục I", null, rows, 10)));
        Assert.Contains("10", e.Message);
        Assert.Contains("9", e.Message);
    }

    [Fact]
    public void A_delegate_over_the_quota_is_refused_with_the_count()
    {
        var quota = new DelegateQuota(1, "2", "Báo Long An", 17, 2);
        quota.EnsureRoomFor(0);
        quota.EnsureRoomFor(1);
        var e = Assert.Throws<DomainException>(() => quota.EnsureRoomFor(2));
        Assert.Contains("2 đại biểu", e.Message);
    }

    [Theory]
    [InlineData("khong-phai-thu")]
    [InlineData("a@b")]
    [InlineData("a b@lantoa.vn")]
    [InlineData("a@@lantoa.vn")]
    public void A_delegate_with_an_email_that_is_not_one_is_refused(string email)
    {
        var e = Assert.Throws<DomainException>(() => new EventDelegate(1, 1, 17, "Nguyễn Văn An", null, null, email));
        Assert.Contains("thư điện tử", e.Message);
        Assert.Equal("an@lantoa.vn", new EventDelegate(1, 1, 17, "Nguyễn Văn An", null, "0912 345 678", "an@lantoa.vn").Email);
    }

    [Fact]
    public void Ticket_codes_are_signed_per_event_and_a_forged_or_foreign_code_fails()
    {
        var key = new byte[32];
        key[0] = 7;
        var other = new byte[32];
        var code = TicketCode.Issue(42, key);
        Assert.Matches("^SK42-[0-9A-Z]{12}-[0-9A-Z]{10}$", code);
        Assert.True(TicketCode.IsValid(code, 42, key));
        Assert.True(TicketCode.IsValid(" " + code.ToLowerInvariant() + " ", 42, key));
        Assert.Equal(42, TicketCode.EventOf(code));
        Assert.False(TicketCode.IsValid(code, 43, key));
        Assert.False(TicketCode.IsValid(code, 42, other));
        var tampered = code[..^1] + (code[^1] == '0' ? '1' : '0');
        Assert.False(TicketCode.IsValid(tampered, 42, key));
        Assert.False(TicketCode.IsValid("'; DROP TABLE tickets; --", 42, key));
        Assert.NotEqual(code, TicketCode.Issue(42, key));
    }

    [Fact]
    public void A_scan_is_accepted_once_then_duplicate_and_a_ticket_of_another_session_is_wrong_session()
    {
        var ev = Meeting();
        var ticket = new Ticket(ev, 5, "Nguyễn Văn An", 9, null);
        var delegateTicket = new Ticket(ev, null, "Trần Thị Bình", null, 3);
        Assert.Equal(ScanResult.Accepted, ScanRules.Classify(ticket, 5, alreadyIn: false));
        Assert.Equal(ScanResult.Duplicate, ScanRules.Classify(ticket, 5, alreadyIn: true));
        Assert.Equal(ScanResult.WrongSession, ScanRules.Classify(ticket, 6, alreadyIn: false));
        Assert.Equal(ScanResult.Accepted, ScanRules.Classify(delegateTicket, 6, alreadyIn: false));
        Assert.Equal(ScanResult.Unknown, ScanRules.Classify(null, 5, alreadyIn: false));
        Assert.Equal("wrong-session", ScanRules.ApiName(ScanResult.WrongSession));
    }
}
