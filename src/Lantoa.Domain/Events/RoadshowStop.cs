namespace Lantoa.Domain.Events;

/// <summary>
/// A stop of a roadshow ("chuyển đổi số lưu động theo cụm"): one cluster (cụm) of units, its host unit, the units that
/// take part, its days within the event's and its venue. Each participating unit owes its delegates and its report for
/// its stop, and sees the stop in "Việc của đơn vị". A unit belongs to one stop of a roadshow at most.
/// </summary>
public sealed class RoadshowStop
{
    private readonly List<RoadshowParticipant> _participants = [];

    private RoadshowStop() { }

    public RoadshowStop(Event ev, string cluster, int hostUnitId, DateOnly startsOn, DateOnly endsOn, string? venue, IReadOnlyCollection<int> participantUnitIds)
    {
        cluster = cluster?.Trim() ?? "";
        if (cluster.Length == 0) throw new DomainException("Hãy ghi tên cụm.");
        if (endsOn < startsOn) throw new DomainException($"{cluster}: ngày kết thúc không được trước ngày bắt đầu.");
        if (startsOn < ev.StartsOn || endsOn > ev.EndsOn)
            throw new DomainException($"{cluster} ({startsOn:dd/MM/yyyy} – {endsOn:dd/MM/yyyy}) nằm ngoài thời gian của sự kiện ({ev.StartsOn:dd/MM/yyyy} – {ev.EndsOn:dd/MM/yyyy}).");
        if (participantUnitIds.Count == 0) throw new DomainException($"{cluster} phải có ít nhất một đơn vị tham gia.");
        if (participantUnitIds.Contains(hostUnitId)) throw new DomainException($"{cluster}: đơn vị chủ trì không ghi thêm vào danh sách đơn vị tham gia.");
        if (participantUnitIds.Distinct().Count() != participantUnitIds.Count) throw new DomainException($"{cluster}: một đơn vị được ghi hai lần.");
        EventId = ev.Id;
        Cluster = cluster;
        HostUnitId = hostUnitId;
        StartsOn = startsOn;
        EndsOn = endsOn;
        Venue = string.IsNullOrWhiteSpace(venue) ? null : venue.Trim();
        foreach (var unit in participantUnitIds) _participants.Add(new RoadshowParticipant(unit));
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public string Cluster { get; private set; } = "";
    public int HostUnitId { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public string? Venue { get; private set; }
    public IReadOnlyList<RoadshowParticipant> Participants => _participants;

    /// <summary>Every unit of the stop: the host first.</summary>
    public IEnumerable<int> Units => _participants.Select(p => p.UnitId).Prepend(HostUnitId);

    /// <summary>Refuses a stop that names a unit another stop of the roadshow already has, or a cluster name used twice.</summary>
    public void EnsureApartFrom(IEnumerable<RoadshowStop> others, Func<int, string> unitName)
    {
        foreach (var other in others)
        {
            if (string.Equals(other.Cluster, Cluster, StringComparison.OrdinalIgnoreCase))
                throw new DomainException($"Sự kiện đã có \"{other.Cluster}\".");
            var shared = Units.Intersect(other.Units).FirstOrDefault(-1);
            if (shared != -1) throw new DomainException($"{unitName(shared)} đã thuộc {other.Cluster}; mỗi đơn vị chỉ thuộc một cụm.");
        }
    }
}

/// <summary>A unit that takes part in a roadshow stop (not its host).</summary>
public sealed class RoadshowParticipant
{
    private RoadshowParticipant() { }

    internal RoadshowParticipant(int unitId) => UnitId = unitId;

    public int Id { get; private set; }
    public int StopId { get; private set; }
    public int UnitId { get; private set; }
}
