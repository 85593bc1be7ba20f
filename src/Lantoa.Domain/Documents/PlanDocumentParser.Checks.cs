using Lantoa.Domain.Budgets;
using Lantoa.Domain.Findings;

namespace Lantoa.Domain.Documents;

public static partial class PlanDocumentParser
{
    /// <summary>Vietnamese letter order of lettered items: a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z).</summary>
    private const string VietnameseLetters = "abcdđeghiklmnopqrstuvxy";

    private sealed partial class Run
    {
        /// <summary>Builds the body activities, reads their fields, and reports what is missing.</summary>
        private List<ParsedActivity> BodyActivities()
        {
            var body = BuildActivities();
            AssignPaths(body, null);
            foreach (var activity in body.SelectMany(a => a.SelfAndDescendants())) Interpret(activity);
            ReadAgendaTimes(body, null);
            return body;
        }

        /// <summary>
        /// Task tables become activities. Without activities in the body they are the activities; otherwise a table row
        /// whose task is the title of a body activity gives that activity its sub-tasks (and its lead, when the body names
        /// none), and the other rows go under the one body activity that refers to the table ("Phân công nhiệm vụ cụ thể
        /// tại Phụ lục II"), or at the end of the list when no single activity does.
        /// </summary>
        private void IntegrateTaskTables()
        {
            var body = BodyActivities();
            if (_taskActivities.Count == 0 || _taskActivities.All(t => t.Roots.Count == 0))
            {
                plan.Activities = body;
                FinishActivities();
                return;
            }

            if (body.Count == 0)
            {
                plan.Activities = _taskActivities.SelectMany(t => t.Roots).ToList();
                FinishActivities();
                return;
            }

            var result = body.ToList();
            var all = body.SelectMany(a => a.SelfAndDescendants()).ToList();
            foreach (var (label, roots) in _taskActivities)
            {
                var referring = all.Where(a => label is not null && a.AppendixReferences.Contains(label)).ToList();
                var delegating = referring.Where(a => a.LeadText is { } lead && AppendixReferences(lead).Contains(label!)).ToList();
                var host = delegating.Count == 1 ? delegating[0] : referring.Count == 1 ? referring[0] : null;
                foreach (var root in roots)
                {
                    var key = KeyOf(root.Title);
                    var match = key.Length >= 10 ? all.FirstOrDefault(a => KeyOf(a.Title) == key) : null;
                    if (match is not null)
                    {
                        match.Children.AddRange(root.Children);
                        if (match.Lead.Count == 0 && root.Lead.Count > 0)
                        {
                            match.LeadText = root.LeadText;
                            match.Lead = root.Lead;
                        }

                        if (match.Coordinating.Count == 0 && root.Coordinating.Count > 0)
                        {
                            match.CoordinatingText = root.CoordinatingText;
                            match.Coordinating = root.Coordinating;
                        }

                        if (match.Time is null && root.Time is not null)
                        {
                            match.TimeText = root.TimeText;
                            match.Time = root.Time;
                        }

                        continue;
                    }

                    if (host is not null) host.Children.Add(root);
                    else result.Add(root);
                }
            }

            plan.Activities = result;
            FinishActivities();
        }

        /// <summary>
        /// Paths from the top of the tree: "2.1" under "2" stays "2.1", a letter or bullet is appended ("2.g", "2.g.1"),
        /// and rows of a task table hung under a body activity of another numbering are set apart by "/" ("2/3.1").
        /// </summary>
        private static void AssignPaths(IEnumerable<ParsedActivity> activities, ParsedActivity? parent)
        {
            var index = 0;
            foreach (var a in activities)
            {
                index++;
                var label = a.Label.Length == 0 || a.Label == "-" ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : a.Label;
                if (parent is null)
                {
                    a.Path = label;
                }
                else if (parent.Label.Length > 0 && label.StartsWith(parent.Label + ".", StringComparison.Ordinal) && parent.Path.EndsWith(parent.Label, StringComparison.Ordinal))
                {
                    a.Path = parent.Path[..^parent.Label.Length] + label;
                }
                else
                {
                    var fromOtherSource = a.FromAppendix is not null && a.FromAppendix != parent.FromAppendix;
                    a.Path = parent.Path + (fromOtherSource ? "/" : ".") + label;
                }

                AssignPaths(a.Children, a);
            }
        }

