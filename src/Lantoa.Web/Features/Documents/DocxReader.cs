using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Lantoa.Domain.Documents;
using Lantoa.Domain.Findings;
using Lantoa.Web.Infrastructure.Files;
using SourceFormat = Lantoa.Domain.Documents.DocumentFormat;

namespace Lantoa.Web.Features.Documents;

/// <summary>
/// Reads a Word document (.docx) into a <see cref="SourceDocument"/>: the paragraphs and tables of the body, in order,
/// with the text Word shows. Bad input (not a .docx, a .doc, a PDF, a zip bomb, a document too large) gives a document
/// with no blocks and one error finding in Vietnamese; <see cref="Read"/> never throws on bad bytes.
/// </summary>
/// <remarks>
/// <para><b>Line.</b> <see cref="SourceBlock.Line"/> is a running 1-based counter of the body's top-level paragraphs and
/// tables in document order — what Word would call the n-th paragraph, a table counting as one, empty paragraphs
/// counting too (they are not emitted as blocks). Paragraphs inside content controls count as top-level. Blocks that are
/// not top-level carry the line of the top-level block that holds them: the paragraphs and tables of a text box anchored
/// in paragraph n (emitted before paragraph n's own text), the paragraphs of a one-cell table (emitted in its place, see
/// below), and the pieces of a paragraph split at line breaks. <see cref="SourceTable.RowLines"/> is not set: all rows of
/// a table are at the table's line.</para>
/// <para><b>Text.</b> The text of runs; tabs as spaces; a line break (Shift+Enter, a page or column break) splits the
/// paragraph into separate <see cref="SourceParagraph"/>s (as a .txt export of the document would have separate
/// lines), with Bold and Italic worked out for each piece; fields give their displayed result, not their code;
/// hyperlinks, smart tags, content controls and custom XML give their text; tracked changes are read as if accepted
/// (inserted text in, deleted text out), with an info finding; hidden text (vanish) is left out; text formatted with
/// "all caps" is given in capitals, as shown. Whitespace runs (including no-break spaces) become one space, paragraphs
/// are trimmed, and all text is NFC. Empty paragraphs are not emitted. Headers, footers, footnotes and comments are
/// ignored.</para>
/// <para><b>Formatting.</b> A paragraph is Bold (Italic) when all its visible non-blank text is, after resolving the run's
/// direct formatting, its character style and the paragraph style with their basedOn chains, and the document defaults
/// (bold and italic are toggle properties: Word flips them when both the paragraph and the character style set them,
/// and so does this reader). Heading: the paragraph (or its style chain) has an outline level 1–9, or its style is a
/// "heading N" or "Title" style.</para>
/// <para><b>Lists.</b> Numbered paragraphs carry <see cref="SourceParagraph.ListLabel"/>, the label Word would show
/// ("1.", "2.1.", "a)", "II."), computed from numbering.xml (see <c>DocxReader.Numbering.cs</c>), and
/// <see cref="SourceParagraph.ListLevel"/> (0-based ilvl). Word's lowerLetter runs a b c d e f …; Vietnamese documents
/// that want a b c d đ e g … type the letters by hand, and then they are part of the text. Bullets become "-" or "+".</para>
/// <para><b>Tables.</b> Each w:tbl is a <see cref="SourceTable"/>: one entry per cell (w:tc) of each row, so a cell
/// merged across columns (gridSpan) appears once; a cell continuing a vertical merge is an empty string. A cell's text is
/// its paragraphs (with their list labels) joined by "\n"; a table nested in a cell is flattened into the cell's text,
/// one line per row, its cells joined by a tab. A table with a single cell is a frame, not data: its content is emitted
/// as blocks in its place. The Decree 30 header (issuing body and "Số: …" on the left, the national motto and the
/// place-and-date line on the right) is usually a borderless two-column table: it comes out as a
/// <see cref="SourceTable"/> whose cells hold those lines separated by "\n"; the plan parser reads it there. When the
/// header is built from text boxes instead, their paragraphs come out as paragraphs before the anchoring paragraph.</para>
/// <para><b>Limits.</b> Files over <see cref="MaxBytes"/>; archives with more than <see cref="MaxZipEntries"/> entries,
/// or inflating beyond <see cref="MaxUncompressedBytes"/> (XML parts beyond <see cref="MaxXmlBytes"/>); XML nested deeper
/// than <see cref="MaxXmlDepth"/> in any part, or crossing the other <see cref="XmlLimits.Office"/> (checked by
/// <see cref="XmlGuard"/> while the parts inflate, before any DOM is built: numbering, styles, headers, footnotes
/// too); more than <see cref="MaxParagraphs"/> paragraphs (counting those in tables and text
/// boxes); more than <see cref="MaxTextChars"/> characters of text — each gives an error finding and no blocks.</para>
/// </remarks>
public static partial class DocxReader
{
    /// <summary>The largest file read (20 MB).</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>The most all parts of the package may inflate to (pictures included).</summary>
    public const long MaxUncompressedBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The most the XML parts may inflate to, together (24 MB, as for an .xlsx): they are loaded into memory. Word's XML
    /// runs 6–10 times the text, so this is well over a thousand pages; at the limit, loading takes about two seconds
    /// and 300 MB.
    /// </summary>
    public const long MaxXmlBytes = 24L * 1024 * 1024;

