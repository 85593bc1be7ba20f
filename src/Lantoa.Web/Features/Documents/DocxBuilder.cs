using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantoa.Domain.Dates;

namespace Lantoa.Web.Features.Documents;

/// <summary>
/// The parts every Decree 30/2020/NĐ-CP (Appendix I) document Lantoa writes shares — a plan (<see cref="PlanDocxWriter"/>),
/// a report (<c>SummaryReportWriter</c>): the package with its styles and page-number headers; A4 pages with the Decree's
/// margins, portrait or landscape sections; the header table (issuing body and number | national name, motto, place and
/// date, with their rules); the document type and subject; body paragraphs; bordered tables with a repeated header row;
/// "Nơi nhận" beside the signature block. A writer calls <see cref="Write"/> and fills the body through the builder it is
/// handed, in reading order.
/// </summary>
/// <remarks>
/// <para><b>Rules.</b> The short horizontal lines of the header (under the issuing body: about 40% of its longest line;
/// under "Độc lập - Tự do - Hạnh phúc": as long as the motto; under the subject: about a third of the line) are paragraph
/// borders whose length is set by the paragraph's indents, from an estimate of the text's width in Times New Roman
/// (<see cref="DocxText.Width"/>). No drawing objects are used, so every program that reads .docx draws them.</para>
/// <para><b>Sections.</b> The first section has a different first page (no page number on page 1). <see cref="Orient"/>
/// starts a new section on the next page when the orientation changes. Page numbers continue through all sections.</para>
/// <para><b>Tables.</b> Bordered tables have single ½ pt borders, a header row repeated on every page (tblHeader) and rows
/// that do not break across pages (cantSplit).</para>
/// </remarks>
internal sealed class DocxBuilder
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

    /// <summary>A table of this many columns or more is laid out on a landscape page.</summary>
    public const int LandscapeColumns = 6;

    private const int HeaderCellPadding = 0;

    /// <summary>The width of the text on a portrait (165 mm) or landscape (252 mm) page.</summary>
    public static int TextWidth(bool landscape) => (landscape ? A4Height : A4Width) - MarginLeft - MarginRight;

    private readonly List<OpenXmlElement> _body = [];
    private readonly string _firstHeaderId;
    private readonly string _pageHeaderId;
    private bool _firstSection = true;

    private DocxBuilder(string firstHeaderId, string pageHeaderId)
    {
        _firstHeaderId = firstHeaderId;
        _pageHeaderId = pageHeaderId;
    }

    /// <summary>Whether the current section is landscape.</summary>
    public bool Landscape { get; private set; }

    /// <summary>The width of the text in the current section.</summary>
    public int Width => TextWidth(Landscape);

    /// <summary>A .docx package (styles, settings, the page-number headers, Vietnamese) whose body <paramref name="build"/> writes.</summary>
    /// <param name="title">The document's title property: "Kế hoạch Tổ chức …".</param>
    public static byte[] Write(string title, Action<DocxBuilder> build)
    {
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
            var builder = new DocxBuilder(main.GetIdOfPart(firstHeader), main.GetIdOfPart(pageHeader));
            build(builder);
            main.Document = new Document(builder.Finish());
            package.PackageProperties.Title = DocxText.Clean(title).Replace('\n', ' ');
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
                CellMargins(108)))
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

    // ───────────────────────────── the body ─────────────────────────────

    public enum Align
    {
        Left,
        Center,
        Right,
        Justify,
    }

    public readonly record struct Fmt(bool Bold = false, bool Italic = false, int? Size = null);

    /// <summary>What a paragraph looks like, beyond its style. Null means: as the style says.</summary>
    public sealed record Para
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

    public void Add(OpenXmlElement e) => _body.Add(e);

    /// <summary>A body paragraph (justified, indented), its inline marks read.</summary>
    public void AddBody(string text, Fmt fmt = default, bool keepNext = false) =>
        Add(P(new Para { Style = "Body", KeepNext = keepNext }, Inline(text, fmt)));

    /// <summary>A Roman-numbered part heading: "I. MỤC ĐÍCH, YÊU CẦU" (bold, capitals); <paramref name="before"/>: space above, in twips.</summary>
    public void AddPart(string numeral, string heading, int? before = null) =>
        Add(P(new Para { Style = "Part", Before = before }, R($"{numeral}. {DocxText.Upper(heading.Trim())}")));

    // ── header: issuing body | national name, number | place and date ──

    /// <summary>
    /// The header table: the parent body (upright capitals) and the issuing body (bold capitals, with a rule) over the
    /// number line "Số: 140/KH-UBND" on the left; the national name and the motto (with its rule) over the place and date
    /// line on the right. A number without its figure ("/KH-UBND") and a partial date leave room for the hand.
    /// </summary>
    public void HeaderTable(string? parentBody, string issuingBody, string? numberSymbol, string? place, PartialDate? issuedOn)
    {
        // 62 mm | 111 mm: the table reaches 8 mm into the left margin, as the Decree's samples do, so that the national
        // name fits on one line at 12 pt and the issuing body's lines at 13 pt.
        const int leftWidth = 3515, rightWidth = 6293, indent = -453;
        var bodyLines = IssuingBodyLines(issuingBody, leftWidth - 2 * HeaderCellPadding);

        var left = new List<Paragraph>();
        if (!string.IsNullOrWhiteSpace(parentBody))
            foreach (var line in DocxText.Lines(parentBody))
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

        var number = string.IsNullOrWhiteSpace(numberSymbol) ? "     /" : numberSymbol.Trim();
        if (number.StartsWith('/')) number = "        " + number;
        var placeText = string.IsNullOrWhiteSpace(place) ? "" : place.Trim() + ", ";
        var numberLine = P(new Para { Style = "Centered", Before = 120 }, R($"Số: {number}", new Fmt(Size: 13)));
        var dateLine = P(new Para { Style = "Centered", Before = 120 }, R(placeText + DocxText.DateWords(issuedOn), new Fmt(Italic: true, Size: 14)));

        var table = BorderlessTable([leftWidth, rightWidth], indent,
            Row(false, Cell(leftWidth, left), Cell(rightWidth, right)),
            Row(false, Cell(leftWidth, [numberLine]), Cell(rightWidth, [dateLine])));
        Add(table);
    }

    /// <summary>
    /// "ỦY BAN NHÂN DÂN TỈNH LONG AN" on two lines, after "ỦY BAN NHÂN DÂN" (as the issuing body is set); another name
    /// too wide for its cell at 13 pt bold on two lines of about the same width, "VÀ" starting the second
    /// ("SỞ THÔNG TIN" / "VÀ TRUYỀN THÔNG"). "\n" wins.
    /// </summary>
    private static IReadOnlyList<string> IssuingBodyLines(string name, int available)
    {
        var lines = DocxText.Lines(name);
        if (lines.Count != 1) return lines.Count == 0 ? ["…"] : lines;
        var upper = DocxText.Upper(lines[0]);
        foreach (var head in new[] { "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN" })
            if (upper.StartsWith(head + " ", StringComparison.Ordinal))
                return [lines[0][..head.Length], lines[0][(head.Length + 1)..].Trim()];

        int Width(IEnumerable<string> words) => DocxText.Width(DocxText.Upper(string.Join(" ", words)), true, 13);
        var all = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (Width(all) <= available) return lines;
        var breaks = Enumerable.Range(1, all.Length - 1)
            .Where(i => DocxText.Upper(all[i - 1]) != "VÀ")
            .OrderBy(i => Math.Max(Width(all[..i]), Width(all[i..])))
            .ToList();
        return breaks.Count == 0 ? lines : [string.Join(" ", all[..breaks[0]]), string.Join(" ", all[breaks[0]..])];
    }

    /// <summary>An empty thin paragraph whose bottom border draws a centred rule of <paramref name="length"/> twips.</summary>
    public static Paragraph Rule(int available, int length)
    {
        var side = Math.Max(0, (available - length) / 2);
        return P(new Para { Style = "Centered", Left = side, Right = side, BottomRule = true, ExactLine = 80, MarkSize = 4 });
    }

    // ── title ──

    /// <summary>The document type ("KẾ HOẠCH", "BÁO CÁO") and the subject under it, bold and centred, with a short rule.</summary>
    public void TitleBlock(string documentType, string subjectText)
    {
        Add(P(new Para { Style = "Centered", Before = 360, KeepNext = true }, R(DocxText.Upper(documentType.Trim()), new Fmt(Bold: true, Size: 14))));
        var subject = DocxText.Lines(subjectText);
        foreach (var line in subject)
            Add(P(new Para { Style = "Centered", KeepNext = true }, Inline(line, new Fmt(Bold: true, Size: 14))));
        var width = TextWidth(false);
        var longest = subject.Select(l => DocxText.Width(DocxText.Plain(l), true, 14)).DefaultIfEmpty(width).Max();
        Add(Rule(width, Math.Min(longest, width) / 3));
        Add(P(new Para { Style = "Centered", After = 120, ExactLine = 240 }));
    }

    // ── recipients and signature ──

    /// <summary>
    /// "Nơi nhận:" and its list (each entry after a dash, ";" between, "." after the last, "Lưu: VT" added when missing)
    /// beside the signature block (authority, prefix, title in bold capitals; room for the signature and seal; the name).
    /// </summary>
    public void SignatureTable(IReadOnlyList<string> recipientList, SignatureBlock? signer)
    {
        const int leftWidth = 4536, rightWidth = 4819; // 80 mm | 85 mm
        var left = new List<Paragraph> { P(new Para { Before = 240 }, R("Nơi nhận:", new Fmt(Bold: true, Italic: true, Size: 12))) };
        var recipients = recipientList.Select(r => r.Trim().TrimStart('-', '+', '•', ' ').TrimEnd(';', '.', ',', ' ')).Where(r => r.Length > 0).ToList();
        if (!recipients.Any(r => r.StartsWith("Lưu", StringComparison.OrdinalIgnoreCase))) recipients.Add("Lưu: VT");
        for (var i = 0; i < recipients.Count; i++)
            left.Add(P(new Para(), R($"- {recipients[i]}{(i == recipients.Count - 1 ? "." : ";")}", new Fmt(Size: 11))));

        var right = new List<Paragraph>();
        var titles = new[] { signer?.Authority, signer?.Prefix, signer?.Title }.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        foreach (var t in titles)
            right.Add(P(new Para { Style = "Centered", Before = right.Count == 0 ? 240 : null }, R(DocxText.Upper(t!.Trim()), new Fmt(Bold: true, Size: 14))));
        // Room for the signature and the seal (about 30 mm), then the name.
        right.Add(P(new Para { Style = "Centered", Before = right.Count == 0 ? 1900 : 1660 },
            R(string.IsNullOrWhiteSpace(signer?.Name) ? "" : signer.Name.Trim(), new Fmt(Bold: true, Size: 14))));

        Add(BorderlessTable([leftWidth, rightWidth], 0, Row(false, Cell(leftWidth, left), Cell(rightWidth, right))));
    }

    // ── sections ──

    /// <summary>
    /// Goes on in a section of the given orientation: when it differs from the current one, the current section ends and
    /// the next starts on a new page. Returns whether a new section (and so a new page) was started.
    /// </summary>
    public bool Orient(bool landscape)
    {
        if (landscape == Landscape) return false;
        CloseSection();
        Landscape = landscape;
        return true;
    }

    /// <summary>Ends the current section: its properties go on its last paragraph (a thin one after a table).</summary>
    private void CloseSection()
    {
        var section = Section(Landscape, _firstSection);
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
        if (first) s.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = _firstHeaderId });
        s.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = _pageHeaderId });
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

    private Body Finish()
    {
        var body = new Body();
        foreach (var e in _body) body.Append(e);
        if (_body.Count == 0 || _body[^1] is Table) body.Append(ThinParagraph());
        body.Append(Section(Landscape, _firstSection));
        return body;
    }

    // ───────────────────────────── building blocks ─────────────────────────────

    public static Run R(string text, Fmt fmt = default)
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
    public static Run[] Inline(string text, Fmt fmt = default) =>
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

    public static Paragraph P(Para f, params Run[] runs)
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
    public static Paragraph ThinParagraph() => P(new Para { ExactLine = 20, MarkSize = 1, Before = 0, After = 0 });

    public static TableRow Row(bool header, params TableCell[] cells)
    {
        var props = new TableRowProperties(new CantSplit());
        if (header) props.Append(new TableHeader());
        var row = new TableRow(props);
        foreach (var c in cells) row.Append(c);
        return row;
    }

    public static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, int span = 1, bool vCenter = false)
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

    /// <summary>A cell of a bordered table: one paragraph of <paramref name="text"/> (13 pt), vertically centred.</summary>
    public static TableCell TextCell(int width, string? text, Align align, Fmt fmt = default, int span = 1) =>
        Cell(width, [CellParagraph(text, align, fmt)], span, vCenter: true);

    /// <summary>The header row of a bordered table: bold, centred, repeated on every page.</summary>
    public static TableRow HeaderRow(IReadOnlyList<string> headers, int[] widths) =>
        Row(true, [.. headers.Select((h, i) => TextCell(widths[i], h, Align.Center, new Fmt(Bold: true)))]);

    public static Paragraph CellParagraph(string? text, Align align, Fmt fmt) =>
        P(new Para { Style = "TableText", Align = align }, string.IsNullOrEmpty(text) ? [] : Inline(text, fmt));

    /// <summary>Column widths from relative weights, summing exactly to <paramref name="width"/>.</summary>
    public static int[] Widths(int width, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var widths = weights.Select(x => (int)(width * x / sum)).ToArray();
        widths[^1] += width - widths.Sum();
        return widths;
    }

    public static Table BorderedTable(int[] widths, IEnumerable<TableRow> rows) =>
        Table(widths, 0, BorderValues.Single, 85, rows);

    public static Table BorderlessTable(int[] widths, int indent, params TableRow[] rows) =>
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
        props.Append(CellMargins(padding));
        props.Append(new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true });

        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));
        var table = new Table(props, grid);
        foreach (var r in rows) table.Append(r);
        return table;
    }

    /// <summary>No padding above and below a cell's text, <paramref name="side"/> twips left and right.</summary>
    private static TableCellMarginDefault CellMargins(short side) => new(
        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
        new TableCellLeftMargin { Width = side, Type = TableWidthValues.Dxa },
        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
        new TableCellRightMargin { Width = side, Type = TableWidthValues.Dxa });
}