        /// <summary>Reads the fields of a body activity (units, time, money) and reports unknown units.</summary>
        private void Interpret(ParsedActivity a)
        {
            if (a.LeadText is { } lead && !MentionsAppendix(lead)) a.Lead = ResolveUnits(lead);
            if (a.CoordinatingText is { } coordinating && !MentionsAppendix(coordinating)) a.Coordinating = ResolveUnits(coordinating);
            if (a.LeadText is null) ReadHiddenLead(a);
            ReportUnknownUnits(a.Lead.Concat(a.Coordinating), a.Line, $"Hoạt động {Describe(a)}");
            if (a.TimeText is { } time) ReadTime(a, time);
            if (a.ParticipantsText is { } participants)
            {
                a.ParticipantCount = ParticipantCount(participants);
                a.ParticipantsAppendix = AppendixReferences(participants).FirstOrDefault();
            }

            if (a.BudgetText is { } budget)
            {
                a.BudgetAmount = ReadBudgetAmount(budget, a.BudgetLine);
                a.BudgetAppendix = AppendixReferences(budget).FirstOrDefault();
            }

            var everything = string.Join("\n", new[] { a.Title, a.LeadText, a.CoordinatingText, a.Location, a.Content, a.Form, a.ParticipantsText, a.BudgetText }
                .Concat(a.Notes).Where(t => t is not null));
            a.AppendixReferences = AppendixReferences(everything).Distinct().ToList();
        }

        private void FinishActivities()
        {
            AssignPaths(plan.Activities, null);
            var paths = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in plan.AllActivities())
            {
                var path = a.Path;
                for (var n = 2; !paths.Add(path); n++) path = $"{a.Path}({n})";
                a.Path = path;
            }

            foreach (var root in plan.Activities) CheckLeads(root, inherited: false);
            CheckNumbering(plan.Activities, "Nội dung");
        }

        private void CheckLeads(ParsedActivity a, bool inherited)
        {
            var has = inherited || a.Lead.Count > 0;
            if (a.Children.Count == 0 && !has && a.LeadText is null)
                Add(Severity.Warning, "activity-without-lead", $"Hoạt động {Describe(a)} không ghi cơ quan chủ trì.", a.Line);
            foreach (var child in a.Children) CheckLeads(child, has);
        }

        /// <summary>Sibling activities numbered 1, 2, 4 or lettered a, b, d: a gap; only siblings from the same source are compared.</summary>
        private void CheckNumbering(IReadOnlyList<ParsedActivity> siblings, string where)
        {
            foreach (var source in siblings.GroupBy(s => s.FromAppendix ?? ""))
            {
                ParsedActivity? previous = null;
                foreach (var a in source)
                {
                    if (previous is not null && a.Label != previous.Label) CompareLabels(previous, a);
                    if (a.Label.Length > 0 && a.Label != "-") previous = a;
                }
            }

            foreach (var a in siblings) CheckNumbering(a.Children, where);
        }

        private void CompareLabels(ParsedActivity previous, ParsedActivity current)
        {
            var p = previous.Label;
            var c = current.Label;
            if (IsNumberLabel(p) && IsNumberLabel(c))
            {
                var a = LastNumber(p);
                var b = LastNumber(c);
                if (b == a + 1) return;
                Add(Severity.Warning, b > a ? "numbering-gap" : "numbering-order",
                    b > a ? $"Mục {current.Path}: số thứ tự nhảy từ {p} lên {c}, thiếu mục ở giữa." : $"Mục {current.Path}: số thứ tự {c} đứng sau {p}.",
                    current.Line);
                return;
            }

            if (p.Length == 1 && c.Length == 1 && char.IsLetter(p[0]) && char.IsLetter(c[0]))
            {
                var a = VietnameseLetters.IndexOf(p[0]);
                var b = VietnameseLetters.IndexOf(c[0]);
                var latinNext = p[0] is >= 'a' and < 'z' && c[0] == (char)(p[0] + 1);
                if ((a >= 0 && b == a + 1) || latinNext) return;
                Add(Severity.Warning, b > a ? "numbering-gap" : "numbering-order",
                    b > a ? $"Mục {current.Path}: sau mục {p}) là mục {c}), thiếu mục ở giữa (thứ tự chữ cái tiếng Việt: a, b, c, d, đ, e, g, h, i, k …)." : $"Mục {current.Path}: mục {c}) đứng sau mục {p}).",
                    current.Line);
            }
        }

