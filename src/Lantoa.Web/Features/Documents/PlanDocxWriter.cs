using DocumentFormat.OpenXml.Wordprocessing;
using Lantoa.Domain.Budgets;
using Lantoa.Web.Features.Budgets;
using static Lantoa.Web.Features.Documents.DocxBuilder;

namespace Lantoa.Web.Features.Documents;

/// <summary>
/// Writes a <see cref="PlanDocument"/> as a .docx in the layout of Decree 30/2020/NĐ-CP (Appendix I): A4 portrait,
/// margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman, black; the header as a borderless two-column
/// table (issuing body and number left, national name, motto, place and date right, with their rules); "KẾ HOẠCH" and the
/// subject centred in bold; a 14 pt justified body with a 1 cm first-line indent and 6 pt between paragraphs;
/// "Nơi nhận" and the signature block side by side; page numbers centred in the top margin from page 2; each appendix
/// on a new page, and a landscape section for a table of six or more columns.
/// </summary>
/// <remarks>
/// <para>The parts a plan shares with the other documents Lantoa writes (page setup, header table, title block, body
/// styles, tables, sections, recipients and signature, page numbers) are <see cref="DocxBuilder"/>'s. The short rule
/// under the "(Kèm theo …)" line of an appendix is about a third of the line, as under the subject.</para>
/// <para><b>Sections.</b> The plan body is the first section (different first page: no page number on page 1).
/// Consecutive appendices of the same orientation share a section and start on a new page with a page break; a change of
/// orientation starts a new section on the next page. Page numbers continue through all sections.</para>
/// <para><b>Tables.</b> Appendix tables have single ½ pt borders, a header row repeated on every page (tblHeader), rows
/// that do not break across pages (cantSplit), bold group and total rows, and amounts right-aligned as the plan writes
/// them (<see cref="Money.ToDigits"/>: 388.400.000).</para>
/// <para>Numbering is written as text ("1.", "2.1.", "a)"), never as Word list numbering, so that the labels stay exactly
/// as the plan has them and a reader of the file sees them as text.</para>
/// </remarks>
public static class PlanDocxWriter
{
    public const string ContentType = DocxBuilder.ContentType;

    /// <summary>Whether an appendix is laid out on a landscape page: a table of six or more columns.</summary>
    public static bool IsLandscape(PlanAppendix appendix) => ColumnCount(appendix) >= LandscapeColumns;

    public static byte[] Write(PlanDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return DocxBuilder.Write($"{DocxText.SentenceCase(doc.DocumentType)} {doc.Subject}", b => new BodyWriter(doc, b).Write());
    }

