using System.IO.Compression;
using System.Text;

namespace Lantoa.Web.Cli;

/// <summary>Where a hostile file is uploaded: the plan import, an estimate's .xlsx import, or the norms import.</summary>
public enum FuzzTarget
{
    Plan,
    Estimate,
    Norms,
}

/// <summary>One generated hostile or malformed file: what it tries (family), its name, where it goes, its bytes.</summary>
public sealed record HostileDocument(int Number, string Family, FuzzTarget Target, string FileName, byte[] Bytes);

/// <summary>
/// Generates hostile and malformed uploads, deterministically from a seed: XML nested deep (in document, numbering,
/// styles, headers, footnotes, sheets, shared strings), very wide parts, huge attributes and strings, many attributes,
/// DTDs and entity tricks, broken and truncated zips, zip bombs, too many entries, wrong content types, random bytes,
/// .txt/.csv in legacy encodings, huge lines, NUL bytes. Every one of them must be refused (422, or 413 for size)
/// within the time budget and leave nothing written.
/// </summary>
public static class HostileDocuments
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly string[] DocxParts = ["word/document.xml", "word/numbering.xml", "word/styles.xml", "word/header1.xml", "word/footnotes.xml"];
    private static readonly string[] XlsxParts = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"];

    private delegate HostileDocument Maker(Random random, int number, FuzzTarget target);

    private static readonly (string Family, FuzzTarget[] Targets, Maker Make)[] Families =
    [
        ("depth", [FuzzTarget.Plan, FuzzTarget.Estimate, FuzzTarget.Norms], Deep),
        ("width", [FuzzTarget.Plan, FuzzTarget.Estimate, FuzzTarget.Norms], Wide),
        ("huge-attribute", [FuzzTarget.Plan, FuzzTarget.Estimate, FuzzTarget.Norms], HugeAttribute),
        ("many-attributes", [FuzzTarget.Plan, FuzzTarget.Estimate, FuzzTarget.Norms], ManyAttributes),
        ("huge-string", [FuzzTarget.Plan, FuzzTarget.Estimate, FuzzTarget.Norms], HugeString),
        ("dtd", [FuzzTarget.Plan, FuzzTarget.Estimate, FuzzTarget.Norms], Dtd),
        ("malformed-xml", [FuzzTarget.Plan, FuzzTarget.Estimate, FuzzTarget.Norms], MalformedXml),
        ("broken-zip", [FuzzTarget.Plan, FuzzTarget.Estimate, FuzzTarget.Norms], BrokenZip),
        ("truncated", [FuzzTarget.Plan, FuzzTarget.Estimate, FuzzTarget.Norms], Truncated),
        ("zip-bomb", [FuzzTarget.Plan, FuzzTarget.Estimate, FuzzTarget.Norms], Bomb),
        ("many-entries", [FuzzTarget.Plan, FuzzTarget.Estimate], ManyEntries),
        ("wrong-type", [FuzzTarget.Plan, FuzzTarget.Estimate, FuzzTarget.Norms], WrongType),
        ("random-bytes", [FuzzTarget.Plan, FuzzTarget.Estimate, FuzzTarget.Norms], RandomBytes),
        ("legacy-text", [FuzzTarget.Plan, FuzzTarget.Norms], LegacyText),
        ("huge-line", [FuzzTarget.Plan, FuzzTarget.Norms], HugeLine),
    ];

    private static readonly (string Family, FuzzTarget Target, Maker Make)[] Slots =
        Families.SelectMany(f => f.Targets.Select(t => (f.Family, Target: t, f.Make))).ToArray();

    /// <summary><paramref name="count"/> files, the same for the same seed; the families and targets in turn.</summary>
    public static IEnumerable<HostileDocument> Generate(int count, int seed = 20261202)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var (_, target, make) = Slots[i % Slots.Length];
            yield return make(new Random(random.Next()), i + 1, target);
        }
    }

    /// <summary>
    /// File number <paramref name="number"/> of <see cref="Generate"/> with the same seed, byte for byte, made alone:
    /// the files before it are skipped, not made (each file draws from a generator of its own).
    /// </summary>
    public static HostileDocument One(int number, int seed = 20261202)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var random = new Random(seed);
        for (var i = 1; i < number; i++) random.Next();
        var (_, target, make) = Slots[(number - 1) % Slots.Length];
        return make(new Random(random.Next()), number, target);
    }

    /// <summary>The family and target of each of <paramref name="count"/> files of <see cref="Generate"/> (any seed), without making them.</summary>
    public static IEnumerable<(string Family, FuzzTarget Target)> Kinds(int count) =>
        Enumerable.Range(0, count).Select(i => (Slots[i % Slots.Length].Family, Slots[i % Slots.Length].Target));

    /// <summary>The file of issue 11: 14 KB, `&lt;w:sdt&gt;&lt;w:sdtContent&gt;` nested 100.000 deep in the part named.</summary>
    public static byte[] NestedContentControls(string part = "word/document.xml", int depth = 100_000) =>
        Docx(new() { [part] = Nest(part, depth, "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>") });

    // ───────────────────────────── families ─────────────────────────────

    private static HostileDocument Deep(Random r, int n, FuzzTarget t)
    {
        var depth = r.Next(4) switch { 0 => 100_000, 1 => 300, 2 => r.Next(257, 5_000), _ => r.Next(5_000, 200_000) };
        if (t == FuzzTarget.Plan)
        {
            var part = DocxParts[r.Next(DocxParts.Length)];
            var (open, close) = r.Next(3) switch
            {
                0 => ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"),
                1 => ("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>"),
                _ => ("<w:customXml>", "</w:customXml>"),
            };
            return new(n, "depth", t, "long-nhau.docx", Docx(new() { [part] = Nest(part, depth, open, close) }));
        }

        var sheetPart = XlsxParts[r.Next(XlsxParts.Length)];
        var body = Repeat("<x>", depth) + Repeat("</x>", depth);
        return new(n, "depth", t, "long-nhau.xlsx", Xlsx(new() { [sheetPart] = XmlIn(sheetPart, body) }));
    }

    private static HostileDocument Wide(Random r, int n, FuzzTarget t)
    {
        if (t == FuzzTarget.Plan)
        {
            var count = r.Next(50_001, 90_000); // over the 50.000 paragraphs a document may have
            var body = Repeat("<w:p><w:r><w:t>x</w:t></w:r></w:p>", count);
            return new(n, "width", t, "rat-nhieu-doan.docx", Docx(new() { ["word/document.xml"] = Document(body) }));
        }

        var elements = r.Next(2_000_001, 2_600_000); // over the 2 M elements a package may hold
        return new(n, "width", t, "rat-nhieu-o.xlsx",
            Xlsx(new() { ["xl/worksheets/sheet1.xml"] = Sheet(Repeat("<x/>", elements)) }));
    }

    private static HostileDocument HugeAttribute(Random r, int n, FuzzTarget t)
    {
        var value = new string('A', r.Next(300_000, 3_000_000));
        if (t == FuzzTarget.Plan)
        {
            var part = DocxParts[r.Next(DocxParts.Length)];
            var inner = $"<w:p><w:pPr><w:pStyle w:val=\"{value}\"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>";
            return new(n, "huge-attribute", t, "thuoc-tinh.docx", Docx(new() { [part] = part == "word/document.xml" ? Document(inner) : XmlIn(part, inner) }));
        }

        return new(n, "huge-attribute", t, "thuoc-tinh.xlsx",
            Xlsx(new() { ["xl/worksheets/sheet1.xml"] = Sheet($"<row r=\"1\"><c r=\"A1\" t=\"{value}\"><v>1</v></c></row>") }));
    }

    private static HostileDocument ManyAttributes(Random r, int n, FuzzTarget t)
    {
        var count = r.Next(1_100, 20_000);
        var attributes = string.Concat(Enumerable.Range(0, count).Select(i => $" a{i}=\"{i}\""));
        if (t == FuzzTarget.Plan)
            return new(n, "many-attributes", t, "nhieu-thuoc-tinh.docx",
                Docx(new() { ["word/document.xml"] = Document($"<w:p{attributes}><w:r><w:t>x</w:t></w:r></w:p>") }));
        return new(n, "many-attributes", t, "nhieu-thuoc-tinh.xlsx",
            Xlsx(new() { ["xl/worksheets/sheet1.xml"] = Sheet($"<row r=\"1\"{attributes}/>") }));
    }

    private static HostileDocument HugeString(Random r, int n, FuzzTarget t)
    {
        // Over the text limits, but within the 24 MB of XML: refused by what it holds, not by its size.
        var text = new string('đ', r.Next(4_200_000, 7_000_000));
        if (t == FuzzTarget.Plan)
            return new(n, "huge-string", t, "chuoi-dai.docx",
                Docx(new() { ["word/document.xml"] = Document($"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>") }));
        text = new string('x', r.Next(8_500_000, 12_000_000));
        return new(n, "huge-string", t, "chuoi-dai.xlsx",
            Xlsx(new() { ["xl/sharedStrings.xml"] = $"<sst xmlns=\"{S}\" count=\"1\" uniqueCount=\"1\"><si><t>{text}</t></si></sst>" }));
    }

    private static HostileDocument Dtd(Random r, int n, FuzzTarget t)
    {
        var doctype = r.Next(4) switch
        {
            0 => "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\"><!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\"><!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\"><!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\"><!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\"><!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>",
            1 => "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
            2 => "<!DOCTYPE x SYSTEM \"http://127.0.0.1:9/evil.dtd\">",
            _ => "<!DOCTYPE x [<!ENTITY % p SYSTEM \"file:///etc/shadow\"> %p;]>",
        };
        var entity = r.Next(3) switch { 0 => "&lol9;", 1 => "&xxe;", _ => "x" };
        var decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        if (t == FuzzTarget.Plan)
        {
            var part = r.Next(3) switch { 0 => "word/document.xml", 1 => "word/styles.xml", _ => "[Content_Types].xml" };
            var xml = part == "[Content_Types].xml"
                ? decl + doctype + ContentTypesXml(true)[decl.Length..]
                : decl + doctype + (part == "word/document.xml" ? Document($"<w:p><w:r><w:t>{entity}</w:t></w:r></w:p>") : XmlIn(part, ""))[decl.Length..];
            return new(n, "dtd", t, "dtd.docx", Docx(new() { [part] = xml }));
        }

        var sheet = decl + doctype + Sheet($"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>{entity}</t></is></c></row>")[decl.Length..];
        return new(n, "dtd", t, "dtd.xlsx", Xlsx(new() { ["xl/worksheets/sheet1.xml"] = sheet }));
    }

    private static HostileDocument MalformedXml(Random r, int n, FuzzTarget t)
    {
        var body = r.Next(5) switch
        {
            0 => "<w:p><w:r><w:t>chưa đóng",
            1 => "<w:p><w:r><w:t>ký tự \u0001 cấm</w:t></w:r></w:p>",
            2 => "<w:p></w:r></w:p>",
            3 => "<w:p a=\"1\" a=\"2\"/>",
            _ => "<w:p><w:r><w:t>&undefined;</w:t></w:r></w:p>",
        };
        if (t == FuzzTarget.Plan)
        {
            var part = r.Next(2) == 0 ? "word/document.xml" : "word/styles.xml";
            return new(n, "malformed-xml", t, "hong.docx", Docx(new() { [part] = part == "word/document.xml" ? Document(body) : XmlIn(part, body) }));
        }

        return new(n, "malformed-xml", t, "hong.xlsx", Xlsx(new() { ["xl/worksheets/sheet1.xml"] = Sheet(body.Replace("w:", "")) }));
    }

    private static HostileDocument BrokenZip(Random r, int n, FuzzTarget t)
    {
        var bytes = t == FuzzTarget.Plan ? Docx(new()) : Xlsx(new());
        bytes = (byte[])bytes.Clone();
        switch (r.Next(3))
        {
            case 0: // damage the central directory
                for (var i = bytes.Length - 60; i < bytes.Length - 30; i++) bytes[i] ^= (byte)r.Next(1, 256);
                break;
            case 1: // damage compressed data
                for (var k = 0; k < 40; k++) bytes[r.Next(30, bytes.Length - 100)] ^= (byte)r.Next(1, 256);
                break;
            default: // a zip header with nothing sane after it
                bytes = [.. "PK\u0003\u0004"u8, .. Noise(r, r.Next(10, 5000))];
                break;
        }

        return new(n, "broken-zip", t, t == FuzzTarget.Plan ? "hong.docx" : "hong.xlsx", bytes);
    }

    private static HostileDocument Truncated(Random r, int n, FuzzTarget t)
    {
        var bytes = t == FuzzTarget.Plan ? Docx(new()) : Xlsx(new());
        return new(n, "truncated", t, t == FuzzTarget.Plan ? "cat-ngang.docx" : "cat-ngang.xlsx", bytes[..r.Next(4, bytes.Length - 22)]);
    }

    private static HostileDocument Bomb(Random r, int n, FuzzTarget t)
    {
        var size = r.Next(65, 129) * 1024 * 1024; // over the 64 MB (.docx) and 24 MB (.xlsx) inflation limits
        var name = r.Next(2) == 0 ? "word/media/image1.png" : t == FuzzTarget.Plan ? "word/document.xml" : "xl/worksheets/sheet1.xml";
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (part, xml) in t == FuzzTarget.Plan ? DocxBase() : XlsxBase())
                if (part != name) Write(zip, part, xml);
            var entry = Entry(zip, name, CompressionLevel.Fastest);
            using var content = entry.Open();
            var zeros = new byte[1024 * 1024];
            if (name.EndsWith(".xml", StringComparison.Ordinal)) Array.Fill(zeros, (byte)' ');
            for (var i = 0; i < size / zeros.Length; i++) content.Write(zeros);
        }

        return new(n, "zip-bomb", t, t == FuzzTarget.Plan ? "bom.docx" : "bom.xlsx", stream.ToArray());
    }

    private static HostileDocument ManyEntries(Random r, int n, FuzzTarget t)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (part, xml) in t == FuzzTarget.Plan ? DocxBase() : XlsxBase()) Write(zip, part, xml);
            var count = r.Next(10_001, 12_000);
            for (var i = 0; i < count; i++) Entry(zip, $"customXml/item{i}.bin", CompressionLevel.NoCompression);
        }

        return new(n, "many-entries", t, t == FuzzTarget.Plan ? "nhieu-phan.docx" : "nhieu-phan.xlsx", stream.ToArray());
    }

    private static HostileDocument WrongType(Random r, int n, FuzzTarget t)
    {
        var (bytes, name) = r.Next(6) switch
        {
            0 => (t == FuzzTarget.Plan ? Xlsx(new()) : Docx(new()), t == FuzzTarget.Plan ? "ke-hoach.docx" : "du-toan.xlsx"),
            1 => ([.. "%PDF-1.7\n"u8, .. Noise(r, 2000)], t == FuzzTarget.Plan ? "ke-hoach.docx" : "du-toan.xlsx"),
            2 => ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Noise(r, 2000)], t == FuzzTarget.Plan ? "ke-hoach.txt" : "du-toan.xlsx"),
            3 => ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Noise(r, 4000)], t == FuzzTarget.Plan ? "ke-hoach.xls" : "du-toan.xlsx"),
            4 => (Odt(), t == FuzzTarget.Plan ? "ke-hoach.odt" : "du-toan.xlsx"),
            _ => ("{\\rtf1\\ansi Kế hoạch}"u8.ToArray(), t == FuzzTarget.Plan ? "ke-hoach.rtf" : "du-toan.xlsx"),
        };
        if (t == FuzzTarget.Norms && name.EndsWith(".xlsx", StringComparison.Ordinal) && r.Next(2) == 0) name = "dinh-muc.pdf";
        return new(n, "wrong-type", t, name, bytes);
    }

    private static HostileDocument RandomBytes(Random r, int n, FuzzTarget t)
    {
        var name = t switch
        {
            FuzzTarget.Plan => r.Next(3) switch { 0 => "ngau-nhien.docx", 1 => "ngau-nhien.txt", _ => "ngau-nhien" },
            FuzzTarget.Norms => r.Next(2) == 0 ? "ngau-nhien.xlsx" : "ngau-nhien.csv",
            _ => "ngau-nhien.xlsx",
        };
        var bytes = Noise(r, r.Next(1, 200_000));
        if (name.EndsWith(".csv", StringComparison.Ordinal) || name.EndsWith(".txt", StringComparison.Ordinal)) bytes[0] = 0; // binary, not text
        return new(n, "random-bytes", t, name, bytes);
    }

    private static HostileDocument LegacyText(Random r, int n, FuzzTarget t)
    {
        // TCVN3 (ABC) and VNI text: Vietnamese typed with 1990s fonts, bytes that are no valid UTF-8; or UTF-16 without BOM.
        var tcvn3 = new byte[] { 0x4B, 0xD5, 0x20, 0x68, 0xB7, 0x63, 0x68, 0x20, 0x74, 0xE6, 0x20, 0x63, 0x68, 0xF8, 0x63, 0x20, 0x63, 0xB8, 0x63, 0x20, 0x68, 0xA5, 0x74, 0x20, 0xAE, 0xE9, 0x6E, 0x67 };
        var vni = new byte[] { 0x4B, 0x65, 0xE0, 0x20, 0x68, 0x6F, 0x61, 0xEF, 0x63, 0x68, 0x20, 0x63, 0x68, 0x75, 0x79, 0xE6, 0x6E, 0x20, 0xF1, 0x6F, 0xE5, 0x69, 0x20, 0x73, 0x6F, 0xE1 };
        var line = r.Next(3) switch { 0 => tcvn3, 1 => vni, _ => Encoding.Unicode.GetBytes("Kế hoạch chuyển đổi số\n") };
        var lines = r.Next(5, 400);
        var bytes = new List<byte>();
        for (var i = 0; i < lines; i++)
        {
            bytes.AddRange(line);
            if (line != tcvn3 && line != vni) continue;
            bytes.Add((byte)'\r');
            bytes.Add((byte)'\n');
        }

        if (t == FuzzTarget.Norms)
        {
            // A CSV of norms in TCVN3, with a NUL byte somewhere: no norm may come of it.
            bytes.Insert(r.Next(bytes.Count), 0);
            return new(n, "legacy-text", t, "dinh-muc.csv", [.. bytes]);
        }

        return new(n, "legacy-text", t, r.Next(2) == 0 ? "ke-hoach.txt" : "ke-hoach.md", [.. bytes]);
    }

    private static HostileDocument HugeLine(Random r, int n, FuzzTarget t)
    {
        var length = r.Next(2) == 0 ? r.Next(1_000_000, 8_000_000) : r.Next(21_000_000, 24_000_000); // over 20 MB: 413
        var filler = (byte)"a#|-;,\""[r.Next(7)];
        var bytes = new byte[length];
        Array.Fill(bytes, filler);
        if (t == FuzzTarget.Norms) return new(n, "huge-line", t, "dinh-muc.csv", bytes);
        return new(n, "huge-line", t, r.Next(2) == 0 ? "mot-dong.txt" : "mot-dong.md", bytes);
    }

    // ───────────────────────────── packages ─────────────────────────────

    private static string Repeat(string s, int count)
    {
        var sb = new StringBuilder(s.Length * count);
        for (var i = 0; i < count; i++) sb.Append(s);
        return sb.ToString();
    }

    private static byte[] Noise(Random r, int count)
    {
        var bytes = new byte[count];
        r.NextBytes(bytes);
        return bytes;
    }

    private static string Nest(string part, int depth, string open, string close)
    {
        var inner = Repeat(open, depth) + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" + Repeat(close, depth);
        return part == "word/document.xml" ? Document(inner) : XmlIn(part, inner);
    }

    private static string Document(string body) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{W}\"><w:body>{body}<w:sectPr/></w:body></w:document>";

    private static string Sheet(string data) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"{S}\"><sheetData>{data}</sheetData></worksheet>";

    /// <summary>A part of that name with <paramref name="inner"/> inside its usual root element.</summary>
    private static string XmlIn(string part, string inner)
    {
        var root = part switch
        {
            "word/numbering.xml" => "w:numbering",
            "word/styles.xml" => "w:styles",
            "word/header1.xml" => "w:hdr",
            "word/footnotes.xml" => "w:footnotes",
            "xl/sharedStrings.xml" => "sst",
            "xl/styles.xml" => "styleSheet",
            "xl/workbook.xml" => "workbook",
            _ => "w:document",
        };
        var ns = root.StartsWith("w:", StringComparison.Ordinal) ? $" xmlns:w=\"{W}\"" : $" xmlns=\"{S}\"";
        if (root == "w:footnotes") inner = $"<w:footnote w:id=\"1\">{inner}</w:footnote>";
        if (root == "workbook") inner = $"<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/></sheets>{inner}";
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><{root}{ns}>{inner}</{root}>";
    }

    private static string ContentTypesXml(bool docx) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + (docx
            ? "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
              + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
              + "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
              + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>"
            : "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
              + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
        + "</Types>";

    private static Dictionary<string, string> DocxBase() => new()
    {
        ["[Content_Types].xml"] = ContentTypesXml(true),
        ["_rels/.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
        ["word/_rels/document.xml.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"
            + "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/></Relationships>",
        ["word/document.xml"] = Document("<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>"),
        ["word/styles.xml"] = XmlIn("word/styles.xml", ""),
        ["word/numbering.xml"] = XmlIn("word/numbering.xml", ""),
        ["word/header1.xml"] = XmlIn("word/header1.xml", "<w:p/>"),
        ["word/footnotes.xml"] = XmlIn("word/footnotes.xml", "<w:p/>"),
    };

    private static Dictionary<string, string> XlsxBase() => new()
    {
        ["[Content_Types].xml"] = ContentTypesXml(false),
        ["_rels/.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
        ["xl/_rels/workbook.xml.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>",
        ["xl/workbook.xml"] = XmlIn("xl/workbook.xml", ""),
        ["xl/worksheets/sheet1.xml"] = Sheet(""),
        ["xl/sharedStrings.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"{S}\" count=\"0\" uniqueCount=\"0\"/>",
        ["xl/styles.xml"] = XmlIn("xl/styles.xml", ""),
    };

    /// <summary>A minimal .docx whose parts are the base ones with <paramref name="overrides"/> put in their place.</summary>
    public static byte[] Docx(Dictionary<string, string> overrides) => Package(DocxBase(), overrides);

    /// <summary>A minimal .xlsx (one empty sheet) with <paramref name="overrides"/>.</summary>
    public static byte[] Xlsx(Dictionary<string, string> overrides) => Package(XlsxBase(), overrides);

    private static byte[] Odt()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "mimetype", "application/vnd.oasis.opendocument.text");
            Write(zip, "content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
        }

        return stream.ToArray();
    }

    private static byte[] Package(Dictionary<string, string> parts, Dictionary<string, string> overrides)
    {
        foreach (var (name, xml) in overrides) parts[name] = xml;
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, xml) in parts) Write(zip, name, xml);
        return stream.ToArray();
    }

    /// <summary>Entries carry a fixed time, so that the same seed gives the same bytes (not the clock's).</summary>
    private static ZipArchiveEntry Entry(ZipArchive zip, string name, CompressionLevel level)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);
        return entry;
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        var entry = Entry(zip, name, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
