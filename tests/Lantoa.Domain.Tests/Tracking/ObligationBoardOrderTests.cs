using Lantoa.Domain.Text;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Units;
using static Lantoa.Domain.Tests.Tracking.TrackingFixtures;

namespace Lantoa.Domain.Tests.Tracking;

/// <summary>
/// The board takes shortcuts for large provinces: units are put in Vietnamese order once for the whole board, the late
/// units are grouped without sorting every late item, and the items due soon are filtered before they are sorted. On
/// generated provinces (names that tie, differ only in tone or case, units that end mid-year, groups by kind and by
/// parent, weekly, monthly and one-off obligations, submissions on time, late and twice) every list must be exactly what
/// the plain definitions give.
/// </summary>
public sealed class ObligationBoardOrderTests
{
    private static readonly string[] Words = ["An", "Ân", "Ấn", "Bình", "Bính", "Đông", "Dông", "Hòa", "Hoà", "hòa", "Thủy", "Thuỷ", "Tây", "Tâm", "Yên", "Ý"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Every_list_equals_its_plain_definition(int seed)
    {
        var random = new Random(seed);
        var districts = Enumerable.Range(1, 6).Select(i => MakeUnit(i, "UBND huyện " + Name(random), UnitKind.DistrictCommittee)).ToList();
        var units = districts.Concat(Enumerable.Range(10, 70).Select(i => MakeUnit(i, "UBND xã " + Name(random), UnitKind.CommuneCommittee,
            parentId: districts[random.Next(districts.Count)].Id, validTo: random.Next(5) == 0 ? D(30, 6, 2025) : null))).ToList();
        var communes = WithId(new UnitGroup(LongAn, "UBND các xã"), 500);
        communes.RuleKind = UnitKind.CommuneCommittee;
        var ofFirstDistrict = WithId(new UnitGroup(LongAn, "Các xã của huyện thứ nhất"), 501);
        ofFirstDistrict.RuleKind = UnitKind.CommuneCommittee;
        ofFirstDistrict.RuleParentId = districts[0].Id;
        UnitGroup[] groups = [communes, ofFirstDistrict];

        var obligations = new List<Obligation>();
        for (var i = 1; i <= 12; i++)
        {
            var schedule = (i % 3) switch
            {
                0 => ObligationSchedule.Weekly(D(1, 3, 2025), D(30, 9, 2025), DayOfWeek.Friday),
                1 => ObligationSchedule.Monthly(D(1, 1, 2025), D(31, 12, 2025), 1 + random.Next(28)),
                _ => ObligationSchedule.Once(D(1, 1, 2025).AddDays(random.Next(300))),
            };
            var o = WithId(new Obligation(LongAn, 3, $"Báo cáo {Name(random)} {i}", schedule), i);
            o.SetParties(i % 4 == 0
                ? [ObligationParty.ForGroup(ofFirstDistrict.Id), ObligationParty.ForUnit(districts[1].Id)]
                : [ObligationParty.ForGroup(communes.Id), ObligationParty.ForUnit(districts[i % districts.Count].Id)]);
            obligations.Add(o);
        }

        var today = D(20, 7, 2025);
        var sent = new List<ObligationSubmission>();
        foreach (var o in obligations)
            foreach (var due in o.DueDates().Where(d => d < today.AddDays(10)))
                foreach (var u in units.Where(_ => random.Next(3) == 0))
                {
                    sent.Add(o.RecordSubmission(u.Id, due, At(due.AddDays(random.Next(-5, 8))), userId: null));
                    if (random.Next(6) == 0) sent.Add(o.RecordSubmission(u.Id, due, At(due.AddDays(random.Next(-5, 20))), userId: null));
                }

        var board = ObligationBoard.Compute(obligations, units, groups, sent, today);
        var fresh = ObligationBoard.Compute(obligations, units, groups, sent, today);

        Assert.True(board.Late.Count > 50 && board.Pending.Count > 50, $"{board.Late.Count} late, {board.Pending.Count} pending: too few to compare");
        foreach (var occurrence in board.Occurrences)
            Assert.Equal(occurrence.Units.OrderBy(u => u.Unit.Name, VietnameseText.Comparer).ThenBy(u => u.Unit.Id).Select(u => u.Unit.Id),
                occurrence.Units.Select(u => u.Unit.Id));
        foreach (var days in new[] { 0, 3, 14, 60 })
            Assert.Equal(board.Pending.Where(i => i.DueOn <= today.AddDays(days)).Select(Key), fresh.DueWithin(days).Select(Key));
        var plainLateUnits = board.Late.GroupBy(i => i.Unit.Id)
            .Select(g => (g.Key, Count: g.Count(), Max: g.Max(i => i.DaysLate)))
            .OrderByDescending(u => u.Max).ThenByDescending(u => u.Count)
            .ThenBy(u => units.First(x => x.Id == u.Key).Name, VietnameseText.Comparer).ThenBy(u => u.Key);
        Assert.Equal(plainLateUnits, fresh.LateUnits.Select(u => (u.Unit.Id, u.LateCount, u.MaxDaysLate)));
        Assert.Equal(board.Occurrences.Sum(o => o.Units.Count(u => u.State == ObligationState.Late)), fresh.Late.Count);
    }

    private static (int, DateOnly, int) Key(BoardItem i) => (i.Obligation.Id, i.DueOn, i.Unit.Id);

    private static string Name(Random random) => $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}";
}
