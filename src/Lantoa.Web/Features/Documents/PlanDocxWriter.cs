using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantoa.Domain.Budgets;
using Lantoa.Web.Features.Budgets;

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
/// <para><b>Rules.</b> The short horizontal lines of the header (under the issuing body: about 40% of its longest line;
/// under "Độc lập - Tự do - Hạnh phúc": as long as the motto; under the subject and the "(Kèm theo …)" line of an
/// appendix: about a third of the line) are paragraph borders whose length is set by the paragraph's indents, from an
/// estimate of the text's width in Times New Roman (<see cref="DocxText.Width"/>). No drawing objects are used, so every
/// program that reads .docx draws them.</para>
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
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string FontName = "Times New Roman";

    // Page geometry in twips (1/20 pt): A4 and the margins of Decree 30/2020.
    public const int A4Width = 11906, A4Height = 16838;
    public const int MarginTop = 1134, MarginBottom = 1134, MarginLeft = 1701, MarginRight = 850;
    private const int HeaderDistance = 567, FooterDistance = 567;

    /// <summary>1 cm: the first-line indent of body paragraphs.</summary>
    public const int FirstLineIndent = 567;

    /// <summary>6 pt after each body paragraph.</summary>
    public const int ParagraphSpacing = 120;

    /// <summary>The width of the text on a portrait (165 mm) or landscape (252 mm) page.</summary>
    public static int TextWidth(bool landscape) => (landscape ? A4Height : A4Width) - MarginLeft - MarginRight;

    /// <summary>Whether an appendix is laid out on a landscape page: a table of six or more columns.</summary>
    public static bool IsLandscape(PlanAppendix appendix) => ColumnCount(appendix) >= 6;

    public static byte[] Write(PlanDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<DocumentSettingsPart>().Settings = Settings();
            var firstHeader = main.AddNewPart<HeaderPart>();
            firstHeader.Header = new Header(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" })));
            var pageHeader = main.AddNewPart<HeaderPart>();
            pageHeader.Header = new Header(PageNumberParagraph());
            var body = new BodyWriter(doc, main.GetIdOfPart(firstHeader), main.GetIdOfPart(pageHeader)).Write();
            main.Document = new Document(body);
            package.PackageProperties.Title = DocxText.Clean($"{DocxText.SentenceCase(doc.DocumentType)} {doc.Subject}").Replace('\n', ' ');
            package.PackageProperties.Creator = "Lantoa";
            package.PackageProperties.Language = "vi-VN";
        }

        return stream.ToArray();
    }

    // ───────────────────────────── styles and parts ─────────────────────────────

    private static Styles Styles()
    {
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
                new Color { Val = "000000" },
                new FontSize { Val = "28" },
                new FontSizeComplexScript { Val = "28" },
                new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })));

        Style ParagraphStyle(string id, string name, string? basedOn, StyleParagraphProperties? p, StyleRunProperties? r = null, bool isDefault = false)
        {
            var s = new Style { Type = StyleValues.Paragraph, StyleId = id };
            if (isDefault) s.Default = true;
            s.Append(new StyleName { Val = name });
            if (basedOn is not null) s.Append(new BasedOn { Val = basedOn });
            s.Append(new PrimaryStyle());
            if (p is not null) s.Append(p);
            if (r is not null) s.Append(r);
            return s;
        }

        var tableNormal = new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true };

        return new Styles(
            defaults,
            ParagraphStyle("Normal", "Normal", null, null, isDefault: true),
            // Body: justified, 1 cm first-line indent, 6 pt after, single line spacing (Decree 30: at least single, at least 6 pt).
            ParagraphStyle("Body", "Lantoa Body", "Normal", new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = ParagraphSpacing.ToString(CultureInfo.InvariantCulture), Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = FirstLineIndent.ToString(CultureInfo.InvariantCulture) },
                new Justification { Val = JustificationValues.Both })),
            // Part: "I. MỤC ĐÍCH, YÊU CẦU" — bold, kept with what follows.
            ParagraphStyle("Part", "Lantoa Part", "Body", new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold(), new BoldComplexScript())),
            // Item: "1. Tổ chức các hoạt động truyền thông", "2.1. Cấp tỉnh", "1. Sở Thông tin và Truyền thông".
            ParagraphStyle("Item", "Lantoa Item", "Body", new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 1 })),
            // Centred lines of the title blocks.
            ParagraphStyle("Centered", "Lantoa Centered", "Normal", new StyleParagraphProperties(new Justification { Val = JustificationValues.Center })),
            // Table cells: 13 pt, 2 pt above and below.
            ParagraphStyle("TableText", "Lantoa Table Text", "Normal", new StyleParagraphProperties(
                    new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new StyleRunProperties(new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" })),
            ParagraphStyle("Header", "header", "Normal", new StyleParagraphProperties(new Justification { Val = JustificationValues.Center })),
            tableNormal);
    }

    private static Settings Settings() => new(
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    /// <summary>The page number, centred: a PAGE field.</summary>
    private static Paragraph PageNumberParagraph() => new(
        new ParagraphProperties(new ParagraphStyleId { Val = "Header" }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("2")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }));

    internal static int ColumnCount(PlanAppendix appendix) => appendix switch
    {
        BudgetAppendix b => BudgetColumns(b.Estimate).Count,
        ParticipantAppendix => 3,
        TaskAppendix => 6,
        TableAppendix t => Math.Max(t.Headers.Count, t.Rows.Select(r => r.Cells.Count).DefaultIfEmpty(0).Max()),
        _ => 0,
    };

    private enum Align
    {
        Left,
        Center,
        Right,
        Justify,
    }

    private sealed record ColumnSpec(string Header, int Width, Align Align);

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
    private static List<BudgetColumn> BudgetColumns(Estimate e)
    {
        var detail = e.Lines.Any(l => l.UnitOfMeasure is not null || l.Quantity is not null || l.UnitPrice is not null);
        var note = e.Lines.Any(l => !string.IsNullOrWhiteSpace(l.Note));
        var columns = new List<BudgetColumn> { BudgetColumn.Label, BudgetColumn.Content };
        if (detail) columns.AddRange([BudgetColumn.Unit, BudgetColumn.Quantity, BudgetColumn.Price]);
        columns.Add(BudgetColumn.Amount);
        if (note) columns.Add(BudgetColumn.Note);
        return columns;
    }

    // ───────────────────────────── the body ─────────────────────────────

    private readonly record struct Fmt(bool Bold = false, bool Italic = false, int? Size = null);

    /// <summary>What a paragraph looks like, beyond its style. Null means: as the style says.</summary>
    private sealed record Para
    {
        public string? Style { get; init; }
        public bool KeepNext { get; init; }
        public bool PageBreakBefore { get; init; }
        public bool BottomRule { get; init; }
        public int? Before { get; init; }
        public int? After { get; init; }

        /// <summary>An exact line height (twips), for the thin paragraphs that carry a rule.</summary>
        public int? ExactLine { get; init; }

        public int? Left { get; init; }
        public int? Right { get; init; }
        public int? FirstLine { get; init; }
        public Align? Align { get; init; }

        /// <summary>The size of the paragraph mark (points), for the rule paragraphs.</summary>
        public int? MarkSize { get; init; }
    }

    private sealed class BodyWriter(PlanDocument doc, string firstHeaderId, string pageHeaderId)
    {
        private const int HeaderCellPadding = 0;

        private readonly List<OpenXmlElement> _body = [];
        private bool _landscape;
        private bool _firstSection = true;

        public Body Write()
        {
            HeaderTable();
            TitleBlock();
            foreach (var basis in doc.LegalBases) AddBody(basis);
            if (!string.IsNullOrWhiteSpace(doc.Preamble)) AddBody(doc.Preamble);
            foreach (var part in doc.Parts())
            {
                Add(P(new Para { Style = "Part" }, R($"{part.Numeral}. {DocxText.Upper(part.Heading.Trim())}")));
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
            SignatureTable();

            foreach (var appendix in doc.Appendices) Appendix(appendix);

            var body = new Body();
            foreach (var e in _body) body.Append(e);
            if (_body.Count == 0 || _body[^1] is Table) body.Append(ThinParagraph());
            body.Append(Section(_landscape, _firstSection));
            return body;
        }

        private void Add(OpenXmlElement e) => _body.Add(e);

        /// <summary>A body paragraph (justified, indented), its inline marks read.</summary>
        private void AddBody(string text, Fmt fmt = default, bool keepNext = false) =>
            Add(P(new Para { Style = "Body", KeepNext = keepNext }, Inline(text, fmt)));

        // ── header: issuing body | national name, number | place and date ──

        private void HeaderTable()
        {
            // 62 mm | 111 mm: the table reaches 8 mm into the left margin, as the Decree's samples do, so that the national
            // name fits on one line at 12 pt and the issuing body's lines at 13 pt.
            const int leftWidth = 3515, rightWidth = 6293, indent = -453;
            var bodyLines = IssuingBodyLines(doc.IssuingBody);

            var left = new List<Paragraph>();
            if (!string.IsNullOrWhiteSpace(doc.ParentBody))
                foreach (var line in DocxText.Lines(doc.ParentBody))
                    left.Add(P(new Para { Style = "Centered" }, R(DocxText.Upper(line), new Fmt(Size: 13))));
            foreach (var line in bodyLines)
                left.Add(P(new Para { Style = "Centered" }, R(DocxText.Upper(line), new Fmt(Bold: true, Size: 13))));
            var bodyWidth = bodyLines.Max(l => DocxText.Width(DocxText.Upper(l), true, 13));
            left.Add(Rule(leftWidth - 2 * HeaderCellPadding, Math.Min(bodyWidth, leftWidth) * 2 / 5));

            const string nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
            const string motto = "Độc lập - Tự do - Hạnh phúc";
            var right = new List<Paragraph>
            {
                P(new Para { Style = "Centered" }, R(nation, new Fmt(Bold: true, Size: 12))),
                P(new Para { Style = "Centered" }, R(motto, new Fmt(Bold: true, Size: 13))),
                // As long as the motto. The motto itself is not held between indents: a font wider than Times New Roman
                // (a substitute on another machine) must not wrap it.
                Rule(rightWidth - 2 * HeaderCellPadding, DocxText.Width(motto, true, 13)),
            };

            var number = string.IsNullOrWhiteSpace(doc.NumberSymbol) ? "     /" : doc.NumberSymbol.Trim();
            if (number.StartsWith('/')) number = "        " + number;
            var place = string.IsNullOrWhiteSpace(doc.Place) ? "" : doc.Place.Trim() + ", ";
            var numberLine = P(new Para { Style = "Centered", Before = 120 }, R($"Số: {number}", new Fmt(Size: 13)));
            var dateLine = P(new Para { Style = "Centered", Before = 120 }, R(place + DocxText.DateWords(doc.IssuedOn), new Fmt(Italic: true, Size: 14)));

            var table = BorderlessTable([leftWidth, rightWidth], indent,
                Row(false, Cell(leftWidth, left), Cell(rightWidth, right)),
                Row(false, Cell(leftWidth, [numberLine]), Cell(rightWidth, [dateLine])));
            Add(table);
        }

        /// <summary>"ỦY BAN NHÂN DÂN TỈNH LONG AN" on two lines, after "ỦY BAN NHÂN DÂN" (as the issuing body is set); "\n" wins.</summary>
        private static IReadOnlyList<string> IssuingBodyLines(string name)
        {
            var lines = DocxText.Lines(name);
            if (lines.Count != 1) return lines.Count == 0 ? ["…"] : lines;
            var upper = DocxText.Upper(lines[0]);
            foreach (var head in new[] { "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN" })
                if (upper.StartsWith(head + " ", StringComparison.Ordinal))
                    return [lines[0][..head.Length], lines[0][(head.Length + 1)..].Trim()];
            return lines;
        }

        /// <summary>An empty thin paragraph whose bottom border draws a centred rule of <paramref name="length"/> twips.</summary>
        private static Paragraph Rule(int available, int length)
        {
            var side = Math.Max(0, (available - length) / 2);
            return P(new Para { Style = "Centered", Left = side, Right = side, BottomRule = true, ExactLine = 80, MarkSize = 4 });
        }

        // ── title ──

        private void TitleBlock()
        {
            Add(P(new Para { Style = "Centered", Before = 360, KeepNext = true }, R(DocxText.Upper(doc.DocumentType.Trim()), new Fmt(Bold: true, Size: 14))));
            var subject = DocxText.Lines(doc.Subject);
            foreach (var line in subject)
                Add(P(new Para { Style = "Centered", KeepNext = true }, Inline(line, new Fmt(Bold: true, Size: 14))));
            var width = TextWidth(false);
            var longest = subject.Select(l => DocxText.Width(DocxText.Plain(l), true, 14)).DefaultIfEmpty(width).Max();
            Add(Rule(width, Math.Min(longest, width) / 3));
            Add(P(new Para { Style = "Centered", After = 120, ExactLine = 240 }));
        }

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
            Add(P(new Para { Style = "Item" }, [R(ActivityLabel(a.Label) + " ", heading), .. Inline(a.Title.Trim(), heading)]));

            var labels = doc.FieldLabels;
            var letter = 0;
            void Field(string label, string? text)
            {
                if (string.IsNullOrWhiteSpace(text)) return;
                Add(P(new Para { Style = "Body" }, [R($"{DocxText.Letter(letter++)}) {label}: ", new Fmt(Bold: true)), .. Inline(DocxText.EndSentence(text.Trim()))]));
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
            foreach (var child in a.Children) Activity(child, depth + 1);
        }

        private static bool IsBullet(string text) => text.TrimStart() is { Length: > 0 } t && t[0] is '-' or '+' or '•' or '–';

        /// <summary>"2.1" → "2.1."; "a" → "a)"; a label that already ends in "." or ")" is kept.</summary>
        private static string ActivityLabel(string label)
        {
            var l = label.Trim();
            if (l.Length == 0 || l.EndsWith('.') || l.EndsWith(')')) return l;
            return l.All(char.IsLetter) ? l + ")" : l + ".";
        }

        private void Responsibilities()
        {
            for (var i = 0; i < doc.Responsibilities.Count; i++)
            {
                var block = doc.Responsibilities[i];
                Add(P(new Para { Style = "Item" }, [R($"{i + 1}. ", new Fmt(Bold: true)), .. Inline(block.Heading.Trim(), new Fmt(Bold: true))]));
                foreach (var duty in block.Duties) AddBody(duty);
            }
        }

        // ── recipients and signature ──

        private void SignatureTable()
        {
            const int leftWidth = 4536, rightWidth = 4819; // 80 mm | 85 mm
            var left = new List<Paragraph> { P(new Para { Before = 240 }, R("Nơi nhận:", new Fmt(Bold: true, Italic: true, Size: 12))) };
            var recipients = doc.Recipients.Select(r => r.Trim().TrimStart('-', '+', '•', ' ').TrimEnd(';', '.', ',', ' ')).Where(r => r.Length > 0).ToList();
            if (!recipients.Any(r => r.StartsWith("Lưu", StringComparison.OrdinalIgnoreCase))) recipients.Add("Lưu: VT");
            for (var i = 0; i < recipients.Count; i++)
                left.Add(P(new Para(), R($"- {recipients[i]}{(i == recipients.Count - 1 ? "." : ";")}", new Fmt(Size: 11))));

            var right = new List<Paragraph>();
            var signer = doc.Signer;
            var titles = new[] { signer?.Authority, signer?.Prefix, signer?.Title }.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
            foreach (var t in titles)
                right.Add(P(new Para { Style = "Centered", Before = right.Count == 0 ? 240 : null }, R(DocxText.Upper(t!.Trim()), new Fmt(Bold: true, Size: 14))));
            // Room for the signature and the seal (about 30 mm), then the name.
            right.Add(P(new Para { Style = "Centered", Before = right.Count == 0 ? 1900 : 1660 },
                R(string.IsNullOrWhiteSpace(signer?.Name) ? "" : signer.Name.Trim(), new Fmt(Bold: true, Size: 14))));

            Add(BorderlessTable([leftWidth, rightWidth], 0, Row(false, Cell(leftWidth, left), Cell(rightWidth, right))));
        }

        // ── appendices ──

        private void Appendix(PlanAppendix appendix)
        {
            var landscape = IsLandscape(appendix);
            var newSection = landscape != _landscape;
            if (newSection)
            {
                CloseSection();
                _landscape = landscape;
            }

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
                case BudgetAppendix b: BudgetTable(b.Estimate, width); break;
                case ParticipantAppendix p: ParticipantTable(p, width); break;
                case TaskAppendix t: TaskTable(t, width); break;
                case TableAppendix t: OtherTable(t, width); break;
            }
        }

        /// <summary>Ends the current section: its properties go on its last paragraph (a thin one after a table).</summary>
        private void CloseSection()
        {
            var section = Section(_landscape, _firstSection);
            _firstSection = false;
            if (_body.Count > 0 && _body[^1] is Paragraph last && last.ParagraphProperties?.GetFirstChild<SectionProperties>() is null)
            {
                last.ParagraphProperties ??= new ParagraphProperties();
                last.ParagraphProperties.Append(section);
            }
            else
            {
                var thin = ThinParagraph();
                thin.ParagraphProperties!.Append(section);
                Add(thin);
            }
        }

        private SectionProperties Section(bool landscape, bool first)
        {
            var s = new SectionProperties();
            if (first) s.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeaderId });
            s.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = pageHeaderId });
            s.Append(new SectionType { Val = SectionMarkValues.NextPage });
            s.Append(new PageSize
            {
                Width = (uint)(landscape ? A4Height : A4Width),
                Height = (uint)(landscape ? A4Width : A4Height),
                Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
            });
            s.Append(new PageMargin
            {
                Top = MarginTop, Bottom = MarginBottom, Left = (uint)MarginLeft, Right = (uint)MarginRight,
                Header = (uint)HeaderDistance, Footer = (uint)FooterDistance, Gutter = 0U,
            });
            s.Append(new Columns { Space = "720" });
            if (first) s.Append(new TitlePage());
            return s;
        }

        private void BudgetTable(Estimate e, int width)
        {
            var columns = BudgetColumns(e);
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
                        BudgetColumn.Quantity => (Quantity(line.Quantity), Align.Center),
                        BudgetColumn.Price => (line.UnitPrice?.ToDigits(), Align.Right),
                        BudgetColumn.Amount => ((group ? subtotals.GetValueOrDefault(line, line.StatedAmount ?? Money.Zero) : line.StatedAmount ?? computed)?.ToDigits(), Align.Right),
                        _ => (line.Note, Align.Left),
                    };
                    cells.Add(Cell(widths[i], [CellParagraph(text, align, new Fmt(Bold: group))], vCenter: true));
                }

                rows.Add(Row(false, [.. cells]));
            }

            var total = e.StatedTotal ?? analysis.ComputedTotal;
            var amountAt = columns.IndexOf(BudgetColumn.Amount);
            var totalCells = new List<TableCell>
            {
                Cell(widths.Take(amountAt).Sum(), [CellParagraph(EstimateWorkbook.TotalText, Align.Center, new Fmt(Bold: true))], amountAt, vCenter: true),
                Cell(widths[amountAt], [CellParagraph(total.ToDigits(), Align.Right, new Fmt(Bold: true))], vCenter: true),
            };
            for (var i = amountAt + 1; i < columns.Count; i++) totalCells.Add(Cell(widths[i], [CellParagraph(null, Align.Left, default)]));
            rows.Add(Row(false, [.. totalCells]));
            Add(BorderedTable(widths, rows));

            if (PlanDocument.Words(total) is { } words)
                Add(P(new Para { Style = "Body", Before = 120 }, [R(EstimateWorkbook.WordsPrefix, new Fmt(Bold: true, Italic: true)), R(DocxText.EndSentence(words), new Fmt(Italic: true))]));
        }

        private static string? Quantity(decimal? q)
        {
            if (q is not { } v) return null;
            var format = new NumberFormatInfo { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NumberGroupSizes = [3] };
            return v.ToString("#,0.####", format);
        }

        private void ParticipantTable(ParticipantAppendix p, int width)
        {
            int[] widths = [850, width - 850 - 2268, 2268];
            var rows = new List<TableRow> { HeaderRow([p.NumberHeader, p.UnitHeader, p.CountHeader], widths) };
            foreach (var r in p.Rows)
            {
                var f = new Fmt(Bold: r.IsGroup);
                rows.Add(Row(false,
                    Cell(widths[0], [CellParagraph(r.Label, Align.Center, f)], vCenter: true),
                    Cell(widths[1], [CellParagraph(r.Unit, r.IsGroup ? Align.Left : Align.Justify, f)], vCenter: true),
                    Cell(widths[2], [CellParagraph(r.Count, Align.Center, f)], vCenter: true)));
            }

            if (p.Total is not null)
                rows.Add(Row(false,
                    Cell(widths[0] + widths[1], [CellParagraph(p.TotalLabel, Align.Center, new Fmt(Bold: true))], 2, vCenter: true),
                    Cell(widths[2], [CellParagraph(p.Total, Align.Center, new Fmt(Bold: true))], vCenter: true)));
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
                rows.Add(Row(false, [.. texts.Select((x, i) => Cell(widths[i], [CellParagraph(x, aligns[i], f)], vCenter: true))]));
            }

            Add(BorderedTable(widths, rows));
        }

        private void OtherTable(TableAppendix t, int width)
        {
            var count = ColumnCount(t);
            if (count == 0) return;
            var weights = t.Widths is { } w && w.Count == count ? w.ToArray() : Enumerable.Range(0, count).Select(i => i == 0 && count > 2 ? 0.4 : 1.0).ToArray();
            var sum = weights.Sum();
            var widths = weights.Select(x => (int)(width * x / sum)).ToArray();
            widths[^1] += width - widths.Sum();
            var rows = new List<TableRow>();
            if (t.Headers.Count > 0) rows.Add(HeaderRow([.. t.Headers, .. Enumerable.Repeat("", count - t.Headers.Count)], widths));
            foreach (var r in t.Rows)
                rows.Add(Row(false, [.. Enumerable.Range(0, count).Select(i => Cell(widths[i], [CellParagraph(i < r.Cells.Count ? r.Cells[i] : null, i == 0 ? Align.Center : Align.Left, new Fmt(Bold: r.IsGroup))], vCenter: true))]));
            Add(BorderedTable(widths, rows));
        }

        private static TableRow HeaderRow(IReadOnlyList<string> headers, int[] widths) =>
            Row(true, [.. headers.Select((h, i) => Cell(widths[i], [CellParagraph(h, Align.Center, new Fmt(Bold: true))], vCenter: true))]);

        private static Paragraph CellParagraph(string? text, Align align, Fmt fmt) =>
            P(new Para { Style = "TableText", Align = align }, string.IsNullOrEmpty(text) ? [] : Inline(text, fmt));
    }

    // ───────────────────────────── building blocks ─────────────────────────────

    private static Run R(string text, Fmt fmt = default)
    {
        var run = new Run();
        if (RunProps(fmt) is { } rp) run.Append(rp);
        var lines = DocxText.Clean(text).Replace('\t', ' ').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            if (lines[i].Length > 0) run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <summary>Runs of a text with its "**bold**" and "*italic*" marks, on top of <paramref name="fmt"/>.</summary>
    private static Run[] Inline(string text, Fmt fmt = default) =>
        DocxText.Spans(text).Select(s => R(s.Text, fmt with { Bold = fmt.Bold || s.Bold, Italic = fmt.Italic || s.Italic })).ToArray();

    private static RunProperties? RunProps(Fmt f)
    {
        if (!f.Bold && !f.Italic && f.Size is null) return null;
        var rp = new RunProperties();
        if (f.Bold)
        {
            rp.Append(new Bold());
            rp.Append(new BoldComplexScript());
        }

        if (f.Italic)
        {
            rp.Append(new Italic());
            rp.Append(new ItalicComplexScript());
        }

        if (f.Size is { } size)
        {
            var half = (size * 2).ToString(CultureInfo.InvariantCulture);
            rp.Append(new FontSize { Val = half });
            rp.Append(new FontSizeComplexScript { Val = half });
        }

        return rp;
    }

    private static Paragraph P(Para f, params Run[] runs)
    {
        var pp = new ParagraphProperties();
        if (f.Style is not null) pp.Append(new ParagraphStyleId { Val = f.Style });
        if (f.KeepNext) pp.Append(new KeepNext());
        if (f.PageBreakBefore) pp.Append(new PageBreakBefore());
        if (f.BottomRule)
            pp.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }));
        if (f.Before is not null || f.After is not null || f.ExactLine is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (f.Before is { } b) spacing.Before = b.ToString(CultureInfo.InvariantCulture);
            if (f.After is { } a) spacing.After = a.ToString(CultureInfo.InvariantCulture);
            if (f.ExactLine is { } l)
            {
                spacing.Line = l.ToString(CultureInfo.InvariantCulture);
                spacing.LineRule = LineSpacingRuleValues.Exact;
            }

            pp.Append(spacing);
        }

        if (f.Left is not null || f.Right is not null || f.FirstLine is not null)
        {
            var ind = new Indentation();
            if (f.Left is { } left) ind.Left = left.ToString(CultureInfo.InvariantCulture);
            if (f.Right is { } right) ind.Right = right.ToString(CultureInfo.InvariantCulture);
            if (f.FirstLine is { } first) ind.FirstLine = first.ToString(CultureInfo.InvariantCulture);
            pp.Append(ind);
        }

        if (f.Align is { } align)
        {
            pp.Append(new Justification
            {
                Val = align switch
                {
                    Align.Center => JustificationValues.Center,
                    Align.Right => JustificationValues.Right,
                    Align.Justify => JustificationValues.Both,
                    _ => JustificationValues.Left,
                },
            });
        }

        if (f.MarkSize is { } mark)
        {
            var half = (mark * 2).ToString(CultureInfo.InvariantCulture);
            pp.Append(new ParagraphMarkRunProperties(new FontSize { Val = half }, new FontSizeComplexScript { Val = half }));
        }

        var p = new Paragraph(pp);
        foreach (var r in runs) p.Append(r);
        return p;
    }

    /// <summary>A near-invisible paragraph (1 pt), where Word needs one: after a final table, or to carry a section's end.</summary>
    private static Paragraph ThinParagraph() => P(new Para { ExactLine = 20, MarkSize = 1, Before = 0, After = 0 });

    private static TableRow Row(bool header, params TableCell[] cells)
    {
        var props = new TableRowProperties(new CantSplit());
        if (header) props.Append(new TableHeader());
        var row = new TableRow(props);
        foreach (var c in cells) row.Append(c);
        return row;
    }

    private static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, int span = 1, bool vCenter = false)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1) props.Append(new GridSpan { Val = span });
        if (vCenter) props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var cell = new TableCell(props);
        var any = false;
        foreach (var p in paragraphs)
        {
            cell.Append(p);
            any = true;
        }

        if (!any) cell.Append(new Paragraph());
        return cell;
    }

    private static Table BorderedTable(int[] widths, IEnumerable<TableRow> rows) =>
        Table(widths, 0, BorderValues.Single, 85, rows);

    private static Table BorderlessTable(int[] widths, int indent, params TableRow[] rows) =>
        Table(widths, indent, BorderValues.None, 0, rows);

    private static Table Table(int[] widths, int indent, BorderValues border, short padding, IEnumerable<TableRow> rows)
    {
        T Edge<T>() where T : BorderType, new() =>
            new() { Val = border, Size = border == BorderValues.None ? 0U : 4U, Space = 0U, Color = "000000" };

        var props = new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (indent != 0) props.Append(new TableIndentation { Width = indent, Type = TableWidthUnitValues.Dxa });
        props.Append(new TableBorders(Edge<TopBorder>(), Edge<LeftBorder>(), Edge<BottomBorder>(), Edge<RightBorder>(),
            Edge<InsideHorizontalBorder>(), Edge<InsideVerticalBorder>()));
        props.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        props.Append(new TableCellMarginDefault(
            new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = padding, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = padding, Type = TableWidthValues.Dxa }));
        props.Append(new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true });

        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));
        var table = new Table(props, grid);
        foreach (var r in rows) table.Append(r);
        return table;
    }
}
