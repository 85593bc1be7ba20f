namespace Lantoa.Domain.Documents;

public static partial class PlanDocumentParser
{
    private sealed partial class Run
    {
        /// <summary>
        /// The pass-through (<see cref="DocumentLayout"/>): after everything else is read, what the document wrote and
        /// where — the legal-basis paragraphs and the enacting sentence as written, each part with its numeral and title,
        /// the paragraphs and tables of a part of activities that no activity took (anchored after the activity they
        /// follow), every paragraph of the parts the writer reproduces verbatim, the closing paragraphs, the field labels,
        /// the units as written per activity, and the appendices no plan table keeps.
        /// </summary>
        private void ReadPassthrough(List<SectionHead> sections, int bodyEnd, int appendixStart, int closingIndex)
        {
            var firstSection = sections.Count > 0 ? sections[0].Index : bodyEnd;
            var bases = new List<LayoutPassage>();
            var preamble = new List<LayoutPassage>();
            for (var i = _bodyStart; i < firstSection && i < _items.Count; i++)
            {
                var item = _items[i];
                if (!item.IsTable && LegalBasisStart().IsMatch(item.Fold)) bases.Add(Passage(item));
                else preamble.Add(Passage(item));
            }

            var pathOf = new Dictionary<ActivityBuilder, string>();
            foreach (var root in _roots) MapPaths(root, pathOf);

            var parts = new List<LayoutPart>();
            var activities = new List<LayoutActivity>();
            for (var s = 0; s < sections.Count; s++)
            {
                var head = sections[s];
                var start = head.Index + 1;
                var end = s + 1 < sections.Count ? sections[s + 1].Index : bodyEnd;
                var part = new LayoutPart(head.Label, head.Title, head.Kind);
                if (head.Kind == SectionKind.Content)
                {
                    var passthrough = new List<LayoutPassage>();
                    string? after = null;
                    for (var i = start; i < end; i++)
                    {
                        if (_activityOfItem.TryGetValue(i, out var builder))
                        {
                            if (pathOf.TryGetValue(builder, out var path)) after = path;
                            continue;
                        }

                        passthrough.Add(Passage(_items[i]) with { After = after });
                    }

                    part = part with { Passthrough = passthrough };
                }
                else
                {
                    part = part with
                    {
                        Verbatim = Enumerable.Range(start, Math.Max(0, end - start)).Select(i => Passage(_items[i])).ToList(),
                        Fingerprint = FingerprintOf(head.Kind),
                    };
                }

                parts.Add(part);
            }

            // The labelled fields of each activity as written: marker, label and colon, in their order.
            var fieldsOf = new Dictionary<ParsedActivity, List<LayoutField>>();
            foreach (var i in _activityOfItem.Keys.Order())
            {
                var item = _items[i];
                if (item.IsTable) continue;
                var m = StripMarkers(item.Text);
                var (before, fields) = SplitInlineFields(m.Rest);
                var at = item.Text.LastIndexOf(m.Rest, StringComparison.Ordinal);
                var marker = at > 0 ? item.Text[..at].Trim() : "";
                var owner = _activityOfItem[i];
                if (fields.Count == 0 && m.Letter is not null && owner.HasLetteredFields && item.Line != owner.Activity.Line)
                {
                    // "d) Lịch tổ chức theo cụm huyện như sau:" among lettered fields: a note, kept with its letter.
                    if (!fieldsOf.TryGetValue(owner.Activity, out var notes)) fieldsOf[owner.Activity] = notes = [];
                    notes.Add(new LayoutField(nameof(Field.Note), marker));
                    continue;
                }

                if (fields.Count == 0 || before.Length > 0) continue;
                var (field, label, _) = fields[0];
                if (!fieldsOf.TryGetValue(_activityOfItem[i].Activity, out var list)) fieldsOf[_activityOfItem[i].Activity] = list = [];
                list.Add(new LayoutField(field.ToString(), field == Field.Note ? marker : $"{marker} {label.Trim().TrimEnd(':').Trim()}:".Trim()));
            }

            // Every activity in the plan's order (task-table rows included), with the part it is written in.
            var bodyParts = sections.Where(h => h.Kind == SectionKind.Content).ToList();
            foreach (var a in plan.AllActivities())
            {
                string? partLabel = null;
                if (a.FromAppendix is null)
                    foreach (var h in sections)
                        if (h.Line <= a.Line) partLabel = h.Label;
                activities.Add(new LayoutActivity(a.Path.Length > 0 ? a.Path : a.Label, a.Label, a.Title)
                {
                    Lead = a.LeadText, Coordinating = a.CoordinatingText, Part = a.FromAppendix is null ? partLabel ?? bodyParts.FirstOrDefault()?.Label : null,
                    Fields = fieldsOf.GetValueOrDefault(a) ?? [], Session = a.SessionText, AgendaDay = a.AgendaDay,
                });
            }

            var closing = new List<LayoutPassage>();
            var closingFrom = closingIndex >= 0 ? closingIndex : bodyEnd;
            for (var i = closingFrom; i < appendixStart && i < _items.Count; i++)
            {
                var item = _items[i];
                if (item.IsTable || item.Fold.StartsWith("noi nhan", StringComparison.Ordinal) || SignaturePrefix().IsMatch(item.Text) && IsUpperText(item.Text)) break;
                closing.Add(Passage(item));
            }

            var labels = new Dictionary<string, string>();
            foreach (var i in _activityOfItem.Keys.Order())
            {
                if (_items[i].IsTable) continue;
                foreach (var (field, label, _) in SplitInlineFields(StripMarkers(_items[i].Text).Rest).Fields)
                    if (field is not Field.None and not Field.Note && label.Length is > 0 and < 60) labels.TryAdd(field.ToString(), label.Trim().TrimEnd(':').Trim());
            }

            plan.Layout = new DocumentLayout
            {
                LegalBases = bases,
                LegalBasesFingerprint = DocumentLayout.Key(string.Join(" ", plan.LegalBases.Select(b => b.Text))),
                Preamble = preamble,
                Parts = parts,
                Closing = closing,
                ArchiveNote = plan.ArchiveNote,
                Number = plan.DocumentNumber,
                FieldLabels = labels,
                Activities = activities,
                Appendices = AppendixLayouts(appendixStart),
            };
        }