    internal static int ColumnCount(PlanAppendix appendix) => appendix switch
    {
        BudgetAppendix b => BudgetColumns(b.Estimate, b.NoteColumn).Count,
        ParticipantAppendix => 3,
        TaskAppendix => 6,
        TableAppendix t => Math.Max(t.Headers.Count, t.Rows.Select(r => r.Cells.Count).DefaultIfEmpty(0).Max()),
        PassageAppendix p => p.Passages.Where(x => x.IsTable).Select(x => x.Rows!.Select(r => r.Count).DefaultIfEmpty(0).Max()).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    private enum BudgetColumn
    {
        Label,
        Content,
        Unit,
        Quantity,
        Price,
        Amount,
        Note,
    }

    /// <summary>
    /// The columns of a budget table: STT, NỘI DUNG, THÀNH TIỀN always; ĐƠN VỊ TÍNH, SỐ LƯỢNG, ĐƠN GIÁ when some line
    /// has a unit, a quantity or a price; GHI CHÚ when some line has a note.
    /// </summary>
    private static List<BudgetColumn> BudgetColumns(Estimate e, bool noteColumn = false)
    {
        var detail = e.Lines.Any(l => l.UnitOfMeasure is not null || l.Quantity is not null || l.UnitPrice is not null);
        var note = noteColumn || e.Lines.Any(l => !string.IsNullOrWhiteSpace(l.Note));
        var columns = new List<BudgetColumn> { BudgetColumn.Label, BudgetColumn.Content };
        if (detail) columns.AddRange([BudgetColumn.Unit, BudgetColumn.Quantity, BudgetColumn.Price]);
        columns.Add(BudgetColumn.Amount);
        if (note) columns.Add(BudgetColumn.Note);
        return columns;
    }

    // ───────────────────────────── the body ─────────────────────────────

    private sealed class BodyWriter(PlanDocument doc, DocxBuilder b)
    {
        public void Write()
        {
            b.HeaderTable(doc.ParentBody, doc.IssuingBody, doc.NumberSymbol, doc.Place, doc.IssuedOn);
            b.TitleBlock(doc.DocumentType, doc.Subject);
            foreach (var basis in doc.LegalBases) AddBody(basis);
            if (!string.IsNullOrWhiteSpace(doc.Preamble)) AddBody(doc.Preamble);
            Passages(doc.PreamblePassages, b.Width);
            if (doc.SourceParts.Count > 0) SourceParts();
            else foreach (var part in doc.Parts())
            {
                b.AddPart(part.Numeral, part.Heading);
                switch (part.Part)
                {
                    case PlanPart.PurposesAndRequirements: PurposesAndRequirements(); break;
                    case PlanPart.Theme: Theme(); break;
                    case PlanPart.Activities: foreach (var a in doc.Activities) Activity(a, 0); break;
                    case PlanPart.Budget: foreach (var p in doc.Budget) AddBody(p); break;
                    case PlanPart.Responsibilities: Responsibilities(); break;
                }
            }

            for (var i = 0; i < doc.Closing.Count; i++)
                AddBody(i == doc.Closing.Count - 1 ? DocxText.EndDocument(doc.Closing[i]) : doc.Closing[i], keepNext: i == doc.Closing.Count - 1);
            b.SignatureTable(doc.Recipients, doc.Signer);

            foreach (var appendix in doc.Appendices) Appendix(appendix);
        }

        private void Add(DocumentFormat.OpenXml.OpenXmlElement e) => b.Add(e);

        // ── the imported document's own parts ──

        private IReadOnlyList<Lantoa.Domain.Documents.LayoutPassage> _passthrough = [];

        private void SourceParts()
        {
            var contentParts = doc.SourceParts.Where(p => p.Part == PlanPart.Activities).Select(p => p.Numeral).ToList();
            foreach (var part in doc.SourceParts)
            {
                b.AddPart(part.Numeral, part.Heading);
                if (part.IsVerbatim)
                {
                    Passages(part.Verbatim, b.Width);
                    continue;
                }

                switch (part.Part)
                {
                    case PlanPart.PurposesAndRequirements: PurposesAndRequirements(); break;
                    case PlanPart.Theme: Theme(); break;
                    case PlanPart.Budget: foreach (var p in doc.Budget) AddBody(p); break;
                    case PlanPart.Responsibilities: Responsibilities(); break;
                    case PlanPart.Activities:
                        _passthrough = part.Passthrough;
                        Passages(part.Passthrough.Where(p => p.After is null).ToList(), b.Width);
                        // An activity written in no known part (added in Lantoa) goes to the last part of activities.
                        foreach (var a in doc.Activities.Where(a => a.PartLabel == part.Numeral
                                     || (part.Numeral == contentParts[^1] && (a.PartLabel is null || !contentParts.Contains(a.PartLabel)))))
                            Activity(a, 0);
                        _passthrough = [];
                        break;
                }
            }
        }

        /// <summary>Paragraphs and tables carried as the imported document wrote them.</summary>
        private void Passages(IReadOnlyList<Lantoa.Domain.Documents.LayoutPassage> passages, int width)
        {
            foreach (var p in passages)
            {
                if (!p.IsTable)
                {
                    if (!string.IsNullOrWhiteSpace(p.Text)) Add(P(new Para { Style = "Body" }, Inline(p.Text, new Fmt(Bold: p.Bold, Italic: p.Italic))));
                    continue;
                }

                var count = p.Rows!.Select(r => r.Count).DefaultIfEmpty(0).Max();
                if (count == 0) continue;
                var widths = Widths(width, Enumerable.Range(0, count).Select(i => i == 0 && count > 2 ? 0.4 : 1.0).ToArray());
                var rows = new List<TableRow>();
                for (var r = 0; r < p.Rows!.Count; r++)
                {
                    var cells = Enumerable.Range(0, count).Select(i => i < p.Rows[r].Count ? p.Rows[r][i] : "").ToList();
                    rows.Add(r == 0 ? HeaderRow(cells, widths) : Row(false, [.. cells.Select((c, i) => TextCell(widths[i], c, i == 0 ? Align.Center : Align.Left))]));
                }

                Add(BorderedTable(widths, rows));
            }
        }

        private void AddBody(string text, Fmt fmt = default, bool keepNext = false) => b.AddBody(text, fmt, keepNext);

        // ── parts ──

        private void PurposesAndRequirements()
        {
            var n = 0;
            if (doc.Purposes.Count > 0)
            {
                Add(P(new Para { Style = "Item" }, R($"{++n}. Mục đích", new Fmt(Bold: true))));
                foreach (var p in doc.Purposes) AddBody(p);
            }

            if (doc.Requirements.Count > 0)
            {
                Add(P(new Para { Style = "Item" }, R($"{++n}. Yêu cầu", new Fmt(Bold: true))));
                foreach (var p in doc.Requirements) AddBody(p);
            }
        }

        private void Theme()
        {
            var n = 0;
            foreach (var (label, text) in new[] { ("Chủ đề", doc.Theme), ("Khẩu hiệu", doc.Slogan) })
            {
                if (string.IsNullOrWhiteSpace(text)) continue;
                var quoted = text.Trim().Trim('"', '“', '”', '.', ' ');
                Add(P(new Para { Style = "Body" },
                    [R($"{++n}. {label}: ", new Fmt(Bold: true)), R("“"), .. Inline(quoted, new Fmt(Italic: true)), R("”.")]));
            }

            foreach (var p in doc.GeneralInfo) AddBody(p);
        }

        private void Activity(ActivityBlock a, int depth)
        {
            var heading = new Fmt(Bold: depth <= 1, Italic: depth >= 1);
            // An agenda session is written as the document wrote it ("a) Buổi sáng: Khai mạc …"); its time is the
            // session itself (with the day above it), so it gets no time field of its own unless it was edited.
            if (a.Session is { Length: > 0 } session)
            {
                Add(P(new Para { Style = "Item" }, [R(DocxText.Label(a.Label) + " ", heading), .. Inline($"{session.Trim()}: {a.Title.Trim()}", heading)]));
                if (a.Time is { } t && t.Trim().StartsWith(session.Trim(), StringComparison.Ordinal)) a = a with { Time = null };
            }
            else Add(P(new Para { Style = "Item" }, [R(DocxText.Label(a.Label) + " ", heading), .. Inline(a.Title.Trim(), heading)]));
            // A dated agenda heading ("1. Ngày 10/10/2025") says its time in its title: no time field repeats it.
            if (a.TimeInTitle) a = a with { Time = null };

            var labels = doc.FieldLabels;
            var letter = 0;
            void Field(string label, string? text)
            {
                if (string.IsNullOrWhiteSpace(text)) return;
                Add(P(new Para { Style = "Body" }, [R($"{DocxText.Letter(letter++)}) {label}: ", new Fmt(Bold: true)), .. Inline(DocxText.EndSentence(text.Trim()))]));
            }

            if (a.WrittenFields.Count > 0)
            {
                WrittenFields(a);
                if (a.Path is not null) Passages(_passthrough.Where(p => p.After == a.Path).ToList(), b.Width);
                foreach (var child in a.Children) Activity(child, depth + 1);
                return;
            }

            Field(labels.Lead, a.Lead);
            Field(labels.Coordinating, a.Coordinating);
            Field(labels.Time, a.Time);
            Field(labels.Location, a.Location);
            Field(labels.Form, a.Form);
            var content = a.Content.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
            if (content.Count == 1 && !IsBullet(content[0]))
            {
                Field(labels.Content, content[0]);
            }
            else if (content.Count > 0)
            {
                Add(P(new Para { Style = "Body", KeepNext = true }, R($"{DocxText.Letter(letter++)}) {labels.Content}:", new Fmt(Bold: true))));
                foreach (var c in content) AddBody(c);
            }

            Field(labels.Participants, a.Participants);
            Field(labels.Budget, a.Budget);
            foreach (var note in a.Notes) Add(P(new Para { Style = "Body" }, [R($"{DocxText.Letter(letter++)}) "), .. Inline(note)]));
            if (a.Path is not null) Passages(_passthrough.Where(p => p.After == a.Path).ToList(), b.Width);
            foreach (var child in a.Children) Activity(child, depth + 1);
        }

        /// <summary>The fields in the imported document's order, each with its marker and label as written; fields it did not have follow.</summary>
        private void WrittenFields(ActivityBlock a)
        {
            var labels = doc.FieldLabels;
            var values = new Dictionary<string, (string Label, IReadOnlyList<string> Lines)>
            {
                ["Lead"] = (labels.Lead, DocxText.Lines(a.Lead)), ["Coordinating"] = (labels.Coordinating, DocxText.Lines(a.Coordinating)),
                ["Time"] = (labels.Time, DocxText.Lines(a.Time)), ["Location"] = (labels.Location, DocxText.Lines(a.Location)),
                ["Form"] = (labels.Form, DocxText.Lines(a.Form)), ["Content"] = (labels.Content, a.Content.Where(c => !string.IsNullOrWhiteSpace(c)).ToList()),
                ["Participants"] = (labels.Participants, DocxText.Lines(a.Participants)), ["Budget"] = (labels.Budget, DocxText.Lines(a.Budget)),
            };
            var written = new HashSet<string>();
            var note = 0;
            void Write(string prefix, IReadOnlyList<string> lines)
            {
                if (lines.Count == 1 && !IsBullet(lines[0]))
                {
                    Add(P(new Para { Style = "Body" }, [R(prefix + " "), .. Inline(lines[0].Trim())]));
                    return;
                }

                Add(P(new Para { Style = "Body", KeepNext = lines.Count > 0 }, R(prefix)));
                foreach (var line in lines) AddBody(line);
            }

            foreach (var f in a.WrittenFields)
            {
                if (f.Field == "Note")
                {
                    if (note < a.Notes.Count) Add(P(new Para { Style = "Body" }, [R(f.Prefix.Length > 0 ? f.Prefix + " " : ""), .. Inline(a.Notes[note++])]));
                    continue;
                }

                if (!values.TryGetValue(f.Field, out var v) || !written.Add(f.Field)) continue;
                if (v.Lines.Count > 0 || f.Prefix.Length > 0) Write(f.Prefix, v.Lines);
            }

            var letter = 0;
            foreach (var (field, v) in values)
            {
                if (written.Contains(field) || v.Lines.Count == 0) continue;
                if (field == "Content") foreach (var line in v.Lines) AddBody(line); // text under no label stays so
                else Write($"- {v.Label}:", v.Lines);
            }
            for (; note < a.Notes.Count; note++) Add(P(new Para { Style = "Body" }, [R($"{DocxText.Letter(letter++)}) "), .. Inline(a.Notes[note])]));
        }

        private static bool IsBullet(string text) => text.TrimStart() is { Length: > 0 } t && t[0] is '-' or '+' or '•' or '–';

        private void Responsibilities()
        {
            for (var i = 0; i < doc.Responsibilities.Count; i++)
            {
                var block = doc.Responsibilities[i];
                Add(P(new Para { Style = "Item" }, [R($"{i + 1}. ", new Fmt(Bold: true)), .. Inline(block.Heading.Trim(), new Fmt(Bold: true))]));
                foreach (var duty in block.Duties) AddBody(duty);
            }
        }

        // ── appendices ──

        private void Appendix(PlanAppendix appendix)
        {
            var landscape = IsLandscape(appendix);
            var newSection = b.Orient(landscape);
            var width = TextWidth(landscape);
            Add(P(new Para { Style = "Centered", PageBreakBefore = !newSection, KeepNext = true }, R(appendix.Label.Trim(), new Fmt(Bold: true, Size: 14))));
            foreach (var line in DocxText.Lines(appendix.Title))
                Add(P(new Para { Style = "Centered", KeepNext = true }, Inline(DocxText.Upper(line), new Fmt(Bold: true, Size: 14))));
            var attached = appendix.AttachedTo ?? doc.AttachedToLine();
            if (!string.IsNullOrWhiteSpace(attached))
            {
                Add(P(new Para { Style = "Centered", KeepNext = true }, R(attached.Trim(), new Fmt(Italic: true, Size: 14))));
                Add(Rule(width, Math.Min(width, DocxText.Width(attached, false, 14)) / 3));
            }

            Add(P(new Para { Style = "Centered", ExactLine = 240, KeepNext = true }));
            switch (appendix)
            {
                case BudgetAppendix budget: BudgetTable(budget.Estimate, width, budget.NoteColumn); break;
                case ParticipantAppendix p: ParticipantTable(p, width); break;
                case TaskAppendix t: TaskTable(t, width); break;
                case TableAppendix t: OtherTable(t, width); break;
                case PassageAppendix p: Passages(p.Passages, width); break;
            }

            Passages(appendix.Notes, width);
        }

        private void BudgetTable(Estimate e, int width, bool noteColumn)
        {
            var columns = BudgetColumns(e, noteColumn);
            var analysis = EstimateAnalyzer.Analyze(e);
            var subtotals = new Dictionary<EstimateLine, Money>(ReferenceEqualityComparer.Instance);
            foreach (var g in analysis.Groups) subtotals[g.Group] = g.StatedSubtotal ?? g.ComputedSubtotal;

            var fixedWidths = new Dictionary<BudgetColumn, int>
            {
                // 1,3 | * | 2,4 | 2,6 | 3,2 | 3,6 | 3,5 cm: "SỐ LƯỢNG" and "388.400.000" set on one line in bold 13 pt.
                [BudgetColumn.Label] = 737, [BudgetColumn.Unit] = 1361, [BudgetColumn.Quantity] = 1474,
                [BudgetColumn.Price] = 1814, [BudgetColumn.Amount] = 2041, [BudgetColumn.Note] = 1985,
            };
            var widths = columns.Select(c => fixedWidths.GetValueOrDefault(c)).ToArray();
            widths[columns.IndexOf(BudgetColumn.Content)] = width - widths.Sum();
            var headers = columns.Select(c => EstimateWorkbook.HeaderTexts[(int)c]).ToList();

            var rows = new List<TableRow> { HeaderRow(headers, widths) };
            for (var n = 0; n < e.Lines.Count; n++)
            {
                var line = e.Lines[n];
                var computed = analysis.Lines[n].ComputedAmount;
                var group = line.Kind == EstimateLineKind.Group;
                var cells = new List<TableCell>();
                for (var i = 0; i < columns.Count; i++)
                {
                    var (text, align) = columns[i] switch
                    {
                        BudgetColumn.Label => (line.Label, Align.Center),
                        BudgetColumn.Content => (line.Content, group ? Align.Left : Align.Justify),
                        BudgetColumn.Unit => (line.UnitOfMeasure, Align.Center),
                        BudgetColumn.Quantity => (DocxText.Number(line.Quantity), Align.Center),
                        BudgetColumn.Price => (line.UnitPrice?.ToDigits(), Align.Right),
                        BudgetColumn.Amount => ((group ? subtotals.GetValueOrDefault(line, line.StatedAmount ?? Money.Zero) : line.StatedAmount ?? computed)?.ToDigits(), Align.Right),
                        _ => (line.Note, Align.Left),
                    };
                    cells.Add(TextCell(widths[i], text, align, new Fmt(Bold: group)));
                }

                rows.Add(Row(false, [.. cells]));
            }

            var total = e.StatedTotal ?? analysis.ComputedTotal;
            var amountAt = columns.IndexOf(BudgetColumn.Amount);
            var totalCells = new List<TableCell>
            {
                TextCell(widths.Take(amountAt).Sum(), EstimateWorkbook.TotalText, Align.Center, new Fmt(Bold: true), amountAt),
                TextCell(widths[amountAt], total.ToDigits(), Align.Right, new Fmt(Bold: true)),
            };
            for (var i = amountAt + 1; i < columns.Count; i++) totalCells.Add(Cell(widths[i], [CellParagraph(null, Align.Left, default)]));
            rows.Add(Row(false, [.. totalCells]));
            Add(BorderedTable(widths, rows));

            if (PlanDocument.Words(total) is { } words)
                Add(P(new Para { Style = "Body", Before = 120 }, [R(EstimateWorkbook.WordsPrefix, new Fmt(Bold: true, Italic: true)), R(DocxText.EndSentence(words), new Fmt(Italic: true))]));
        }

        private void ParticipantTable(ParticipantAppendix p, int width)
        {
            int[] widths = [850, width - 850 - 2268, 2268];
            var rows = new List<TableRow> { HeaderRow([p.NumberHeader, p.UnitHeader, p.CountHeader], widths) };
            foreach (var r in p.Rows)
            {
                var f = new Fmt(Bold: r.IsGroup);
                rows.Add(Row(false,
                    TextCell(widths[0], r.Label, Align.Center, f),
                    TextCell(widths[1], r.Unit, r.IsGroup ? Align.Left : Align.Justify, f),
                    TextCell(widths[2], r.Count, Align.Center, f)));
            }

            if (p.Total is not null)
                rows.Add(Row(false, // three cells, as a plan writes it: a reader of the table finds the count in its column
                    TextCell(widths[0], null, Align.Center),
                    TextCell(widths[1], p.TotalLabel, Align.Center, new Fmt(Bold: true)),
                    TextCell(widths[2], p.Total, Align.Center, new Fmt(Bold: true))));
            Add(BorderedTable(widths, rows));
        }

        private void TaskTable(TaskAppendix t, int width)
        {
            int[] widths = [737, 0, 2835, 3118, 1701, 1361];
            widths[1] = width - widths.Sum();
            var rows = new List<TableRow> { HeaderRow(["STT", "NHIỆM VỤ", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI GIAN", "GHI CHÚ"], widths) };
            foreach (var r in t.Rows)
            {
                var f = new Fmt(Bold: r.IsGroup);
                string?[] texts = [r.Label, r.Task, r.Lead, r.Coordinating, r.Time, r.Note];
                Align[] aligns = [Align.Center, Align.Justify, Align.Left, Align.Left, Align.Center, Align.Left];
                rows.Add(Row(false, [.. texts.Select((x, i) => TextCell(widths[i], x, aligns[i], f))]));
            }

            Add(BorderedTable(widths, rows));
        }

        private void OtherTable(TableAppendix t, int width)
        {
            var count = ColumnCount(t);
            if (count == 0) return;
            var weights = t.Widths is { } w && w.Count == count ? w.ToArray() : Enumerable.Range(0, count).Select(i => i == 0 && count > 2 ? 0.4 : 1.0).ToArray();
            var widths = Widths(width, weights);
            var rows = new List<TableRow>();
            if (t.Headers.Count > 0) rows.Add(HeaderRow([.. t.Headers, .. Enumerable.Repeat("", count - t.Headers.Count)], widths));
            foreach (var r in t.Rows)
                rows.Add(Row(false, [.. Enumerable.Range(0, count).Select(i => TextCell(widths[i], i < r.Cells.Count ? r.Cells[i] : null, i == 0 ? Align.Center : Align.Left, new Fmt(Bold: r.IsGroup)))]));
            Add(BorderedTable(widths, rows));
        }
    }
}