    /// <summary>The most entries (parts) the package may have.</summary>
    public const int MaxZipEntries = 10_000;

    /// <summary>The most paragraphs (anywhere in the body) a document may have.</summary>
    public const int MaxParagraphs = 50_000;

    /// <summary>The most characters of text a document may have (5 M).</summary>
    public const int MaxTextChars = 5 * 1024 * 1024;

    /// <summary>The deepest nesting of XML elements read in the main document part.</summary>
    public const int MaxXmlDepth = 256;

    private const string Supported = DocumentReader.Supported;

    private static readonly ZipLimits Limits = new(MaxUncompressedBytes, MaxZipEntries)
    {
        MaxXmlBytes = MaxXmlBytes,
        Xml = XmlLimits.Office with { MaxDepth = MaxXmlDepth },
    };
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// Reads the bytes of a .docx named <paramref name="fileName"/>. Never throws on bad bytes; when
    /// <paramref name="ct"/> is cancelled (the upload's time budget ran out) the document is refused as too complex.
    /// </summary>
    public static SourceDocument Read(string fileName, byte[] bytes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0) return Refused(fileName, null, Fail("empty", "Tệp rỗng."));
        if (bytes.Length > MaxBytes) return Refused(fileName, null, TooLargeFile());

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        try
        {
            var refusal = Sniff(bytes) ?? CheckPackage(bytes, ct);
            if (refusal is not null) return Refused(fileName, hash, refusal);

            var walker = ReadPackage(bytes, ct);
            var findings = new List<Finding>();
            if (walker.TrackedChanges)
                findings.Add(new Finding(Severity.Info, "docx-tracked-changes",
                    "Văn bản còn các thay đổi được theo dõi (Track Changes) chưa chấp nhận; Lantoa đọc văn bản như khi đã chấp nhận mọi thay đổi."));
            return new SourceDocument(fileName, SourceFormat.Docx, walker.Blocks, findings) { ContentHash = hash };
        }
        catch (DocxRefusal e)
        {
            return Refused(fileName, hash, e.Finding);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return Refused(fileName, hash, TooSlow());
        }
        catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException or OperationCanceledException))
        {
            // The SDK and System.IO.Packaging report a damaged package in many ways (their own exceptions, XML and zip errors).
            return Refused(fileName, hash, Corrupt());
        }
    }

    /// <summary>What the first bytes say when they are no .docx: a .doc, an encrypted Office file, a PDF, not a zip.</summary>
    private static Finding? Sniff(byte[] bytes)
    {
        if (FileSignature.IsOleCompound(bytes))
            return FileSignature.IsEncryptedOffice(bytes)
                ? Fail("docx-encrypted", "Tệp Word này có đặt mật khẩu. Hãy mở tệp trong Word, bỏ mật khẩu rồi lưu lại dưới dạng .docx.")
                : Unsupported("Tệp .doc (Word 97-2003) chưa được hỗ trợ, hãy lưu lại dưới dạng .docx.");
        if (FileSignature.IsPdf(bytes)) return Unsupported($"Định dạng PDF chưa được hỗ trợ. {Supported}");
        if (!ZipGuard.LooksLikeZip(bytes))
            return Fail("docx-corrupt", "Tệp này không phải là văn bản Word (.docx) hoặc đã bị hỏng, Lantoa không đọc được.");
        return null;
    }

    /// <summary>The zip checks: what the package holds (an .xlsx? an .odt?) and that it is no bomb.</summary>
    private static Finding? CheckPackage(byte[] bytes, CancellationToken ct)
    {
        var directory = ZipGuard.ReadDirectory(bytes, Limits);
        if (directory.Corrupt) return Corrupt();
        if (directory.TooManyEntries) return ZipTooLarge();
        if (!directory.ContainsUnder("word/"))
        {
            if (directory.Contains("xl/workbook.xml")) return Unsupported($"Định dạng Excel (.xlsx) chưa được hỗ trợ ở đây. {Supported}");
            if (directory.Contains("ppt/presentation.xml")) return Unsupported($"Định dạng PowerPoint (.pptx) chưa được hỗ trợ. {Supported}");
            if (directory.Contains("mimetype") && directory.Contains("content.xml"))
                return Unsupported($"Định dạng OpenDocument (.odt) chưa được hỗ trợ; hãy mở tệp và lưu lại dưới dạng .docx. {Supported}");
            return NotDocx(); // Word, LibreOffice and Google Docs all keep the document under word/
        }

        if (!directory.Contains("[Content_Types].xml")) return NotDocx();
        if (directory.DeclaredTooLarge) return ZipTooLarge();

        // System.IO.Packaging reads the entries of the central directory: inflate those, counting the bytes produced.
        // Every XML part is read by XmlGuard on the way (depth, elements, attribute and text lengths), before any DOM.
        var verdict = ZipGuard.InflateDirectoryEntries(bytes, Limits, ct);

        // The local headers may tell another story (a size understated in the directory, hidden entries): a file that
        // inflates beyond the limits or carries a DTD that way is refused too. A local-header pass that merely fails
        // (some writers use data descriptors that a sequential reader cannot follow) is no reason to refuse.
        if (verdict == ZipVerdict.Safe)
        {
            var local = ZipGuard.InflateLocalEntries(bytes, Limits with { Xml = null }, ct);
            if (local is ZipVerdict.TooLarge or ZipVerdict.Doctype) verdict = local;
        }

        return verdict switch
        {
            ZipVerdict.Safe => null,
            ZipVerdict.TooLarge => ZipTooLarge(),
            ZipVerdict.Doctype => Fail("docx-dtd", "Tệp Word có phần nội dung không hợp lệ (khai báo DOCTYPE), Lantoa không đọc tệp này."),
            ZipVerdict.TooComplex => TooComplex(),
            _ => Corrupt(),
        };
    }

    private static Walker ReadPackage(byte[] bytes, CancellationToken ct)
    {
        using var package = OpenPackage(bytes);
        var main = package.MainDocumentPart ?? throw new DocxRefusal(NotDocx());
        var document = LoadXml(main, ct);
        var body = document.Root?.Element(W.Body) ?? throw new DocxRefusal(NotDocx());
        CheckDepth(document.Root!);

        var styles = Styles.Load(main.StyleDefinitionsPart is { } s ? LoadXml(s, ct) : null);
        var numbering = Numbering.Load(main.NumberingDefinitionsPart is { } n ? LoadXml(n, ct) : null, styles);
        ct.ThrowIfCancellationRequested();
        var walker = new Walker(styles, numbering) { Cancellation = ct };
        walker.ReadBody(body);
        return walker;
    }

    /// <summary>
    /// The package, read-only. A hyperlink with a malformed address (pasted from the web: "mailto:a@@b", spaces) makes
    /// System.IO.Packaging refuse the whole file; the SDK can rewrite such addresses, but only in a package open for
    /// writing: so a package that fails to open is opened again, as a writable copy in memory that is never saved, with
    /// every malformed address replaced by "about:blank".
    /// </summary>
    private static WordprocessingDocument OpenPackage(byte[] bytes)
    {
        try
        {
            return WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false,
                new OpenSettings { AutoSave = false, MaxCharactersInPart = MaxXmlBytes });
        }
        catch (Exception e) when (e is OpenXmlPackageException or UriFormatException)
        {
            var copy = new MemoryStream();
            copy.Write(bytes);
            copy.Position = 0;
            return WordprocessingDocument.Open(copy, true, new OpenSettings
            {
                AutoSave = false,
                MaxCharactersInPart = MaxXmlBytes,
                RelationshipErrorHandlerFactory = RelationshipErrorHandler.CreateRewriterFactory((_, _, _) => "about:blank"),
            });
        }
    }

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        // The same safety as XmlGuard.Settings: the parts were already read by XmlGuard, this is the second line.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false, // a w:t of spaces without xml:space="preserve" is still a space in Word
        MaxCharactersInDocument = MaxXmlBytes,
        MaxCharactersFromEntities = 1024,
        CloseInput = true,
    };

    /// <summary>A part as XML, the strict-OOXML namespace mapped to the transitional one.</summary>
    private static XDocument LoadXml(OpenXmlPart part, CancellationToken ct)
    {
        XDocument document;
        using (var reader = XmlReader.Create(new CancellableStream(part.GetStream(FileMode.Open, FileAccess.Read), ct), XmlSettings))
            document = XDocument.Load(reader, LoadOptions.None);
        if (document.Root?.Name.Namespace == W.Strict) MapStrict(document.Root);
        return document;
    }

    private static void MapStrict(XElement root)
    {
        foreach (var e in root.DescendantsAndSelf())
        {
            if (e.Name.Namespace == W.Strict) e.Name = W.Ns + e.Name.LocalName;
            if (!e.Attributes().Any(a => a.Name.Namespace == W.Strict)) continue;
            var attributes = e.Attributes()
                .Select(a => a.Name.Namespace == W.Strict ? new XAttribute(W.Ns + a.Name.LocalName, a.Value) : a)
                .ToList();
            e.ReplaceAttributes(attributes);
        }
    }

    /// <summary>Refuses XML nested deeper than <see cref="MaxXmlDepth"/> (the walker recurses along the nesting).</summary>
    private static void CheckDepth(XElement root)
    {
        var stack = new Stack<(XElement Element, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > MaxXmlDepth)
                throw new DocxRefusal(Fail("too-complex",
                    "Văn bản có cấu trúc lồng nhau quá sâu (bảng trong bảng, khung trong khung…), Lantoa không đọc văn bản này."));
            foreach (var child in element.Elements()) stack.Push((child, depth + 1));
        }
    }

    // ───────────────────────────── findings ─────────────────────────────

    private static SourceDocument Refused(string fileName, string? hash, Finding finding) =>
        new(fileName, SourceFormat.Docx, [], [finding]) { ContentHash = hash };

    private static Finding Fail(string code, string message) => new(Severity.Error, code, message);

    private static Finding Unsupported(string message) => Fail("unsupported-format", message);

    private static Finding NotDocx() => Unsupported($"Tệp nén này không phải là văn bản Word (.docx). {Supported}");

    private static Finding TooComplex() => Fail("too-complex",
        "Văn bản có cấu trúc quá phức tạp (lồng nhau quá sâu, quá nhiều thành phần hoặc chuỗi quá dài), Lantoa không đọc văn bản này.");

    private static Finding TooSlow() => Fail("too-slow",
        "Văn bản quá phức tạp, Lantoa không đọc xong trong thời gian cho phép. Hãy lưu lại văn bản bằng Word hoặc tách thành nhiều tệp.");

    private static Finding Corrupt() => Fail("docx-corrupt", "Tệp Word bị hỏng hoặc không đúng định dạng .docx, Lantoa không đọc được.");

    private static Finding TooLargeFile() => Fail("too-large",
        $"Tệp quá lớn (tối đa {MaxBytes / (1024 * 1024)} MB). Hãy bỏ bớt hình ảnh hoặc tách văn bản thành nhiều tệp.");

    private static Finding ZipTooLarge() => Fail("too-large",
        $"Tệp Word giải nén ra quá lớn (hơn {MaxUncompressedBytes / (1024 * 1024)} MB) hoặc có quá nhiều thành phần; Lantoa không đọc tệp này.");

    private static Finding TooManyParagraphs() => Fail("too-long",
        $"Văn bản quá dài (hơn {MaxParagraphs.ToString("N0", Vi)} đoạn); Lantoa không đọc văn bản này. Hãy tách văn bản thành nhiều tệp.");

    private static Finding TooMuchText() => Fail("too-long",
        $"Văn bản quá dài (hơn {(MaxTextChars / (1024 * 1024)).ToString(Vi)} triệu ký tự); Lantoa không đọc văn bản này. Hãy tách văn bản thành nhiều tệp.");

    /// <summary>A refusal of the input, carried out of the reading code; never leaves this class.</summary>
    private sealed class DocxRefusal(Finding finding) : Exception(finding.Message)
    {
        public Finding Finding { get; } = finding;
    }

    // ───────────────────────────── names ─────────────────────────────

    /// <summary>WordprocessingML names (transitional namespace; strict documents are mapped to it on loading).</summary>
    private static class W
    {
        public static readonly XNamespace Ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        public static readonly XNamespace Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
        public static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
        public static readonly XNamespace Math = "http://schemas.openxmlformats.org/officeDocument/2006/math";

        public static readonly XName Body = Ns + "body", P = Ns + "p", PPr = Ns + "pPr", PStyle = Ns + "pStyle", R = Ns + "r",
            RPr = Ns + "rPr", RStyle = Ns + "rStyle", T = Ns + "t", Tab = Ns + "tab", PTab = Ns + "ptab", Br = Ns + "br", Cr = Ns + "cr",
            NoBreakHyphen = Ns + "noBreakHyphen", FldChar = Ns + "fldChar", FldCharType = Ns + "fldCharType", Tbl = Ns + "tbl",
            Tr = Ns + "tr", Tc = Ns + "tc", TcPr = Ns + "tcPr", VMerge = Ns + "vMerge", HMerge = Ns + "hMerge", Sdt = Ns + "sdt",
            SdtContent = Ns + "sdtContent", TxbxContent = Ns + "txbxContent", Del = Ns + "del", MoveFrom = Ns + "moveFrom",
            Ins = Ns + "ins", MoveTo = Ns + "moveTo", Val = Ns + "val", Type = Ns + "type", NumPr = Ns + "numPr", NumId = Ns + "numId",
            Ilvl = Ns + "ilvl", OutlineLvl = Ns + "outlineLvl", B = Ns + "b", I = Ns + "i", Caps = Ns + "caps", Vanish = Ns + "vanish",
            Style = Ns + "style", StyleId = Ns + "styleId", Name = Ns + "name", BasedOn = Ns + "basedOn", Default = Ns + "default",
            DocDefaults = Ns + "docDefaults", RPrDefault = Ns + "rPrDefault", Num = Ns + "num", AbstractNum = Ns + "abstractNum",
            AbstractNumId = Ns + "abstractNumId", Lvl = Ns + "lvl", Start = Ns + "start", NumFmt = Ns + "numFmt", LvlText = Ns + "lvlText",
            LvlRestart = Ns + "lvlRestart", IsLgl = Ns + "isLgl", LvlOverride = Ns + "lvlOverride", StartOverride = Ns + "startOverride",
            NumStyleLink = Ns + "numStyleLink";

        public static readonly XName AlternateContent = Mc + "AlternateContent", Choice = Mc + "Choice", Fallback = Mc + "Fallback";

        /// <summary>An attribute in the w: namespace (w:val), or without namespace as some generators write it.</summary>
        public static string? Attr(XElement? e, XName name) => e is null ? null : (string?)e.Attribute(name) ?? (string?)e.Attribute(name.LocalName);

        public static string? ValOf(XElement? e) => Attr(e, Val);

        /// <summary>An on/off property: null when absent; present without w:val (or with anything but 0/false/off) is on.</summary>
        public static bool? OnOff(XElement? e) => e is null
            ? null
            : ValOf(e) is not { } v || !(v == "0" || v.Equals("false", StringComparison.OrdinalIgnoreCase) || v.Equals("off", StringComparison.OrdinalIgnoreCase));

        public static int? IntOf(XElement? e) => int.TryParse(ValOf(e), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

        /// <summary>The branch of an mc:AlternateContent that is read: the first Choice (Word's own), else the Fallback.</summary>
        public static XElement? Chosen(XElement alternate) => alternate.Element(Choice) ?? alternate.Element(Fallback);
    }

    // ───────────────────────────── text ─────────────────────────────

    /// <summary>One piece of a paragraph (the paragraph, or a part of it between line breaks).</summary>
    private sealed class Piece
    {
        public StringBuilder Text { get; } = new();
        public bool HasInk { get; private set; }
        public bool AllBold { get; private set; } = true;
        public bool AllItalic { get; private set; } = true;

        public void Append(string text, RunFormat format)
        {
            Text.Append(text);
            if (string.IsNullOrWhiteSpace(text)) return;
            HasInk = true;
            AllBold &= format.Bold;
            AllItalic &= format.Italic;
        }

        public void AppendSpace() => Text.Append(' ');

        public string Clean() => DocxReader.Clean(Text);
    }

    /// <summary>Single spaces (tabs and no-break spaces included), no zero-width characters or soft hyphens, trimmed, NFC.</summary>
    private static string Clean(StringBuilder text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF') continue;
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    // ───────────────────────────── the walk ─────────────────────────────

    /// <summary>Walks the body in document order, keeping the line counter, the list counters and the field state.</summary>
    private sealed class Walker(Styles styles, Numbering numbering)
    {
        private readonly List<SourceBlock> _blocks = [];

        /// <summary>Open complex fields, innermost last: false while in the field's code, true once in its result.</summary>
        private readonly List<bool> _fields = [];

        private int _line;
        private int _paragraphs;
        private long _chars;

        public IReadOnlyList<SourceBlock> Blocks => _blocks;

        public bool TrackedChanges { get; private set; }

        /// <summary>The upload's time budget, checked at every paragraph.</summary>
        public CancellationToken Cancellation { get; init; }

        public void ReadBody(XElement body)
        {
            foreach (var child in body.Elements()) Block(child, null, _blocks);
        }

        /// <summary>
        /// Adds the blocks of a block-level element to <paramref name="into"/>: at the next line when
        /// <paramref name="line"/> is null (a top-level block), else at that line.
        /// </summary>
        private void Block(XElement e, int? line, List<SourceBlock> into)
        {
            if (e.Name == W.P)
            {
                Paragraph(e, line ?? ++_line, into);
            }
            else if (e.Name == W.Tbl)
            {
                Table(e, line ?? ++_line, into);
            }
            else if (e.Name == W.Sdt)
            {
                foreach (var child in e.Element(W.SdtContent)?.Elements() ?? []) Block(child, line, into);
            }
            else if (e.Name.Namespace == W.Ns && e.Name.LocalName is "customXml" or "ins" or "moveTo" or "smartTag")
            {
                foreach (var child in e.Elements()) Block(child, line, into);
            }
            else if (e.Name == W.Del || e.Name == W.MoveFrom)
            {
                TrackedChanges = true;
            }
            else if (e.Name == W.AlternateContent && W.Chosen(e) is { } branch)
            {
                foreach (var child in branch.Elements()) Block(child, line, into);
            }

            // Anything else (sectPr, bookmarks, permissions, altChunk…) holds no text of the body.
        }

        private void Paragraph(XElement p, int line, List<SourceBlock> into)
        {
            if (++_paragraphs > MaxParagraphs) throw new DocxRefusal(TooManyParagraphs());
            Cancellation.ThrowIfCancellationRequested();

            // Complex fields never hold a paragraph mark inside their code: one still "in code" here is broken.
            _fields.RemoveAll(inResult => !inResult);

            var properties = p.Element(W.PPr);
            var style = styles.Paragraph(W.ValOf(properties?.Element(W.PStyle)));
            var outline = W.IntOf(properties?.Element(W.OutlineLvl));
            var heading = outline is { } o ? o is >= 0 and < 9 : style.Heading;
            var list = numbering.Next(properties?.Element(W.NumPr), style);

            var pieces = new List<Piece> { new() };
            var textBoxes = new List<XElement>();
            Inline(p, style, pieces, textBoxes);

            foreach (var box in textBoxes)
            foreach (var child in box.Elements())
                Block(child, line, into);

            var label = list?.Label;
            Count(label?.Length ?? 0);
            foreach (var piece in pieces)
            {
                var text = piece.Clean();
                if (text.Length == 0) continue;
                into.Add(new SourceParagraph(line, text, piece.HasInk && piece.AllBold, piece.HasInk && piece.AllItalic, label,
                    list?.Level ?? 0, heading));
                label = null; // the label belongs to the first piece only
            }
        }

        /// <summary>The inline content of a paragraph (or of a hyperlink, smart tag, field… inside it).</summary>
        private void Inline(XElement parent, ParagraphStyle style, List<Piece> pieces, List<XElement> textBoxes)
        {
            foreach (var e in parent.Elements())
            {
                if (e.Name == W.R)
                {
                    Run(e, style, pieces, textBoxes);
                }
                else if (e.Name == W.Del || e.Name == W.MoveFrom)
                {
                    TrackedChanges = true;
                }
                else if (e.Name == W.Ins || e.Name == W.MoveTo)
                {
                    TrackedChanges = true;
                    Inline(e, style, pieces, textBoxes);
                }
                else if (e.Name == W.Sdt)
                {
                    if (e.Element(W.SdtContent) is { } content) Inline(content, style, pieces, textBoxes);
                }
                else if (e.Name.Namespace == W.Ns && e.Name.LocalName is "hyperlink" or "smartTag" or "customXml" or "fldSimple" or "bdo" or "dir")
                {
                    Inline(e, style, pieces, textBoxes);
                }
                else if (e.Name == W.AlternateContent)
                {
                    if (W.Chosen(e) is { } branch) Inline(branch, style, pieces, textBoxes);
                }
                else if (e.Name.Namespace == W.Math && e.Name.LocalName is "oMath" or "oMathPara")
                {
                    if (FieldsShowing()) Append(pieces[^1], string.Concat(e.Descendants(W.Math + "t").Select(t => t.Value)), RunFormat.Plain);
                }

                // pPr, bookmarks, proofing marks, comment ranges, permissions: no text.
            }
        }

        private void Run(XElement run, ParagraphStyle style, List<Piece> pieces, List<XElement> textBoxes)
        {
            var format = styles.Run(style, run.Element(W.RPr));
            RunContent(run, format, pieces, textBoxes);
        }

        private void RunContent(XElement parent, RunFormat format, List<Piece> pieces, List<XElement> textBoxes)
        {
            foreach (var e in parent.Elements())
            {
                if (e.Name == W.FldChar)
                {
                    Field(W.Attr(e, W.FldCharType));
                    continue;
                }

                if (e.Name == W.AlternateContent)
                {
                    if (W.Chosen(e) is { } branch) RunContent(branch, format, pieces, textBoxes);
                    continue;
                }

                if (format.Hidden || !FieldsShowing()) continue;
                if (e.Name == W.T)
                {
                    Append(pieces[^1], format.Caps ? e.Value.ToUpperInvariant() : e.Value, format);
                }
                else if (e.Name == W.Tab || e.Name == W.PTab)
                {
                    pieces[^1].AppendSpace();
                }
                else if (e.Name == W.Br || e.Name == W.Cr)
                {
                    pieces.Add(new Piece());
                }
                else if (e.Name == W.NoBreakHyphen)
                {
                    Append(pieces[^1], "-", format);
                }
                else if (e.Name.Namespace == W.Ns && e.Name.LocalName is "drawing" or "pict" or "object")
                {
                    CollectTextBoxes(e, textBoxes);
                }

                // rPr, instrText, delText, sym, footnote and comment references, page-break marks: nothing shown here.
            }
        }

        private void Field(string? type)
        {
            switch (type)
            {
                case "begin":
                    _fields.Add(false);
                    break;
                case "separate" when _fields.Count > 0:
                    _fields[^1] = true;
                    break;
                case "end" when _fields.Count > 0:
                    _fields.RemoveAt(_fields.Count - 1);
                    break;
            }
        }

        /// <summary>Text shows unless it is inside the code of a field (between "begin" and "separate").</summary>
        private bool FieldsShowing()
        {
            foreach (var inResult in _fields)
                if (!inResult) return false;
            return true;
        }

        private static void CollectTextBoxes(XElement e, List<XElement> textBoxes)
        {
            foreach (var child in e.Elements())
            {
                if (child.Name == W.TxbxContent) textBoxes.Add(child);
                else if (child.Name == W.AlternateContent) CollectTextBoxes(W.Chosen(child) ?? child, textBoxes);
                else CollectTextBoxes(child, textBoxes);
            }
        }

        private void Append(Piece piece, string text, RunFormat format)
        {
            Count(text.Length);
            piece.Append(text, format);
        }

        /// <summary>Counts text (and list labels, which a crafted numbering can make long) against <see cref="MaxTextChars"/>.</summary>
        private void Count(int chars)
        {
            _chars += chars;
            if (_chars > MaxTextChars) throw new DocxRefusal(TooMuchText());
        }

        private void Table(XElement table, int line, List<SourceBlock> into)
        {
            var rows = Children(table, W.Tr).ToList();
            var cellsOfRows = rows.Select(r => Children(r, W.Tc).ToList()).ToList();
            if (cellsOfRows.Count == 1 && cellsOfRows[0].Count == 1)
            {
                // A one-cell table frames its content (a boxed note, a whole letter in a frame): read what it holds.
                foreach (var child in cellsOfRows[0][0].Elements()) Block(child, line, into);
                return;
            }

            var texts = new List<IReadOnlyList<string>>(rows.Count);
            foreach (var cells in cellsOfRows)
            {
                var row = new List<string>(cells.Count);
                foreach (var cell in cells)
                {
                    var properties = cell.Element(W.TcPr);
                    if (Continues(properties?.Element(W.HMerge))) continue; // a horizontal merge appears once
                    row.Add(Continues(properties?.Element(W.VMerge)) ? "" : CellText(cell, line));
                }

                texts.Add(row);
            }

            if (texts.Count > 0) into.Add(new SourceTable(line, texts));
        }

        /// <summary>A merge mark that continues a merged cell (present, and not "restart").</summary>
        private static bool Continues(XElement? merge) => merge is not null && W.ValOf(merge) != "restart";

        /// <summary>The cell's blocks as lines: paragraphs with their labels, nested tables one line per row.</summary>
        private string CellText(XElement cell, int line)
        {
            var blocks = new List<SourceBlock>();
            foreach (var child in cell.Elements()) Block(child, line, blocks);
            var lines = new List<string>();
            foreach (var block in blocks)
            {
                if (block is SourceParagraph paragraph) lines.Add(paragraph.Display);
                else if (block is SourceTable nested)
                    lines.AddRange(nested.Rows.Select(r => string.Join('\t', r.Select(c => c.Replace('\n', ' ')))));
            }

            return string.Join('\n', lines);
        }

        /// <summary>The rows of a table or the cells of a row, also when wrapped in content controls or custom XML.</summary>
        private static IEnumerable<XElement> Children(XElement parent, XName name)
        {
            foreach (var e in parent.Elements())
            {
                if (e.Name == name)
                {
                    yield return e;
                }
                else if (e.Name == W.Sdt || (e.Name.Namespace == W.Ns && e.Name.LocalName is "customXml" or "ins" or "moveTo"))
                {
                    var inner = e.Name == W.Sdt ? e.Element(W.SdtContent) : e;
                    if (inner is null) continue;
                    foreach (var x in Children(inner, name)) yield return x;
                }
            }
        }
    }
}