        private string? FingerprintOf(SectionKind kind) => kind switch
        {
            SectionKind.Purposes => DocumentLayout.Key(string.Join(" ", plan.Purposes.Concat(plan.Requirements))),
            SectionKind.General => DocumentLayout.Key($"{plan.Theme} {plan.Slogan}"),
            SectionKind.Budget => DocumentLayout.Key(plan.BudgetSection?.Text),
            SectionKind.Responsibilities => DocumentLayout.Key(string.Join(" ", _responsibilities.SelectMany(r => r.Duties))),
            _ => null,
        };

        private void MapPaths(ActivityBuilder builder, Dictionary<ActivityBuilder, string> pathOf)
        {
            if (builder.Activity.Path.Length > 0 || builder.Activity.Label.Length > 0) pathOf[builder] = builder.Activity.Path.Length > 0 ? builder.Activity.Path : builder.Activity.Label;
            foreach (var child in builder.Children) MapPaths(child, pathOf);
        }

        /// <summary>
        /// Each appendix heading with what no plan table keeps: the whole of it (paragraphs and tables) when it is not a
        /// budget table the plan keeps as an estimate nor a participant table an activity points to; otherwise only the
        /// notes between or after its tables.
        /// </summary>
        private List<LayoutAppendix> AppendixLayouts(int appendixStart)
        {
            var result = new List<LayoutAppendix>();
            var heads = new List<int>();
            for (var i = appendixStart; i < _items.Count; i++)
                if (AppendixHeading(_items[i]) is not null) heads.Add(i);
            var pointed = plan.AllActivities().Select(a => a.ParticipantsAppendix).OfType<string>().ToHashSet();
            for (var h = 0; h < heads.Count && h < _appendices.Count; h++)
            {
                var appendix = _appendices[h];
                var end = h + 1 < heads.Count ? heads[h + 1] : _items.Count;
                var kept = appendix.Kind switch
                {
                    AppendixKind.Budget => _budgetTables.Any(t => t.Label == appendix.Label && t.Estimate is { Lines.Count: > 0 }),
                    AppendixKind.Participants => pointed.Contains(appendix.Label),
                    _ => false,
                };
                var passages = new List<LayoutPassage>();
                // Without a table the parser took every line under the heading for the title: carry them as paragraphs.
                var hasTable = Enumerable.Range(heads[h] + 1, Math.Max(0, end - heads[h] - 1)).Any(i => _items[i].IsTable);
                if (!hasTable)
                {
                    for (var i = heads[h] + 1; i < end; i++)
                        if (_items[i].Text != appendix.AttachedTo) passages.Add(Passage(_items[i]));
                    result.Add(new LayoutAppendix(appendix.Label, null, appendix.AttachedTo) { Whole = true, Passages = passages });
                    continue;
                }

                var seenTable = false;
                for (var i = heads[h] + 1; i < end; i++)
                {
                    var item = _items[i];
                    seenTable |= item.IsTable;
                    if (!seenTable) continue; // the title and "(Kèm theo …)" lines, kept on the appendix itself
                    if (kept && (item.IsTable || item.Fold.StartsWith("bang chu", StringComparison.Ordinal) || item.Fold.StartsWith("tong cong", StringComparison.Ordinal))) continue;
                    passages.Add(Passage(item));
                }

                var firstTable = Enumerable.Range(heads[h] + 1, end - heads[h] - 1).First(i => _items[i].IsTable);
                result.Add(new LayoutAppendix(appendix.Label, appendix.Title, appendix.AttachedTo)
                {
                    Whole = !kept, Passages = passages, Headers = _items[firstTable].Table!.Rows.FirstOrDefault() ?? [],
                });
            }

            return result;
        }

        private static LayoutPassage Passage(Item item) => item.IsTable
            ? new LayoutPassage("", item.Bold, item.Italic) { Rows = item.Table!.Rows }
            : new LayoutPassage(item.Text, item.Bold, item.Italic);
    }
}
