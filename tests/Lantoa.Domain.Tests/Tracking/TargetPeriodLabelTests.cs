using Lantoa.Domain.Tracking;

namespace Lantoa.Domain.Tests.Tracking;

public class TargetPeriodLabelTests
{
    [Theory]
    [InlineData(TargetPeriodKind.Week, 2024, 9, 11, "T37")]          // ISO week 37 of 2024: 09/09–15/09
    [InlineData(TargetPeriodKind.Week, 2024, 12, 30, "T1")]          // belongs to week 1 of 2025
    [InlineData(TargetPeriodKind.Month, 2024, 3, 15, "Th3/24")]
    [InlineData(TargetPeriodKind.Quarter, 2024, 8, 1, "Q3/24")]
    public void Column_headings_are_short_and_say_the_period(TargetPeriodKind kind, int y, int m, int d, string expected) =>
        Assert.Equal(expected, TargetPeriod.Containing(kind, new DateOnly(y, m, d)).ShortLabel);
}