        private static bool IsNumberLabel(string label) => label.Length > 0 && label.All(ch => char.IsAsciiDigit(ch) || ch == '.') && char.IsAsciiDigit(label[0]);

        // ---------------------------------------------------------------- cross-checks

        private void CrossCheck()
        {
            CheckTruncatedAmountsInText();
            CheckAppendixReferences();
            CheckAppendixNumbering();
            LinkAppendices();
            CheckBudgets();
        }

        /// <summary>
        /// An amount in running text far below the plan's other amounts ("khoảng 1.000 đồng" beside "388.400.000 đồng")
        /// was probably cut; rates ("50.000 đồng/người") are not amounts of the plan. Budget fields and the budget part,
        /// already checked, are not reported twice.
        /// </summary>
        private void CheckTruncatedAmountsInText()
        {
            var found = new List<(Money Amount, string Written, int Line)>();
            for (var i = _bodyStart; i < _bodyEnd && i < _items.Count; i++)
            {
                var item = _items[i];
                if (item.IsTable) continue;
                var text = Cap(item.Text, 5000);
                var from = 0;
                var skip = _moneyChecked.Contains(i);
                foreach (var (amount, written) in AmountInText.FindAll(text))
                {
                    var at = text.IndexOf(written.Trim(), from, StringComparison.Ordinal);
                    var end = at < 0 ? -1 : at + written.Trim().Length;
                    if (at >= 0) from = end;
                    var rate = end >= 0 && end < text.Length && text[end..].TrimStart().StartsWith('/');
                    if (!rate) found.Add((amount, written.Trim(), skip ? -1 : item.Line));
                }
            }

            var largest = _budgetTables.Select(t => t.StatedTotal ?? t.ComputedTotal ?? Money.Zero)
                .Concat(found.Select(f => f.Amount))
                .DefaultIfEmpty(Money.Zero)
                .Max();
            if (largest.Dong < TruncatedBelow * 100) return;
            var reported = new HashSet<int>();
            foreach (var (amount, written, line) in found)
            {
                if (line < 0 || amount.Dong is not (> 0 and < TruncatedBelow) || !reported.Add(line)) continue;
                Add(Severity.Warning, "truncated-amount",
                    $"Số tiền “{written}” quá nhỏ so với các khoản kinh phí khác của kế hoạch (đến {largest.Format()}): có thể số bị cắt mất chữ số.", line);
            }
        }

        private void CheckAppendixReferences()
        {
            var present = new HashSet<int>(_appendices.Select(a => a.Number ?? 0));
            var reported = new HashSet<string>();
            for (var i = 0; i < _bodyEnd && i < _items.Count; i++)
            {
                var item = _items[i];
                var text = item.IsTable ? string.Join(" ", item.Table!.Rows.SelectMany(r => r)) : item.Text;
                foreach (var label in AppendixReferences(text))
                {
                    var number = AppendixNumber(label);
                    if (number is null || present.Contains(number.Value) || !reported.Add(label)) continue;
                    Add(Severity.Warning, "appendix-missing", $"Văn bản nhắc đến {label} nhưng không có phụ lục này kèm theo.", item.Line);
                }
            }

            foreach (var table in _taskTables)
                foreach (var row in table.Rows)
                    foreach (var label in AppendixReferences(string.Join(" ", row.Task, row.Note ?? "")))
                        if (AppendixNumber(label) is { } n && !present.Contains(n) && reported.Add(label))
                            Add(Severity.Warning, "appendix-missing", $"Văn bản nhắc đến {label} nhưng không có phụ lục này kèm theo.", row.Line);
        }

        private void CheckAppendixNumbering()
        {
            ParsedAppendix? previous = null;
            foreach (var appendix in _appendices.Where(a => a.Number is not null))
            {
                var expected = previous is null ? 1 : previous.Number!.Value + 1;
                if (appendix.Number != expected)
                {
                    var message = previous is null
                        ? $"Phụ lục đầu tiên là {appendix.Label}: thiếu các phụ lục trước nó."
                        : appendix.Number > expected
                            ? $"Sau {previous.Label} là {appendix.Label}: thiếu phụ lục ở giữa."
                            : $"{appendix.Label} đứng sau {previous.Label}: số thứ tự phụ lục không tăng dần.";
                    Add(Severity.Warning, appendix.Number > expected ? "numbering-gap" : "numbering-order", message, appendix.Line);
                }

                previous = appendix;
            }
        }

