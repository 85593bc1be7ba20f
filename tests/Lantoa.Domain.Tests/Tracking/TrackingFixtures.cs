using Lantoa.Domain.Tracking;
using Lantoa.Domain.Units;
using Lantoa.Domain.Tests;

namespace Lantoa.Domain.Tests.Tracking;

/// <summary>Builders shared by the tracking tests (ids "as if saved" through <see cref="TestEntities.WithId"/>).</summary>
internal static class TrackingFixtures
{
    public const int LongAn = 1;

    public static T WithId<T>(T entity, int id) where T : class => entity.WithId(id);

    public static Unit MakeUnit(int id, string name, UnitKind kind, int? parentId = null, DateOnly? validFrom = null, DateOnly? validTo = null)
    {
        var unit = WithId(new Unit(LongAn, name, kind) { ParentId = parentId }, id);
        unit.SetValidity(validFrom, validTo);
        return unit;
    }

    /// <summary>An instant on <paramref name="day"/> at <paramref name="hour"/>:00 Vietnamese time.</summary>
    public static DateTimeOffset At(DateOnly day, int hour = 9) =>
        new(day.ToDateTime(new TimeOnly(hour, 0)), TrackingCalendar.VietnamOffset);

    public static DateOnly D(int day, int month, int year) => new(year, month, day);
}
