using DocumentFormat.OpenXml.Wordprocessing;
using Lantoa.Web.Features.Documents;
using static Lantoa.Web.Features.Documents.DocxBuilder;

namespace Lantoa.Web.Features.Tracking.Reports;

/// <summary>
/// Writes a <see cref="SummaryReportDocument"/> as a .docx in the layout of Decree 30/2020/NĐ-CP, with the same page,
/// header, title, body, table and signature parts as a plan (<see cref="DocxBuilder"/>): "BÁO CÁO" and the subject; the
/// introduction; I. KẾT QUẢ THỰC HIỆN with a subsection per activity (its heading, the units' status line, their
/// narratives, a table of figures per unit with a total row); II. ĐÁNH GIÁ CHUNG (1. strengths, 2. limits); III. ĐƠN VỊ
/// CHẬM BÁO CÁO (a table); IV. ĐỀ XUẤT, KIẾN NGHỊ; the closing; "Nơi nhận" and the signature.
/// </summary>
/// <remarks>
/// A figures table of <see cref="LandscapeFigureColumns"/> figures or more is set on a landscape page (its activity's
/// heading with it when the activity has nothing else to show); the report goes on in portrait after it. Texts are
/// written as given: no inline marks are read.
/// </remarks>
public static class SummaryReportWriter
{
    public const string ContentType = DocxBuilder.ContentType;

    /// <summary>From this many figure columns on, an activity's figures table is set on a landscape page.</summary>
    public const int LandscapeFigureColumns = 6;

    public static byte[] Write(SummaryReportDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var title = $"{DocxText.SentenceCase(doc.DocumentType.Trim())} {DocxText.LowerFirst(doc.Subject.Trim())}";
        return DocxBuilder.Write(title, b => new BodyWriter(doc, b).Write());
    }

    private sealed class BodyWriter(SummaryReportDocument doc, DocxBuilder b)
    {
        private bool _spaceBefore;

        public void Write()
        {
            b.HeaderTable(doc.ParentBody, doc.IssuingBody, doc.NumberSymbol, doc.Place, doc.IssuedOn);
            b.TitleBlock(doc.DocumentType, doc.Subject);
            Paragraphs(doc.Introduction);
            foreach (var part in doc.Parts())
            {
                // The results start on a landscape page when their first activity is only a wide table.
                b.Orient(part.Part == ReportPart.Results && TableOnly(doc.Activities[0]));
                b.AddPart(part.Numeral, part.Heading, SpaceBefore());
                switch (part.Part)
                {
                    case ReportPart.Results: foreach (var a in doc.Activities) Activity(a); break;
                    case ReportPart.Assessment: Assessment(); break;
                    case ReportPart.LateUnits: LateUnits(); break;
                    case ReportPart.Proposals: Paragraphs(doc.Proposals); break;
                }
            }

            b.Orient(false);
            var closing = doc.Closing.SelectMany(DocxText.Lines).ToList();
            for (var i = 0; i < closing.Count; i++)
                Text(i == closing.Count - 1 ? DocxText.EndDocument(closing[i]) : closing[i], keepNext: i == closing.Count - 1);
            b.SignatureTable(doc.Recipients, doc.Signer);
        }

        /// <summary>A body paragraph written as given.</summary>
        private void Text(string text, Fmt fmt = default, bool keepNext = false) =>
            b.Add(P(new Para { Style = "Body", KeepNext = keepNext, Before = SpaceBefore() }, R(text, fmt)));

        private void Paragraphs(IEnumerable<string> texts)
        {
            foreach (var text in texts.SelectMany(DocxText.Lines)) Text(text);
        }

        private void Item(string label, string title, Fmt fmt) =>
            b.Add(P(new Para { Style = "Item", Before = SpaceBefore() }, R($"{DocxText.Label(label)} {title.Trim()}", fmt)));

        // ── I. results ──

        /// <summary>Whether an activity's figures table is too wide for a portrait page.</summary>
        private static bool IsWide(ActivityResult a) => a.Figures is { } f && f.Columns.Count >= LandscapeFigureColumns;

        /// <summary>Whether an activity is only its heading and a wide table: the heading goes on the table's landscape page.</summary>
        private static bool TableOnly(ActivityResult a) => IsWide(a) && a.Status is null && a.Narratives.Count == 0;