        /// <summary>An activity that mentions a budget or participant appendix without saying so in its budget or participants field is linked to it.</summary>
        private void LinkAppendices()
        {
            var budgetLabels = _budgetTables.Where(t => t.Label is not null).Select(t => t.Label!).ToHashSet();
            var participantLabels = _participantTables.Where(t => t.Label is not null).Select(t => t.Label!).ToHashSet();
            foreach (var a in plan.AllActivities())
            {
                a.BudgetAppendix ??= a.AppendixReferences.FirstOrDefault(budgetLabels.Contains);
                a.ParticipantsAppendix ??= a.AppendixReferences.FirstOrDefault(participantLabels.Contains);
            }
        }

        private void CheckBudgets()
        {
            foreach (var a in plan.AllActivities())
            {
                if (a.BudgetAppendix is { } budgetLabel && a.BudgetAmount is { } amount
                    && _budgetTables.FirstOrDefault(t => t.Label == budgetLabel && t.Estimate is not null) is { } table
                    && (table.StatedTotal ?? table.ComputedTotal) is { } tableTotal && tableTotal != amount)
                {
                    Add(Severity.Warning, "activity-budget-mismatch",
                        $"Hoạt động {Describe(a)} ghi kinh phí {amount.Format()} nhưng {budgetLabel} có tổng {tableTotal.Format()}.", a.Line);
                }

                if (a.ParticipantsAppendix is { } participantLabel && a.ParticipantCount is { } count
                    && _participantTables.FirstOrDefault(t => t.Label == participantLabel) is { } participants
                    && (participants.StatedTotal ?? participants.ComputedTotal) is var tableCount && tableCount > 0 && tableCount != count)
                {
                    Add(Severity.Warning, "participant-count-mismatch",
                        $"Hoạt động {Describe(a)} ghi {count} người tham dự nhưng {participantLabel} có tổng {tableCount}.", a.Line);
                }
            }

            if (plan.BudgetSection is not { } section) return;
            var counted = new List<ParsedActivity>();
            foreach (var root in plan.Activities) CollectBudgets(root, counted);
            Money? activitiesTotal = counted.Count > 0 ? Money.Sum(counted.Select(a => a.BudgetAmount!.Value)) : null;
            plan.BudgetSection = section with { ActivitiesTotal = activitiesTotal };

            if (section.StatedTotal is { } stated && activitiesTotal is { } sum && sum != stated)
                Add(Severity.Warning, "plan-total-mismatch",
                    $"Phần kinh phí ghi tổng {stated.Format()} nhưng cộng kinh phí của các hoạt động được {sum.Format()}.", section.Line);

            if (section.StatedTotal is { } total && section.Units.Count >= 2 && Money.Sum(section.Units.Select(u => u.Amount)) is var split && split != total)
                Add(Severity.Warning, "unit-split-mismatch",
                    $"Phần kinh phí ghi tổng {total.Format()} nhưng cộng kinh phí của từng đơn vị được {split.Format()}.", section.Line);

            foreach (var unitBudget in section.Units)
            {
                var led = counted.Where(a => a.Lead.Count == 1 && SameUnit(a.Lead[0], unitBudget.Unit)).ToList();
                if (led.Count == 0) continue;
                var ledSum = Money.Sum(led.Select(a => a.BudgetAmount!.Value));
                if (ledSum != unitBudget.Amount)
                    Add(Severity.Warning, "unit-total-mismatch",
                        $"Kinh phí của {unitBudget.Unit.Written} ghi {unitBudget.Amount.Format()} nhưng các hoạt động do đơn vị này chủ trì cộng lại được {ledSum.Format()}.",
                        unitBudget.Line);
            }
        }

        private static void CollectBudgets(ParsedActivity a, List<ParsedActivity> counted)
        {
            if (a.BudgetAmount is not null)
            {
                counted.Add(a);
                return;
            }

            foreach (var child in a.Children) CollectBudgets(child, counted);
        }

        private static bool SameUnit(ParsedUnit a, ParsedUnit b) =>
            a.Match is { } ma && b.Match is { } mb
                ? ma.Candidate.Id == mb.Candidate.Id && ma.Candidate.Kind == mb.Candidate.Kind
                : KeyOf(a.Written) == KeyOf(b.Written);
    }
}
