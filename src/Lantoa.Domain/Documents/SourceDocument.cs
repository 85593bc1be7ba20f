using Lantoa.Domain.Findings;

namespace Lantoa.Domain.Documents;

/// <summary>
/// A document as read from a file, before it is understood: its blocks in reading order. Every reader (.txt, .md,
/// .docx) produces this shape, so that the plan parser sees one kind of input. <see cref="SourceBlock.Line"/> points
/// back into the source: the 1-based line of a text file, or the 1-based paragraph (or table) of a .docx.
/// </summary>
public sealed record SourceDocument(string FileName, DocumentFormat Format, IReadOnlyList<SourceBlock> Blocks, IReadOnlyList<Finding> Findings)
{
    /// <summary>SHA-256 of the file's bytes (hex), so that the same file uploaded twice is recognised.</summary>
    public string? ContentHash { get; init; }
}

public enum DocumentFormat
{
    Text,
    Markdown,
    Docx,
}

/// <summary>A paragraph or a table of the source.</summary>
public abstract record SourceBlock(int Line);

/// <summary>
/// One paragraph: its plain text (NFC, formatting marks removed), whether it is all bold or all italic, and — for a
/// .docx list item — the label Word would show ("1.", "a)", "-") which is not part of the text itself.
/// </summary>
public sealed record SourceParagraph(int Line, string Text, bool Bold = false, bool Italic = false, string? ListLabel = null,
    int ListLevel = 0, bool Heading = false) : SourceBlock(Line)
{
    /// <summary>The text as a reader sees it on the page: the list label, then the text.</summary>
    public string Display => ListLabel is null ? Text : $"{ListLabel} {Text}";
}

/// <summary>A table: rows of cell texts (a merged cell appears once, in its first cell). Text files give tab-separated rows.</summary>
public sealed record SourceTable(int Line, IReadOnlyList<IReadOnlyList<string>> Rows) : SourceBlock(Line)
{
    /// <summary>The source line (or paragraph) of each row, when known; otherwise every row is at <see cref="SourceBlock.Line"/>.</summary>
    public IReadOnlyList<int>? RowLines { get; init; }
}
