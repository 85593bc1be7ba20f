using Lantoa.Domain.Dates;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Publishing;

namespace Lantoa.Domain.Tests.Publishing;

public class PlanPublicationTests
{
    private static readonly DateTimeOffset Now = new(2024, 9, 20, 8, 0, 0, TimeSpan.FromHours(7));

    private static Plan NewPlan(bool issued)
    {
        var plan = new Plan(1, "Kế hoạch tổ chức Ngày Chuyển đổi số tỉnh Long An năm 2024", PlanKind.DxDay, 2024, Now).WithId(7);
        plan.Theme = "Khai thác dữ liệu số để tạo ra giá trị";
        plan.Slogan = "Chuyển đổi số toàn dân, toàn diện";
        plan.AddActivity("1", "Hội nghị hưởng ứng", ActivityKind.Conference).WithId(70);
        plan.AddActivity("2", "Cuộc thi trực tuyến", ActivityKind.QuizContest).WithId(71);
        if (issued) plan.Issue("218/KH-UBND", new PartialDate(2024, 9, 13));
        return plan;
    }

    [Fact]
    public void A_new_publication_takes_the_plans_theme_and_slogan_and_is_not_public()
    {
        var publication = new PlanPublication(NewPlan(issued: true));
        Assert.Equal("Khai thác dữ liệu số để tạo ra giá trị", publication.Theme);
        Assert.Equal("Chuyển đổi số toàn dân, toàn diện", publication.Slogan);
        Assert.False(publication.IsPublished);
        Assert.Empty(publication.Activities);
    }

    [Fact]
    public void A_draft_cannot_be_published()
    {
        var plan = NewPlan(issued: false);
        var publication = new PlanPublication(plan);
        var e = Assert.Throws<DomainException>(() => publication.Publish(plan, Now));
        Assert.Contains("dự thảo", e.Message);
        Assert.False(publication.IsPublished);
    }

    [Fact]
    public void An_issued_plan_is_published_with_the_chosen_activities_only_and_can_be_unpublished()
    {
        var plan = NewPlan(issued: true);
        var publication = new PlanPublication(plan);
        publication.ChooseActivities(plan, [71, 71]);
        publication.Publish(plan, Now);
        Assert.True(publication.IsPublished);
        Assert.Equal(Now, publication.PublishedAt);
        Assert.True(publication.Shows(71));
        Assert.False(publication.Shows(70));
        Assert.Single(publication.Activities);

        publication.ChooseActivities(plan, [70]);
        Assert.True(publication.Shows(70));
        Assert.False(publication.Shows(71));
        publication.Unpublish();
        Assert.False(publication.IsPublished);
        Assert.True(publication.Shows(70)); // the choices wait for the next publication
    }

    [Fact]
    public void Activities_of_another_plan_and_over_long_texts_are_refused()
    {
        var plan = NewPlan(issued: true);
        var publication = new PlanPublication(plan);
        Assert.Throws<DomainException>(() => publication.ChooseActivities(plan, [70, 999]));
        Assert.Empty(publication.Activities);
        var e = Assert.Throws<DomainException>(() => publication.SetTexts(new string('a', 501), null, null));
        Assert.Contains("Chủ đề", e.Message);
        publication.SetTexts("  Chủ đề mới  ", " ", null);
        Assert.Equal("Chủ đề mới", publication.Theme);
        Assert.Null(publication.Slogan);
    }
}
