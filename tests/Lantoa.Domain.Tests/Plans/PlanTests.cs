using Lantoa.Domain.Dates;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Tests.Plans;

public class PlanTests
{
    private static readonly DateTimeOffset Now = new(2024, 9, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private static Plan NewPlan(int year = 2024) =>
        new(1, "Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số tỉnh Long An năm 2024", PlanKind.DxDay, year, Now);

    private static Plan PlanIn(PlanStatus status)
    {
        var plan = NewPlan();
        plan.NumberSymbol = "218/KH-UBND";
        plan.IssuedOn = new PartialDate(2024, 9, 13);
        var path = new[] { PlanStatus.Issued, PlanStatus.InProgress, PlanStatus.Closed };
        foreach (var step in path.TakeWhile(s => s <= status)) plan.ChangeStatus(step);
        Assert.Equal(status, plan.Status);
        return plan;
    }

    // ---- construction, title, year ----

    [Fact]
    public void New_plan_is_an_editable_draft_with_its_header()
    {
        var plan = new Plan(7, "  Kế hoạch Tuần lễ Chuyển đổi số  ", PlanKind.DxWeek, 2025, Now);

        Assert.Equal(7, plan.ProvinceId);
        Assert.Equal("Kế hoạch Tuần lễ Chuyển đổi số", plan.Title);
        Assert.Equal(PlanKind.DxWeek, plan.Kind);
        Assert.Equal(2025, plan.Year);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.False(plan.IsReadOnly);
        Assert.Equal(Now, plan.CreatedAt);
        Assert.Equal(Now, plan.UpdatedAt);
        Assert.Empty(plan.Activities);
        Assert.Empty(plan.Recipients);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Blank_title_is_refused(string title)
    {
        var ex = Assert.Throws<DomainException>(() => new Plan(1, title, PlanKind.Other, 2024, Now));
        Assert.Equal("Trích yếu kế hoạch không được để trống.", ex.Message);

        var plan = NewPlan();
        Assert.Throws<DomainException>(() => plan.SetTitle(title));
        Assert.StartsWith("Kế hoạch tổ chức", plan.Title);
    }

    [Fact]
    public void Title_is_trimmed_and_normalised_to_NFC()
    {
        var plan = NewPlan();
        var decomposed = "Kế hoạch chuyển đổi số".Normalize(System.Text.NormalizationForm.FormD);

        plan.SetTitle("  " + decomposed + " ");

        Assert.Equal("Kế hoạch chuyển đổi số", plan.Title);
        Assert.True(plan.Title.IsNormalized());
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    [InlineData(0)]
    [InlineData(-2024)]
    [InlineData(24)]
    public void Year_outside_2000_to_2100_is_refused(int year)
    {
        var ex = Assert.Throws<DomainException>(() => new Plan(1, "Kế hoạch", PlanKind.Other, year, Now));
        Assert.Equal("Năm kế hoạch không hợp lệ.", ex.Message);

        var plan = NewPlan();
        Assert.Throws<DomainException>(() => plan.SetYear(year));
        Assert.Equal(2024, plan.Year);
    }

    [Theory]
    [InlineData(2000)]
    [InlineData(2100)]
    [InlineData(2026)]
    public void Year_bounds_are_inclusive(int year)
    {
        var plan = NewPlan();
        plan.SetYear(year);
        Assert.Equal(year, plan.Year);
    }

    [Fact]
    public void Touch_moves_only_UpdatedAt()
    {
        var plan = NewPlan();
        var later = Now.AddHours(3);

        plan.Touch(later);

        Assert.Equal(Now, plan.CreatedAt);
        Assert.Equal(later, plan.UpdatedAt);
    }

    // ---- status ----

    [Fact]
    public void Issuing_sets_the_number_and_day_and_makes_the_plan_issued()
    {
        var plan = NewPlan();
        plan.NumberSymbol = "/KH-UBND";
        Assert.False(plan.IsIssued);

        plan.Issue(" 218/KH-UBND ", new PartialDate(2024, 9, 13));

        Assert.Equal(PlanStatus.Issued, plan.Status);
        Assert.True(plan.IsIssued);
        Assert.Equal("218/KH-UBND", plan.NumberSymbol);
        Assert.Equal(new PartialDate(2024, 9, 13), plan.IssuedOn);
        Assert.Contains("218/kh-ubnd", plan.SearchKey);
    }

    [Theory]
    [InlineData(null, "13/09/2024", "Nhập số, ký hiệu của kế hoạch khi ban hành (ví dụ 140/KH-UBND).")]
    [InlineData("/KH-UBND", "13/09/2024", "Số, ký hiệu \"/KH-UBND\" chưa có số văn bản; khi ban hành phải ghi đủ, ví dụ 140/KH-UBND.")]
    [InlineData("218/KH-UBND", null, "Nhập ngày ban hành đủ ngày, tháng, năm (dd/MM/yyyy).")]
    [InlineData("218/KH-UBND", "09/2024", "Nhập ngày ban hành đủ ngày, tháng, năm (dd/MM/yyyy).")]
    public void A_draft_is_not_issued_without_a_number_and_a_full_day(string? number, string? day, string message)
    {
        var plan = NewPlan();
        PartialDate? date = day is null ? null : PartialDate.TryParse(day, out var d) ? d : throw new FormatException(day);

        var ex = Assert.Throws<DomainException>(() => plan.Issue(number, date));

        Assert.Equal(message, ex.Message);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Throws<DomainException>(() => plan.ChangeStatus(PlanStatus.Issued));
    }

    [Fact]
    public void Only_a_draft_is_issued_and_only_an_issued_plan_is_withdrawn()
    {
        var issued = PlanIn(PlanStatus.Issued);
        Assert.Throws<DomainException>(() => issued.Issue("219/KH-UBND", new PartialDate(2024, 9, 14)));

        issued.Withdraw();
        Assert.Equal(PlanStatus.Draft, issued.Status);
        Assert.False(issued.IsIssued);
        Assert.Throws<DomainException>(() => issued.Withdraw());

        var started = PlanIn(PlanStatus.InProgress);
        var ex = Assert.Throws<DomainException>(() => started.Withdraw());
        Assert.Equal("Chỉ thu hồi được kế hoạch đã ban hành và chưa thực hiện (kế hoạch này: \"Đang thực hiện\").", ex.Message);
    }

    [Fact]
    public void Status_walks_draft_issued_in_progress_closed()
    {
        var plan = PlanIn(PlanStatus.Draft);

        plan.ChangeStatus(PlanStatus.Issued);
        Assert.Equal(PlanStatus.Issued, plan.Status);
        plan.ChangeStatus(PlanStatus.InProgress);
        Assert.Equal(PlanStatus.InProgress, plan.Status);
        plan.ChangeStatus(PlanStatus.Closed);
        Assert.Equal(PlanStatus.Closed, plan.Status);
        Assert.True(plan.IsReadOnly);
    }

    [Fact]
    public void Issued_plan_can_be_withdrawn_to_draft_and_issued_again()
    {
        var plan = PlanIn(PlanStatus.Issued);

        plan.ChangeStatus(PlanStatus.Draft);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.False(plan.IsReadOnly);

        plan.ChangeStatus(PlanStatus.Issued);
        Assert.Equal(PlanStatus.Issued, plan.Status);
    }

    public static TheoryData<PlanStatus, PlanStatus> ForbiddenSteps()
    {
        var allowed = new HashSet<(PlanStatus, PlanStatus)>
        {
            (PlanStatus.Draft, PlanStatus.Issued),
            (PlanStatus.Issued, PlanStatus.InProgress),
            (PlanStatus.Issued, PlanStatus.Draft),
            (PlanStatus.InProgress, PlanStatus.Closed),
        };
        var data = new TheoryData<PlanStatus, PlanStatus>();
        foreach (var from in Enum.GetValues<PlanStatus>())
            foreach (var to in Enum.GetValues<PlanStatus>())
                if (!allowed.Contains((from, to)))
                    data.Add(from, to);
        return data;
    }

    [Theory]
    [MemberData(nameof(ForbiddenSteps))]
    public void Every_other_step_is_refused_with_a_Vietnamese_message(PlanStatus from, PlanStatus to)
    {
        var plan = PlanIn(from);

        var ex = Assert.Throws<DomainException>(() => plan.ChangeStatus(to));

        Assert.Equal($"Không thể chuyển kế hoạch từ \"{from.Vietnamese()}\" sang \"{to.Vietnamese()}\".", ex.Message);
        Assert.Equal(from, plan.Status);
    }

    [Fact]
    public void Forbidden_step_message_names_both_statuses_in_Vietnamese()
    {
        var plan = NewPlan();

        var ex = Assert.Throws<DomainException>(() => plan.ChangeStatus(PlanStatus.Closed));

        Assert.Equal("Không thể chuyển kế hoạch từ \"Dự thảo\" sang \"Đã kết thúc\".", ex.Message);
    }

    [Theory]
    [InlineData(PlanStatus.Draft, new[] { PlanStatus.Issued })]
    [InlineData(PlanStatus.Issued, new[] { PlanStatus.InProgress, PlanStatus.Draft })]
    [InlineData(PlanStatus.InProgress, new[] { PlanStatus.Closed })]
    [InlineData(PlanStatus.Closed, new PlanStatus[0])]
    public void NextStatuses_lists_exactly_the_allowed_steps(PlanStatus from, PlanStatus[] next)
    {
        var plan = PlanIn(from);

        Assert.Equal(next, plan.NextStatuses());
        foreach (var step in next)
        {
            var copy = PlanIn(from);
            copy.ChangeStatus(step);
            Assert.Equal(step, copy.Status);
        }
    }

    [Theory]
    [InlineData(PlanStatus.Draft)]
    [InlineData(PlanStatus.Issued)]
    [InlineData(PlanStatus.InProgress)]
    public void Plans_before_closing_are_editable(PlanStatus status)
    {
        var plan = PlanIn(status);

        plan.EnsureEditable();
        var activity = plan.AddActivity("1", "Hội nghị", ActivityKind.Conference);

        Assert.False(plan.IsReadOnly);
        Assert.Contains(activity, plan.Activities);
    }

    // ---- closed plan is read-only ----

    [Fact]
    public void Closed_plan_refuses_AddActivity()
    {
        var plan = PlanIn(PlanStatus.Closed);

        var ex = Assert.Throws<DomainException>(() => plan.AddActivity("1", "Hội nghị", ActivityKind.Conference));

        Assert.Equal("Kế hoạch đã kết thúc, không thể sửa.", ex.Message);
        Assert.Empty(plan.Activities);
    }

    [Fact]
    public void Closed_plan_refuses_RemoveActivity_and_Reparent()
    {
        var plan = PlanIn(PlanStatus.InProgress);
        var first = plan.AddActivity("1", "Tuyên truyền", ActivityKind.Communications);
        var second = plan.AddActivity("2", "Hội thi", ActivityKind.QuizContest);
        plan.ChangeStatus(PlanStatus.Closed);

        var remove = Assert.Throws<DomainException>(() => plan.RemoveActivity(first));
        var reparent = Assert.Throws<DomainException>(() => plan.Reparent(second, first));
        var ensure = Assert.Throws<DomainException>(plan.EnsureEditable);

        Assert.Equal("Kế hoạch đã kết thúc, không thể sửa.", remove.Message);
        Assert.Equal("Kế hoạch đã kết thúc, không thể sửa.", reparent.Message);
        Assert.Equal("Kế hoạch đã kết thúc, không thể sửa.", ensure.Message);
        Assert.Equal([first, second], plan.Activities);
        Assert.Null(second.Parent);
    }

    // ---- activities ----

    [Fact]
    public void AddActivity_sets_plan_parent_and_increasing_sort_order()
    {
        var plan = NewPlan();

        var a = plan.AddActivity("1.", "Tuyên truyền", ActivityKind.Communications);
        var b = plan.AddActivity("1.1", "Trên báo", ActivityKind.Communications, a);
        var c = plan.AddActivity("2", "Hội nghị", ActivityKind.Conference);

        Assert.Same(plan, a.Plan);
        Assert.Same(plan, b.Plan);
        Assert.Null(a.Parent);
        Assert.Same(a, b.Parent);
        Assert.True(a.SortOrder < b.SortOrder);
        Assert.True(b.SortOrder < c.SortOrder);
        Assert.Equal([a, b, c], plan.Activities);
    }

    [Fact]
    public void AddActivity_with_a_parent_from_another_plan_is_refused()
    {
        var plan = NewPlan();
        var other = NewPlan();
        var foreign = other.AddActivity("1", "Hoạt động của kế hoạch khác", ActivityKind.Other);

        var ex = Assert.Throws<DomainException>(() => plan.AddActivity("1.1", "Con", ActivityKind.Other, foreign));

        Assert.Equal("Hoạt động cha không thuộc kế hoạch này.", ex.Message);
        Assert.Empty(plan.Activities);
        Assert.Single(other.Activities);
    }

    [Fact]
    public void AddActivity_with_a_removed_parent_is_refused()
    {
        var plan = NewPlan();
        var parent = plan.AddActivity("1", "Cha", ActivityKind.Other);
        plan.RemoveActivity(parent);

        Assert.Throws<DomainException>(() => plan.AddActivity("1.1", "Con", ActivityKind.Other, parent));
        Assert.Empty(plan.Activities);
    }

    [Fact]
    public void Sort_order_continues_after_the_highest_even_after_removals()
    {
        var plan = NewPlan();
        var a = plan.AddActivity("1", "A", ActivityKind.Other);
        var b = plan.AddActivity("2", "B", ActivityKind.Other);
        plan.RemoveActivity(a);

        var c = plan.AddActivity("3", "C", ActivityKind.Other);

        Assert.True(c.SortOrder > b.SortOrder);
        Assert.Equal([b, c], plan.ActivitiesInOrder());
    }

    [Fact]
    public void ActivitiesInOrder_puts_parents_before_children_and_siblings_by_sort_order()
    {
        var plan = NewPlan();
        var one = plan.AddActivity("1", "Một", ActivityKind.Other);
        var two = plan.AddActivity("2", "Hai", ActivityKind.Other);
        var twoOne = plan.AddActivity("2.1", "Hai một", ActivityKind.Other, two);
        var oneOne = plan.AddActivity("1.1", "Một một", ActivityKind.Other, one);
        var twoTwo = plan.AddActivity("2.2", "Hai hai", ActivityKind.Other, two);
        var oneOneA = plan.AddActivity("a", "Một một a", ActivityKind.Other, oneOne);
        var three = plan.AddActivity("3", "Ba", ActivityKind.Other);

        // Reorder siblings: 2.2 before 2.1, and 3 before 1.
        twoTwo.SortOrder = 0;
        three.SortOrder = -1;

        Assert.Equal([three, one, oneOne, oneOneA, two, twoTwo, twoOne], plan.ActivitiesInOrder());
        Assert.Equal(plan.Activities.Count, plan.ActivitiesInOrder().Count);
    }

    [Fact]
    public void ActivitiesInOrder_of_an_empty_plan_is_empty() => Assert.Empty(NewPlan().ActivitiesInOrder());

    [Fact]
    public void RemoveActivity_removes_all_descendants_and_nothing_else()
    {
        var plan = NewPlan();
        var one = plan.AddActivity("1", "Một", ActivityKind.Other);
        var oneOne = plan.AddActivity("1.1", "Một một", ActivityKind.Other, one);
        var oneOneA = plan.AddActivity("a", "Một một a", ActivityKind.Other, oneOne);
        var oneTwo = plan.AddActivity("1.2", "Một hai", ActivityKind.Other, one);
        var two = plan.AddActivity("2", "Hai", ActivityKind.Other);
        var twoOne = plan.AddActivity("2.1", "Hai một", ActivityKind.Other, two);

        plan.RemoveActivity(one);

        Assert.Equal([two, twoOne], plan.Activities);
        Assert.DoesNotContain(oneOne, plan.Activities);
        Assert.DoesNotContain(oneOneA, plan.Activities);
        Assert.DoesNotContain(oneTwo, plan.Activities);
        Assert.Equal([two, twoOne], plan.ActivitiesInOrder());
    }

    [Fact]
    public void RemoveActivity_of_a_leaf_keeps_its_parent_and_siblings()
    {
        var plan = NewPlan();
        var one = plan.AddActivity("1", "Một", ActivityKind.Other);
        var a = plan.AddActivity("a", "A", ActivityKind.Other, one);
        var b = plan.AddActivity("b", "B", ActivityKind.Other, one);

        plan.RemoveActivity(a);

        Assert.Equal([one, b], plan.ActivitiesInOrder());
    }

    [Fact]
    public void Reparent_moves_an_activity_with_its_subtree()
    {
        var plan = NewPlan();
        var one = plan.AddActivity("1", "Một", ActivityKind.Other);
        var two = plan.AddActivity("2", "Hai", ActivityKind.Other);
        var twoOne = plan.AddActivity("2.1", "Hai một", ActivityKind.Other, two);

        plan.Reparent(two, one);

        Assert.Same(one, two.Parent);
        Assert.Same(two, twoOne.Parent);
        Assert.Equal(2, twoOne.Depth);
        Assert.Equal([one, two, twoOne], plan.ActivitiesInOrder());

        plan.Reparent(two, null);

        Assert.Null(two.Parent);
        Assert.Equal(0, two.Depth);
        Assert.Equal([one, two, twoOne], plan.ActivitiesInOrder());
    }

    [Fact]
    public void Reparent_under_itself_is_refused()
    {
        var plan = NewPlan();
        var one = plan.AddActivity("1", "Một", ActivityKind.Other);

        var ex = Assert.Throws<DomainException>(() => plan.Reparent(one, one));

        Assert.Equal("Không thể chuyển hoạt động vào chính nó hoặc hoạt động con của nó.", ex.Message);
        Assert.Null(one.Parent);
    }

    [Fact]
    public void Reparent_under_a_descendant_is_refused()
    {
        var plan = NewPlan();
        var one = plan.AddActivity("1", "Một", ActivityKind.Other);
        var oneOne = plan.AddActivity("1.1", "Một một", ActivityKind.Other, one);
        var oneOneA = plan.AddActivity("a", "Một một a", ActivityKind.Other, oneOne);

        Assert.Throws<DomainException>(() => plan.Reparent(one, oneOne));
        Assert.Throws<DomainException>(() => plan.Reparent(one, oneOneA));
        Assert.Throws<DomainException>(() => plan.Reparent(oneOne, oneOneA));

        Assert.Null(one.Parent);
        Assert.Same(one, oneOne.Parent);
        Assert.Same(oneOne, oneOneA.Parent);
        Assert.Equal([one, oneOne, oneOneA], plan.ActivitiesInOrder());
    }

    [Fact]
    public void Reparent_under_a_sibling_or_an_ancestor_is_allowed()
    {
        var plan = NewPlan();
        var one = plan.AddActivity("1", "Một", ActivityKind.Other);
        var oneOne = plan.AddActivity("1.1", "Một một", ActivityKind.Other, one);
        var oneOneA = plan.AddActivity("a", "Một một a", ActivityKind.Other, oneOne);
        var two = plan.AddActivity("2", "Hai", ActivityKind.Other);

        plan.Reparent(oneOneA, one);
        plan.Reparent(oneOne, two);

        Assert.Same(one, oneOneA.Parent);
        Assert.Same(two, oneOne.Parent);
        Assert.Equal([one, oneOneA, two, oneOne], plan.ActivitiesInOrder());
    }

    [Fact]
    public void Reparent_under_a_parent_from_another_plan_is_refused()
    {
        var plan = NewPlan();
        var mine = plan.AddActivity("1", "Của kế hoạch này", ActivityKind.Other);
        var other = NewPlan();
        var foreign = other.AddActivity("1", "Của kế hoạch khác", ActivityKind.Other);

        var ex = Assert.Throws<DomainException>(() => plan.Reparent(mine, foreign));

        Assert.Equal("Hoạt động cha không thuộc kế hoạch này.", ex.Message);
        Assert.Null(mine.Parent);
        Assert.Equal([mine], plan.ActivitiesInOrder());
    }

    // ---- recipients ----

    [Fact]
    public void SetRecipients_trims_bullets_and_drops_blanks()
    {
        var plan = NewPlan();

        plan.SetRecipients(
        [
            "- Bộ Thông tin và Truyền thông;",
            "  - TT. Tỉnh ủy, TT. HĐND tỉnh;",
            "",
            "   ",
            "-",
            "+ Các sở, ban, ngành tỉnh;",
            "-UBND các huyện, thị xã, thành phố;",
            "- Lưu: VT, STTTT.",
        ]);

        Assert.Equal(
        [
            "Bộ Thông tin và Truyền thông;",
            "TT. Tỉnh ủy, TT. HĐND tỉnh;",
            "Các sở, ban, ngành tỉnh;",
            "UBND các huyện, thị xã, thành phố;",
            "Lưu: VT, STTTT.",
        ], plan.Recipients);
    }

    [Fact]
    public void SetRecipients_keeps_hyphens_inside_a_line_and_normalises_to_NFC()
    {
        var plan = NewPlan();
        var decomposed = "Ủy ban MTTQ Việt Nam tỉnh".Normalize(System.Text.NormalizationForm.FormD);

        plan.SetRecipients(["- Báo Long An - Đài PT-TH tỉnh;", "- " + decomposed]);

        Assert.Equal(["Báo Long An - Đài PT-TH tỉnh;", "Ủy ban MTTQ Việt Nam tỉnh"], plan.Recipients);
    }

    [Fact]
    public void SetRecipients_replaces_the_previous_list()
    {
        var plan = NewPlan();
        plan.SetRecipients(["- A;", "- B;"]);

        plan.SetRecipients(["- C;"]);
        Assert.Equal(["C;"], plan.Recipients);

        plan.SetRecipients([]);
        Assert.Empty(plan.Recipients);
    }

    // ---- legal bases and deadlines ----

    [Fact]
    public void ReplaceLegalBases_numbers_them_from_one_in_order()
    {
        var plan = NewPlan();
        var first = new PlanLegalBasis("Căn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ;",
            "Quyết định", "505/QĐ-TTg", new DateOnly(2022, 4, 22), "Thủ tướng Chính phủ", null);
        var second = new PlanLegalBasis("Thực hiện Công văn số 3240/BTTTT-CĐSQG;", "Công văn", "3240/BTTTT-CĐSQG", null, null, null);
        plan.ReplaceLegalBases([new PlanLegalBasis("cũ", null, null, null, null, null)]);

        plan.ReplaceLegalBases([first, second]);

        Assert.Equal([first, second], plan.LegalBases);
        Assert.Equal(1, first.SortOrder);
        Assert.Equal(2, second.SortOrder);
    }

    [Fact]
    public void Blank_legal_basis_and_blank_deadline_are_refused()
    {
        Assert.Throws<DomainException>(() => new PlanLegalBasis("  ", null, null, null, null, null));
        Assert.Throws<DomainException>(() => new PlanDeadline(new DateOnly(2024, 10, 31), " ", null));
    }

    [Fact]
    public void Deadlines_are_added_and_removed()
    {
        var plan = NewPlan();
        var deadline = new PlanDeadline(new DateOnly(2024, 10, 31), "  Báo cáo kết quả ", "  ");

        plan.AddDeadline(deadline);
        Assert.Equal("Báo cáo kết quả", Assert.Single(plan.Deadlines).Description);
        Assert.Null(deadline.OwedBy);

        plan.RemoveDeadline(deadline);
        Assert.Empty(plan.Deadlines);
    }

    // ---- reference day and issued date ----

    [Fact]
    public void ReferenceDay_is_the_issued_date()
    {
        var plan = NewPlan();
        plan.IssuedOn = new PartialDate(2024, 9, 13);

        Assert.Equal(new DateOnly(2024, 9, 13), plan.ReferenceDay);
    }

    [Fact]
    public void ReferenceDay_of_a_draft_dated_to_the_month_is_the_first_of_that_month()
    {
        var plan = NewPlan();
        plan.IssuedOn = new PartialDate(2024, 9); // "Long An, ngày    tháng 9 năm 2024"

        Assert.Equal(new DateOnly(2024, 9, 1), plan.ReferenceDay);
    }

    [Fact]
    public void ReferenceDay_without_an_issued_date_is_the_first_of_January_of_the_plan_year()
    {
        var plan = NewPlan(2025);

        Assert.Null(plan.IssuedOn);
        Assert.Equal(new DateOnly(2025, 1, 1), plan.ReferenceDay);

        plan.IssuedOn = new PartialDate(2025, 3, 5);
        plan.IssuedOn = null;
        Assert.Equal(new DateOnly(2025, 1, 1), plan.ReferenceDay);
    }

    [Theory]
    [InlineData(2024, 9, 13, null)]
    [InlineData(2024, 9, null, null)]
    [InlineData(2024, null, null, 3)]
    [InlineData(2024, null, null, null)]
    public void IssuedOn_round_trips_with_its_precision(int year, int? month, int? day, int? quarter)
    {
        var plan = NewPlan();
        var issued = new PartialDate(year, month, day, quarter);

        plan.IssuedOn = issued;

        Assert.Equal(issued, plan.IssuedOn);
        Assert.Equal(issued.Precision, plan.IssuedOn!.Value.Precision);
    }
}
