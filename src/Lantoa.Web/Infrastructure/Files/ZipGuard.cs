using System.IO.Compression;
using ICSharpCode.SharpZipLib.Zip;

namespace Lantoa.Web.Infrastructure.Files;

/// <summary>How much an uploaded Office file (a zip package) may hold before it is refused unread.</summary>
/// <param name="MaxUncompressedBytes">The most all entries may inflate to, together.</param>
/// <param name="MaxEntries">The most entries the archive may have.</param>
public sealed record ZipLimits(long MaxUncompressedBytes, int MaxEntries)
{
    /// <summary>
    /// The most the XML parts (.xml, .rels, .vml) may inflate to, together; null when only
    /// <see cref="MaxUncompressedBytes"/> applies. A reader that loads its XML into memory bounds its memory with this,
    /// while pictures (which it never loads) are only counted in the total.
    /// </summary>
    public long? MaxXmlBytes { get; init; }

    /// <summary>
    /// When set, every XML part is also read by <see cref="XmlGuard"/> as it inflates (depth, element count, attribute
    /// and text lengths), in the same pass; null checks sizes and DTDs only.
    /// </summary>
    public XmlLimits? Xml { get; init; }
}

/// <summary>What a pass over an archive found.</summary>
public enum ZipVerdict
{
    /// <summary>Within the limits, no DTD.</summary>
    Safe,

    /// <summary>Not a readable zip archive.</summary>
    Corrupt,

    /// <summary>Too many entries, or the entries inflate (or say they inflate) beyond the limits: a zip bomb, or just too big.</summary>
    TooLarge,

    /// <summary>An XML part declares a DTD (OOXML never does; a DTD is the way to an XML entity bomb).</summary>
    Doctype,

    /// <summary>An XML part crosses the <see cref="XmlLimits"/>: nested too deep, too many elements, a huge attribute or string.</summary>
    TooComplex,
}

/// <summary>The central directory of an archive, as <see cref="ZipGuard.ReadDirectory"/> read it.</summary>
public sealed class ZipDirectory
{
    private static readonly IReadOnlySet<string> NoNames = new HashSet<string>();

    private ZipDirectory(bool corrupt, bool tooManyEntries, bool declaredTooLarge, IReadOnlySet<string> names)
    {
        Corrupt = corrupt;
        TooManyEntries = tooManyEntries;
        DeclaredTooLarge = declaredTooLarge;
        Names = names;
    }

    /// <summary>The bytes are no zip archive (or a damaged one): nothing else is known.</summary>
    public bool Corrupt { get; }

    /// <summary>More entries than the limit; <see cref="Names"/> is then empty.</summary>
    public bool TooManyEntries { get; }

    /// <summary>The sizes the directory declares add up to more than the limit (or one is negative).</summary>
    public bool DeclaredTooLarge { get; }

    /// <summary>The entries' full names (case-insensitive), when the directory could be read and was not too long.</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>Whether the directory is sound and within the limits.</summary>
    public bool Safe => !Corrupt && !TooManyEntries && !DeclaredTooLarge;

    public bool Contains(string name) => Names.Contains(name);

