using Lantoa.Domain.Events;

namespace Lantoa.Domain.Tests.Events;

public class RoadshowStopTests
{
    private static readonly Event Roadshow = new(1, null, null, "Chuyển đổi số lưu động", null, new DateOnly(2024, 10, 1), new DateOnly(2024, 10, 10));

    [Fact]
    public void A_stop_has_a_host_and_its_participants_within_the_events_days()
    {
        var stop = new RoadshowStop(Roadshow, " Cụm 1 ", 10, new DateOnly(2024, 10, 1), new DateOnly(2024, 10, 2), "Hội trường UBND huyện Bến Lức", [11, 12, 13, 14, 15]);
        Assert.Equal("Cụm 1", stop.Cluster);
        Assert.Equal([10, 11, 12, 13, 14, 15], stop.Units);
    }

    [Theory]
    [InlineData(10, "2024-10-09", "2024-10-11", "nằm ngoài thời gian của sự kiện")]
    [InlineData(10, "2024-10-03", "2024-10-02", "ngày kết thúc không được trước ngày bắt đầu")]
    [InlineData(11, "2024-10-01", "2024-10-02", "đơn vị chủ trì không ghi thêm")]
    public void A_stop_with_bad_days_or_its_host_among_the_participants_is_refused(int host, string from, string to, string why)
    {
        var e = Assert.Throws<DomainException>(() => new RoadshowStop(Roadshow, "Cụm 1", host, DateOnly.Parse(from), DateOnly.Parse(to), null, [11, 12]));
        Assert.Contains(why, e.Message);
    }

    [Fact]
    public void A_unit_belongs_to_one_cluster_and_a_cluster_name_to_one_stop()
    {
        var first = new RoadshowStop(Roadshow, "Cụm 1", 10, new DateOnly(2024, 10, 1), new DateOnly(2024, 10, 2), null, [11, 12]);
        var overlapping = new RoadshowStop(Roadshow, "Cụm 2", 20, new DateOnly(2024, 10, 3), new DateOnly(2024, 10, 4), null, [21, 12]);
        var e = Assert.Throws<DomainException>(() => overlapping.EnsureApartFrom([first], id => $"Đơn vị {id}"));
        Assert.Equal("Đơn vị 12 đã thuộc Cụm 1; mỗi đơn vị chỉ thuộc một cụm.", e.Message);
        var sameName = new RoadshowStop(Roadshow, "cụm 1", 30, new DateOnly(2024, 10, 3), new DateOnly(2024, 10, 4), null, [31]);
        Assert.Contains("đã có \"Cụm 1\"", Assert.Throws<DomainException>(() => sameName.EnsureApartFrom([first], id => "")).Message);
        new RoadshowStop(Roadshow, "Cụm 2", 20, new DateOnly(2024, 10, 3), new DateOnly(2024, 10, 4), null, [21, 22]).EnsureApartFrom([first], id => "");
    }
}
