using System.Xml;

namespace Lantoa.Web.Infrastructure.Files;

/// <summary>How complex the XML parts of an uploaded Office file may be, checked while reading, before any DOM is built.</summary>
/// <param name="MaxDepth">The deepest nesting of elements in any part (the root is depth 1).</param>
/// <param name="MaxElements">The most elements all parts may hold together.</param>
/// <param name="MaxAttributesPerElement">The most attributes one element may carry.</param>
/// <param name="MaxAttributeChars">The longest attribute value, in characters.</param>
/// <param name="MaxTextChars">The longest run of text (one text, CDATA or whitespace node), in characters.</param>
public sealed record XmlLimits(int MaxDepth, long MaxElements, int MaxAttributesPerElement, int MaxAttributeChars, int MaxTextChars)
{
    /// <summary>
    /// Generous for any real Word or Excel file (Word nests tables and content controls a few dozen deep; Excel never
    /// writes more than 32.767 characters in a cell), small enough that no part can make a DOM builder or a recursive
    /// walker spend more than a fraction of a second.
    /// </summary>
    public static XmlLimits Office { get; } = new(MaxDepth: 256, MaxElements: 2_000_000, MaxAttributesPerElement: 1_024,
        MaxAttributeChars: 256 * 1024, MaxTextChars: 8 * 1024 * 1024);
}

/// <summary>What the streaming pass over one XML part found.</summary>
public enum XmlVerdict
{
    Safe,

    /// <summary>Not well-formed XML (or characters XML does not allow).</summary>
    Malformed,

    /// <summary>A DOCTYPE: refused unread (OOXML never declares one; a DTD is the way to entity bombs and external entities).</summary>
    Doctype,

    /// <summary>Nested deeper than the limit.</summary>
    TooDeep,

    /// <summary>More elements, or more attributes on one element, than the limits allow.</summary>
    TooManyElements,

    /// <summary>An attribute value or a text node longer than the limits allow.</summary>
    TooLong,
}

/// <summary>
/// The streaming pre-pass over an XML part: one forward-only <see cref="XmlReader"/> (DTDs prohibited, no resolver, a
/// character budget), counting depth, elements, attributes and text lengths as it goes and stopping at the first limit
/// crossed, so a hostile part costs at most the limit's worth of reading and never builds a tree. Text nodes are read in
/// chunks, so a huge string is measured without being held in memory.
/// </summary>
public static class XmlGuard
{
    /// <summary>Reading settings that are safe for untrusted XML: no DTD, no external resolution, bounded characters.</summary>
    public static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
        Async = false,
    };

    /// <summary>
    /// Reads <paramref name="xml"/> to its end under <paramref name="limits"/>. <paramref name="elements"/> carries the
    /// element count across the parts of one package. Throws only <see cref="OperationCanceledException"/> (and whatever
    /// the stream throws).
    /// </summary>
    public static XmlVerdict Scan(Stream xml, XmlLimits limits, long maxCharacters, ref long elements, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(limits);
        var chunk = new char[8192];
        try
        {
            using var reader = XmlReader.Create(xml, Settings(maxCharacters));
            var nodes = 0;
            while (reader.Read())
            {
                if ((++nodes & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
                switch (reader.NodeType)
                {
                    case XmlNodeType.DocumentType:
                        return XmlVerdict.Doctype;
                    case XmlNodeType.Element:
                        if (reader.Depth + 1 > limits.MaxDepth) return XmlVerdict.TooDeep;
                        if (++elements > limits.MaxElements) return XmlVerdict.TooManyElements;
                        if (reader.AttributeCount > limits.MaxAttributesPerElement) return XmlVerdict.TooManyElements;
                        for (var i = 0; i < reader.AttributeCount; i++)
                        {
                            reader.MoveToAttribute(i);
                            if (reader.Value.Length > limits.MaxAttributeChars) return XmlVerdict.TooLong;
                        }

                        reader.MoveToElement();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        long length = 0;
                        int read;
                        while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                        {
                            length += read;
                            if (length > limits.MaxTextChars) return XmlVerdict.TooLong;
                            ct.ThrowIfCancellationRequested();
                        }

                        break;
                }
            }

            return XmlVerdict.Safe;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return XmlVerdict.Doctype;
        }
        catch (XmlException)
        {
            return XmlVerdict.Malformed;
        }
    }
}