    /// <summary>Whether some entry's name starts with <paramref name="prefix"/> ("word/", "xl/").</summary>
    public bool ContainsUnder(string prefix) => Names.Any(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    internal static ZipDirectory Damaged() => new(true, false, false, NoNames);

    internal static ZipDirectory TooMany() => new(false, true, false, NoNames);

    internal static ZipDirectory Of(IReadOnlySet<string> names, bool declaredTooLarge) => new(false, false, declaredTooLarge, names);
}

/// <summary>
/// Checks an uploaded Office file (.xlsx, .docx: a zip package) before a library loads it: that it is a zip at all,
/// what it holds, and that it is no zip bomb. Callers decide what the findings mean for their format and say it in
/// their own words (see Features/Budgets/XlsxGuard and Features/Documents/DocxReader).
/// </summary>
/// <remarks>
/// <para>A zip has two tables of contents. The central directory (<see cref="ReadDirectory"/>, read by
/// System.IO.Compression) names the entries and declares their sizes: cheap to check, enough to tell a .docx from an
/// .xlsx. But a crafted file can declare false sizes, and can hide entries from the central directory that a reader
/// going through the local headers still finds. So a second pass inflates the entries the way the library that will
/// load the file reads them, counting the bytes and stopping at the limit, and looks for a DTD in every XML part:</para>
/// <list type="bullet">
/// <item><see cref="InflateLocalEntries"/>: the local headers one after the other, as SharpZipLib's ZipInputStream
/// (used by NPOI) reads them;</item>
/// <item><see cref="InflateDirectoryEntries"/>: the entries of the central directory, as System.IO.Compression (used by
/// System.IO.Packaging, hence by DocumentFormat.OpenXml) reads them.</item>
/// </list>
/// <para>With <see cref="ZipLimits.Xml"/> set, each XML part is also read, as it inflates, by <see cref="XmlGuard"/>'s
/// streaming pass (depth, element count, attribute and text lengths), so no part that a DOM builder would choke on
/// gets that far. Passes take a cancellation token (the upload's time budget), checked at every block.</para>
/// <para>No pass throws on bad input (only <see cref="OperationCanceledException"/> when cancelled); every pass stops at the first limit crossed, so a bomb costs at most the limit's
/// worth of inflation.</para>
/// </remarks>
public static class ZipGuard
{
    private static readonly byte[] Doctype = "<!DOCTYPE"u8.ToArray();

    /// <summary>Whether the bytes start like a zip archive ("PK").</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) => bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K';

    /// <summary>The central directory: entry count, names and declared sizes.</summary>
    public static ZipDirectory ReadDirectory(byte[] bytes, ZipLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxEntries) return ZipDirectory.TooMany();
            var names = new HashSet<string>(archive.Entries.Select(e => e.FullName), StringComparer.OrdinalIgnoreCase);

            long declared = 0;
            var tooLarge = false;
            foreach (var entry in archive.Entries)
            {
                declared += entry.Length;
                if (entry.Length < 0 || declared > limits.MaxUncompressedBytes)
                {
                    tooLarge = true;
                    break;
                }
            }

