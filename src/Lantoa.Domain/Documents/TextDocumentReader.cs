using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Lantoa.Domain.Findings;

namespace Lantoa.Domain.Documents;

/// <summary>
/// Reads a plain-text (.txt) or Markdown (.md) export of a Word document into a <see cref="SourceDocument"/>.
/// </summary>
/// <remarks>
/// <para>Decoding: UTF-8 with or without a byte-order mark; UTF-16 and UTF-32 with one. The text is composed to Unicode
/// NFC, so decomposed input ("e" + combining marks) reads exactly like composed input. Text in a legacy Vietnamese
/// encoding (TCVN3/ABC, VNI), binary content (NUL bytes, control characters) and bytes that are not valid UTF-8 give
/// one error finding and no blocks. So does input over <see cref="MaxBytes"/>, which is refused before it is read.</para>
/// <para>Blocks: every non-blank line is a paragraph (Line = its 1-based line), except that a line starting with a
/// lower-case letter continues the line above it (a soft-wrapped sentence). Consecutive lines holding tab-separated
/// cells (or Markdown "| a | b |" rows) form one <see cref="SourceTable"/>; a line without tabs between two rows
/// continues the last filled cell of the row above (a cell of several lines); a blank line ends the table, so a table
/// broken by a page break arrives as two tables. Markdown headings ("## …") set <see cref="SourceParagraph.Heading"/>; a paragraph
/// wholly in "**…**" or "*…*" sets Bold or Italic; emphasis, HTML tags, escapes and entities are removed; "* " bullets
/// become "- "; horizontal rules and stray page numbers (a line holding only "12", "- 12 -" or "Trang 12", alone between
/// blank lines) are dropped.</para>
/// <para>Everything is linear in the size of the input.</para>
/// </remarks>
public static partial class TextDocumentReader
{
    /// <summary>The largest file read: 5 MB. Plans are a few dozen kilobytes.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    public static SourceDocument Read(string fileName, byte[] bytes)
    {
        fileName ??= "";
        bytes ??= [];
        var format = fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
            ? DocumentFormat.Markdown
            : DocumentFormat.Text;
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));

        SourceDocument Fail(string code, string message) =>
            new(fileName, format, [], [new Finding(Severity.Error, code, message)]) { ContentHash = hash };

        if (bytes.Length > MaxBytes)
        {
            return Fail("too-large", string.Create(CultureInfo.InvariantCulture,
                $"Tệp quá lớn ({bytes.Length / (1024.0 * 1024.0):0.#} MB): chỉ đọc được văn bản đến {MaxBytes / (1024 * 1024)} MB. Hãy tải lên đúng tệp kế hoạch."));
        }

        var (text, error) = Decode(bytes);
        if (error is { } e) return Fail(e.Code, e.Message);
        if (LegacyEncoding.Detect(text) is var legacy and not LegacyVietnameseEncoding.None)
            return Fail(LegacyEncoding.FindingCode, LegacyEncoding.Message(legacy));
        if (text!.Contains('\0') || CountControls(text) * 100 > text.Length)
            return Fail("binary", "Tệp có vẻ là tệp nhị phân (nhiều ký tự điều khiển), không phải văn bản. Hãy lưu kế hoạch dưới dạng .txt (UTF-8), .md hoặc .docx.");

        try
        {
            text = text!.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return Fail("invalid-encoding", "Tệp chứa ký tự Unicode không hợp lệ. Hãy lưu lại văn bản với bảng mã UTF-8.");
        }

        var blocks = ReadBlocks(text);
        var findings = new List<Finding>();
        if (blocks.Count == 0) findings.Add(new Finding(Severity.Error, "empty", "Tệp không có nội dung."));
        return new SourceDocument(fileName, format, blocks, findings) { ContentHash = hash };
    }

    private sealed record DecodeError(string Code, string Message);

    private static (string? Text, DecodeError? Error) Decode(byte[] bytes)
    {
        Encoding? encoding = null;
        var skip = 0;
        if (bytes is [0xFF, 0xFE, 0x00, 0x00, ..]) (encoding, skip) = (new UTF32Encoding(false, false, true), 4);
        else if (bytes is [0x00, 0x00, 0xFE, 0xFF, ..]) (encoding, skip) = (new UTF32Encoding(true, false, true), 4);
        else if (bytes is [0xEF, 0xBB, 0xBF, ..]) (encoding, skip) = (new UTF8Encoding(false, true), 3);
        else if (bytes is [0xFF, 0xFE, ..]) (encoding, skip) = (new UnicodeEncoding(false, false, true), 2);
        else if (bytes is [0xFE, 0xFF, ..]) (encoding, skip) = (new UnicodeEncoding(true, false, true), 2);

        if (encoding is null)
        {
            if (Array.IndexOf(bytes, (byte)0) >= 0)
                return (null, new DecodeError("binary", "Tệp có vẻ là tệp nhị phân (có byte 0), không phải văn bản. Hãy lưu kế hoạch dưới dạng .txt (UTF-8), .md hoặc .docx."));
            encoding = new UTF8Encoding(false, true);
        }

        try
        {
            return (encoding.GetString(bytes, skip, bytes.Length - skip), null);
        }
        catch (DecoderFallbackException)
        {
            if (encoding is UTF8Encoding && skip == 0)
            {
                var latin1 = Encoding.Latin1.GetString(bytes);
                if (LegacyEncoding.Detect(latin1) is var legacy and not LegacyVietnameseEncoding.None)
                    return (null, new DecodeError(LegacyEncoding.FindingCode, LegacyEncoding.Message(legacy)));
            }

            return (null, new DecodeError("invalid-encoding",
                "Tệp không phải văn bản Unicode hợp lệ (UTF-8/UTF-16) hoặc là tệp nhị phân. Hãy mở bằng Word hoặc Notepad và lưu lại với bảng mã UTF-8."));
        }
    }

    /// <summary>Control characters other than tab, line breaks and form feed.</summary>
    private static int CountControls(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || c == 0x7F || c is >= '\u0080' and <= '\u009F') count++;
        }

        return count;
    }

    /// <summary>A line of the input, classified.</summary>
    private enum LineKind
    {
        Blank,
        Paragraph,
        Row,
        Rule,

        /// <summary>The "|---|:---|" row under a Markdown table header: skipped, the table goes on.</summary>
        Alignment,

        /// <summary>A line without tabs between two rows: a cell of several lines, continued.</summary>
        CellContinuation,
    }

    private static List<SourceBlock> ReadBlocks(string text)
    {
        var lines = SplitLines(text);
        var kinds = new LineKind[lines.Count];
        var cells = new List<string>?[lines.Count];
        var inTable = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (IsBlank(line))
            {
                kinds[i] = LineKind.Blank;
                inTable = false;
                continue;
            }

            if (line.Contains('\t'))
            {
                var parts = line.Split('\t');
                var filled = parts.Count(p => !IsBlank(p));
                if (filled >= 2 || inTable)
                {
                    kinds[i] = LineKind.Row;
                    cells[i] = parts.ToList();
                    inTable = true;
                    continue;
                }
            }

            var trimmed = line.Trim();
            if (trimmed.Length >= 2 && trimmed[0] == '|' && trimmed[^1] == '|')
            {
                var parts = SplitPipes(trimmed);
                if (parts.All(p => MarkdownAlignment().IsMatch(p.Trim())))
                {
                    kinds[i] = LineKind.Alignment;
                    continue;
                }

                kinds[i] = LineKind.Row;
                cells[i] = parts;
                inTable = true;
                continue;
            }

            inTable = false;
            kinds[i] = HorizontalRule().IsMatch(trimmed) ? LineKind.Rule : LineKind.Paragraph;
        }

        for (var i = 1; i + 1 < lines.Count; i++)
            if (kinds[i] == LineKind.Paragraph && kinds[i - 1] == LineKind.Row && kinds[i + 1] == LineKind.Row && cells[i - 1] is not null)
                kinds[i] = LineKind.CellContinuation;

        var blocks = new List<SourceBlock>();
        List<IReadOnlyList<string>>? rows = null;
        List<int>? rowLines = null;
        var previousWasParagraph = false;

        void FlushTable()
        {
            if (rows is { Count: > 0 }) blocks.Add(new SourceTable(rowLines![0], rows) { RowLines = rowLines });
            rows = null;
            rowLines = null;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            switch (kinds[i])
            {
                case LineKind.Row:
                    rows ??= [];
                    rowLines ??= [];
                    rows.Add(cells[i]!.Select(c => InlineMarkup.Clean(c).Text).ToList());
                    rowLines.Add(i + 1);
                    previousWasParagraph = false;
                    continue;
                case LineKind.Alignment:
                    continue;
                case LineKind.CellContinuation when rows is { Count: > 0 }:
                {
                    var last = rows[^1].ToList();
                    var cell = last.FindLastIndex(c => c.Length > 0);
                    var continued = InlineMarkup.Clean(lines[i]).Text;
                    if (cell < 0) last.Add(continued);
                    else last[cell] = last[cell] + "\n" + continued;
                    rows[^1] = last;
                    continue;
                }
                case LineKind.Rule:
                    FlushTable();
                    previousWasParagraph = false;
                    continue;
                case LineKind.Blank:
                    FlushTable();
                    previousWasParagraph = false;
                    continue;
            }

            FlushTable();
            var paragraph = ReadParagraph(lines[i], i + 1);
            if (paragraph is null) continue;
            var alone = (i == 0 || kinds[i - 1] is LineKind.Blank or LineKind.Rule) && (i + 1 == lines.Count || kinds[i + 1] is LineKind.Blank or LineKind.Rule);
            if (alone && PageNumber().IsMatch(paragraph.Text))
            {
                previousWasParagraph = false;
                continue;
            }

            if (previousWasParagraph && blocks[^1] is SourceParagraph above && !paragraph.Heading && StartsLowerCase(paragraph.Text))
            {
                blocks[^1] = above with { Text = above.Text + " " + paragraph.Text, Bold = above.Bold && paragraph.Bold, Italic = above.Italic && paragraph.Italic };
                continue;
            }

            blocks.Add(paragraph);
            previousWasParagraph = true;
        }

        FlushTable();
        return blocks;
    }

    private static SourceParagraph? ReadParagraph(string line, int number)
    {
        var s = line.Trim();
        var heading = false;
        if (MarkdownHeading().Match(s) is { Success: true } h)
        {
            heading = true;
            s = s[h.Length..];
        }

        if (s.StartsWith("> ", StringComparison.Ordinal)) s = s[2..];
        if (s.StartsWith("* ", StringComparison.Ordinal)) s = "- " + s[2..];
        var (text, bold, italic) = InlineMarkup.Clean(s);
        if (heading) text = text.TrimEnd('#').TrimEnd();
        if (text.Length == 0) return null;
        return new SourceParagraph(number, text, bold, italic, Heading: heading);
    }

    private static bool StartsLowerCase(string text) =>
        text.Length > 0 && char.IsLetter(text[0]) && char.IsLower(text[0]) && !LetterLabel().IsMatch(text);

    private static bool IsBlank(string s)
    {
        foreach (var c in s)
            if (!char.IsWhiteSpace(c) && c is not ('\u200B' or '\uFEFF'))
                return false;
        return true;
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\f' or '\u2028' or '\u2029' or '\u0085' or '\v')
            {
                lines.Add(text[start..i]);
                if (c == '\f') lines.Add("");
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
        }

        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    /// <summary>"| a | b \| c |" → ["a", "b | c"]: the cells of a Markdown table row.</summary>
    private static List<string> SplitPipes(string row)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        for (var i = 1; i < row.Length - 1; i++)
        {
            var c = row[i];
            if (c == '\\' && i + 1 < row.Length - 1 && row[i + 1] == '|')
            {
                sb.Append('|');
                i++;
            }
            else if (c == '|')
            {
                cells.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        cells.Add(sb.ToString());
        return cells;
    }

    [GeneratedRegex(@"^#{1,6}(?:\s+|$)")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^(?:[-*_=]\s*){3,}$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^:?-{1,}:?$|^$")]
    private static partial Regex MarkdownAlignment();

    /// <summary>"12", "- 12 -", "Trang 12", "Trang 2/9".</summary>
    [GeneratedRegex(@"^(?:[-–—]\s*)?[0-9]{1,3}(?:\s*[-–—])?$|^(?i:trang)\s+[0-9]{1,3}(?:\s*/\s*[0-9]{1,3})?$")]
    private static partial Regex PageNumber();

    /// <summary>"a) …", "đ. …": a lettered item, not the rest of a sentence.</summary>
    [GeneratedRegex(@"^[a-zđ][).]\s")]
    private static partial Regex LetterLabel();
}