        private void Activity(ActivityResult a)
        {
            b.Orient(TableOnly(a));
            // "1." bold; "2.1." bold italic; "2.1.1." italic, as the plan's own headings.
            var depth = a.Label.Trim().TrimEnd('.').Count(c => c == '.');
            Item(a.Label, a.Title, new Fmt(Bold: depth <= 1, Italic: depth >= 1));
            if (a.Status is { } status) Text(status.Describe(), new Fmt(Italic: true), keepNext: true);

            var several = a.Narratives.Select(n => n.Unit.Trim()).Distinct().Count() > 1;
            foreach (var n in a.Narratives)
            {
                var lines = DocxText.Lines(n.Text);
                for (var i = 0; i < lines.Count; i++)
                {
                    if (i == 0 && several)
                        b.Add(P(new Para { Style = "Body", Before = SpaceBefore() }, R("- "), R(n.Unit.Trim() + ": ", new Fmt(Italic: true)), R(lines[i])));
                    else
                        Text(lines[i]);
                }
            }

            if (a.Figures is { Columns.Count: > 0 } figures) FigureTable(figures);
        }

        private void FigureTable(FigureTable t)
        {
            b.Orient(t.Columns.Count >= LandscapeFigureColumns);
            Text("Số liệu cụ thể:", new Fmt(Italic: true), keepNext: true);

            // Đơn vị about twice as wide as a figure; Ghi chú a little wider than one.
            double[] weights = [2.2, .. t.Columns.Select(_ => 1.0), 1.2];
            var widths = Widths(b.Width, weights);
            var last = widths.Length - 1;
            var rows = new List<TableRow> { HeaderRow([t.UnitHeader, .. t.Columns.Select(c => c.Header()), t.NoteHeader], widths) };
            foreach (var r in t.Rows)
                rows.Add(Row(false,
                [
                    TextCell(widths[0], r.Unit, Align.Left),
                    .. t.Columns.Select((_, i) => TextCell(widths[i + 1], DocxText.Number(i < r.Values.Count ? r.Values[i] : null), Align.Center)),
                    TextCell(widths[last], r.Note, Align.Left),
                ]));

            var bold = new Fmt(Bold: true);
            rows.Add(Row(false,
            [
                TextCell(widths[0], t.TotalLabel, Align.Center, bold),
                .. t.Totals().Select((v, i) => TextCell(widths[i + 1], DocxText.Number(v), Align.Center, bold)),
                TextCell(widths[last], null, Align.Left),
            ]));
            b.Add(BorderedTable(widths, rows));
            AfterTable();
        }

        /// <summary>6 pt between a table and the text under it.</summary>
        /// <remarks>
        /// Space above the next paragraph, not an empty paragraph between: LibreOffice lets a heading that follows an
        /// empty paragraph at the foot of a page stay there, apart from the text it is kept with.
        /// </remarks>
        private void AfterTable() => _spaceBefore = true;

        /// <summary>The space above a paragraph: 6 pt for the first one after a table.</summary>
        private int? SpaceBefore()
        {
            var before = _spaceBefore ? ParagraphSpacing : (int?)null;
            _spaceBefore = false;
            return before;
        }

        // ── II. assessment ──

        private void Assessment()
        {
            var n = 0;
            foreach (var (heading, paragraphs) in new[] { (doc.StrengthsHeading, doc.Strengths), (doc.LimitationsHeading, doc.Limitations) })
            {
                var lines = paragraphs.SelectMany(DocxText.Lines).ToList();
                if (lines.Count == 0) continue;
                Item((++n).ToString(System.Globalization.CultureInfo.InvariantCulture), heading, new Fmt(Bold: true));
                foreach (var line in lines) Text(line);
            }
        }

        // ── III. late units ──

        private void LateUnits()
        {
            if (!string.IsNullOrWhiteSpace(doc.LateIntroduction)) Text(doc.LateIntroduction.Trim(), keepNext: doc.LateUnits.Count > 0);
            if (doc.LateUnits.Count == 0) return;
            const int number = 737, due = 1474, days = 1247; // 1,3 | * | * | 2,6 | 2,2 cm: "31/10/2024" on one line.
            var rest = b.Width - number - due - days;
            int[] widths = [number, rest / 2, rest - rest / 2, due, days];
            var rows = new List<TableRow> { HeaderRow(["STT", "Đơn vị", "Nội dung phải báo cáo", "Hạn", "Số ngày chậm"], widths) };
            for (var i = 0; i < doc.LateUnits.Count; i++)
            {
                var l = doc.LateUnits[i];
                rows.Add(Row(false,
                    TextCell(widths[0], (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Align.Center),
                    TextCell(widths[1], l.Unit, Align.Left),
                    TextCell(widths[2], l.Obligation, Align.Left),
                    TextCell(widths[3], DocxText.ShortDate(l.DueOn), Align.Center),
                    TextCell(widths[4], DocxText.Number(l.DaysLate), Align.Center)));
            }

            b.Add(BorderedTable(widths, rows));
            AfterTable();
        }
    }
}