            return ZipDirectory.Of(names, tooLarge);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException or ArgumentException)
        {
            return ZipDirectory.Damaged();
        }
    }

    /// <summary>Inflates the entries as their local headers give them (NPOI's way), counting bytes and looking for DTDs.</summary>
    public static ZipVerdict InflateLocalEntries(byte[] bytes, ZipLimits limits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            using var zip = new ZipInputStream(new MemoryStream(bytes, writable: false));
            var counter = new Counter(limits, ct);
            var entries = 0;
            while (zip.GetNextEntry() is { } entry)
            {
                if (++entries > limits.MaxEntries) return ZipVerdict.TooLarge;
                var verdict = counter.Inflate(zip, entry.Name);
                if (verdict != ZipVerdict.Safe) return verdict;
            }

            return entries == 0 ? ZipVerdict.Corrupt : ZipVerdict.Safe;
        }
        catch (Exception e) when (e is ICSharpCode.SharpZipLib.SharpZipBaseException or InvalidDataException or NotSupportedException
                                      or IOException or IndexOutOfRangeException or ArgumentException)
        {
            // SharpZipLib throws IndexOutOfRangeException on some corrupt Huffman tables (found by `bench fuzz`): damaged, not a 500.
            return ZipVerdict.Corrupt;
        }
    }

    /// <summary>
    /// Inflates the entries of the central directory (System.IO.Compression's way, which System.IO.Packaging and so
    /// DocumentFormat.OpenXml use), counting the bytes actually produced, not the declared sizes, and looking for DTDs.
    /// </summary>
    public static ZipVerdict InflateDirectoryEntries(byte[] bytes, ZipLimits limits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxEntries) return ZipVerdict.TooLarge;
            if (archive.Entries.Count == 0) return ZipVerdict.Corrupt;
            var counter = new Counter(limits, ct);
            foreach (var entry in archive.Entries)
            {
                using var stream = entry.Open();
                var verdict = counter.Inflate(stream, entry.FullName);
                if (verdict != ZipVerdict.Safe) return verdict;
            }

            return ZipVerdict.Safe;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException or ArgumentException)
        {
            return ZipVerdict.Corrupt;
        }
    }

    /// <summary>Whether an entry is one of the XML parts of an Office package (checked for a DTD, counted as XML).</summary>
    public static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The running totals of one pass.</summary>
    private sealed class Counter(ZipLimits limits, CancellationToken ct)
    {
        private readonly byte[] _buffer = new byte[81920];
        private long _total;
        private long _xml;
        private long _elements;

        public ZipVerdict Inflate(Stream entry, string name)
        {
            var isXml = IsXmlPart(name);
            if (isXml && limits.Xml is { } xml) return Scan(entry, xml);
            var matched = 0;
            int read;
            while ((read = entry.Read(_buffer, 0, _buffer.Length)) > 0)
            {
                ct.ThrowIfCancellationRequested();
                var verdict = Count(_buffer.AsSpan(0, read), isXml, ref matched);
                if (verdict != ZipVerdict.Safe) return verdict;
            }

            return ZipVerdict.Safe;
        }

        /// <summary>One block of inflated bytes: the totals, and a DOCTYPE in an XML part.</summary>
        public ZipVerdict Count(ReadOnlySpan<byte> block, bool isXml, ref int matched)
        {
            _total += block.Length;
            if (_total > limits.MaxUncompressedBytes) return ZipVerdict.TooLarge;
            if (!isXml) return ZipVerdict.Safe;
            _xml += block.Length;
            if (_xml > limits.MaxXmlBytes) return ZipVerdict.TooLarge;
            return ContainsDoctype(block, ref matched) ? ZipVerdict.Doctype : ZipVerdict.Safe;
        }

        /// <summary>An XML part read by <see cref="XmlGuard"/> while it inflates, the bytes counted on the way.</summary>
        private ZipVerdict Scan(Stream entry, XmlLimits xml)
        {
            var metered = new MeteredStream(entry, this, ct);
            var characters = Math.Max(1, (limits.MaxXmlBytes ?? limits.MaxUncompressedBytes) - _xml);
            XmlVerdict verdict;
            try
            {
                verdict = XmlGuard.Scan(metered, xml, characters, ref _elements, ct);
                if (verdict == XmlVerdict.Safe) metered.Drain(); // what follows the root element counts too
            }
            catch (LimitCrossed)
            {
                return metered.Verdict;
            }

            if (metered.Verdict != ZipVerdict.Safe) return metered.Verdict;
            return verdict switch
            {
                XmlVerdict.Safe => ZipVerdict.Safe,
                XmlVerdict.Doctype => ZipVerdict.Doctype,
                XmlVerdict.Malformed => ZipVerdict.Corrupt,
                _ => ZipVerdict.TooComplex,
            };
        }
    }

    private sealed class LimitCrossed : Exception;

    /// <summary>An inflating entry seen through the <see cref="Counter"/>: a limit crossed stops the XML reader at once.</summary>
    private sealed class MeteredStream(Stream inner, Counter counter, CancellationToken ct) : Stream
    {
        private int _matched;

        public ZipVerdict Verdict { get; private set; } = ZipVerdict.Safe;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            ct.ThrowIfCancellationRequested();
            var read = inner.Read(buffer);
            if (read == 0) return 0;
            Verdict = counter.Count(buffer[..read], true, ref _matched);
            if (Verdict != ZipVerdict.Safe) throw new LimitCrossed();
            return read;
        }

        public void Drain()
        {
            var buffer = new byte[16384];
            while (Read(buffer) > 0)
            {
            }
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Looks for "&lt;!DOCTYPE" across buffer boundaries; <paramref name="matched"/> carries the partial match.</summary>
    private static bool ContainsDoctype(ReadOnlySpan<byte> data, ref int matched)
    {
        foreach (var b in data)
        {
            if (b == Doctype[matched])
            {
                if (++matched == Doctype.Length) return true;
            }
            else
            {
                matched = b == Doctype[0] ? 1 : 0; // '<' occurs only at the start of the pattern
            }
        }

        return false;
    }
}
