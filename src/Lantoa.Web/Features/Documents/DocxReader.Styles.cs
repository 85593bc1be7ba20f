using System.Xml.Linq;

namespace Lantoa.Web.Features.Documents;

public static partial class DocxReader
{
    /// <summary>How a run shows: bold, italic, in capitals, hidden.</summary>
    private readonly record struct RunFormat(bool Bold, bool Italic, bool Caps, bool Hidden)
    {
        public static RunFormat Plain => default;
    }

    /// <summary>The toggle properties of one rPr; null where it says nothing.</summary>
    private readonly record struct Toggles(bool? Bold, bool? Italic, bool? Caps, bool? Hidden)
    {
        public static Toggles Of(XElement? rPr) => rPr is null
            ? default
            : new Toggles(W.OnOff(rPr.Element(W.B)), W.OnOff(rPr.Element(W.I)), W.OnOff(rPr.Element(W.Caps)), W.OnOff(rPr.Element(W.Vanish)));

        /// <summary>This set, with what it leaves open taken from <paramref name="fallback"/> (a style's basedOn).</summary>
        public Toggles Over(Toggles fallback) =>
            new(Bold ?? fallback.Bold, Italic ?? fallback.Italic, Caps ?? fallback.Caps, Hidden ?? fallback.Hidden);
    }

    /// <summary>A paragraph style with its basedOn chain resolved.</summary>
    /// <param name="Id">The style id (null for a document without styles).</param>
    /// <param name="Toggles">Run properties the style chain sets.</param>
    /// <param name="Heading">An outline level 1–9 in the chain, or a "heading N" / "Title" style in it.</param>
    /// <param name="NumPr">The numbering the chain gives (its w:numPr), if any.</param>
    private sealed record ParagraphStyle(string? Id, Toggles Toggles, bool Heading, XElement? NumPr);

    /// <summary>
    /// styles.xml: paragraph and character styles resolved along their basedOn chains (cycles and chains longer than
    /// <see cref="MaxChain"/> are cut), the default paragraph style, the document defaults.
    /// </summary>
    private sealed class Styles
    {
        private const int MaxChain = 32;

        private readonly Dictionary<string, XElement> _styles = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ParagraphStyle> _paragraphs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Toggles> _characters = new(StringComparer.Ordinal);
        private readonly string? _defaultParagraph;
        private readonly Toggles _defaults;

        private Styles(XDocument? xml)
        {
            var root = xml?.Root;
            if (root is null) return;
            foreach (var style in root.Elements(W.Style))
            {
                if (W.Attr(style, W.StyleId) is { } id) _styles.TryAdd(id, style);
            }

            var defaultStyle = root.Elements(W.Style)
                .FirstOrDefault(s => W.Attr(s, W.Type) == "paragraph" && W.Attr(s, W.Default) is "1" or "true" or "on");
            _defaultParagraph = W.Attr(defaultStyle, W.StyleId);
            _defaults = Toggles.Of(root.Element(W.DocDefaults)?.Element(W.RPrDefault)?.Element(W.RPr));
        }

        public static Styles Load(XDocument? xml) => new(xml);

        /// <summary>The paragraph style <paramref name="id"/>, or the default paragraph style when it is null or unknown.</summary>
        public ParagraphStyle Paragraph(string? id)
        {
            if (id is null || !_styles.ContainsKey(id)) id = _defaultParagraph;
            if (id is null) return new ParagraphStyle(null, default, false, null);
            if (_paragraphs.TryGetValue(id, out var known)) return known;

            var toggles = default(Toggles);
            bool? outline = null;
            var named = false;
            XElement? numPr = null;
            foreach (var style in Chain(id))
            {
                toggles = toggles.Over(Toggles.Of(style.Element(W.RPr)));
                var pPr = style.Element(W.PPr);
                if (outline is null && W.IntOf(pPr?.Element(W.OutlineLvl)) is { } level) outline = level is >= 0 and < 9;
                numPr ??= pPr?.Element(W.NumPr);
                var name = W.Attr(style.Element(W.Name), W.Val)?.Trim().ToLowerInvariant();
                named |= name is "title" || (name?.StartsWith("heading ", StringComparison.Ordinal) ?? false);
            }

            var resolved = new ParagraphStyle(id, toggles, outline ?? named, numPr);
            _paragraphs[id] = resolved;
            return resolved;
        }

        /// <summary>How a run shows, given its paragraph's style and its own rPr.</summary>
        public RunFormat Run(ParagraphStyle paragraph, XElement? rPr)
        {
            var direct = Toggles.Of(rPr);
            var character = Character(W.ValOf(rPr?.Element(W.RStyle)));
            var p = paragraph.Toggles;
            return new RunFormat(
                Resolve(direct.Bold, p.Bold, character.Bold, _defaults.Bold),
                Resolve(direct.Italic, p.Italic, character.Italic, _defaults.Italic),
                Resolve(direct.Caps, p.Caps, character.Caps, _defaults.Caps),
                Resolve(direct.Hidden, p.Hidden, character.Hidden, _defaults.Hidden));
        }

        /// <summary>
        /// A toggle property: direct formatting decides; else the paragraph and character styles, which flip each other
        /// when both set it (ECMA-376 §17.7.3); else the document defaults.
        /// </summary>
        private static bool Resolve(bool? direct, bool? paragraphStyle, bool? characterStyle, bool? defaults) =>
            direct ?? (paragraphStyle is null && characterStyle is null
                ? defaults ?? false
                : (paragraphStyle ?? false) ^ (characterStyle ?? false));

        private Toggles Character(string? id)
        {
            if (id is null || !_styles.ContainsKey(id)) return default;
            if (_characters.TryGetValue(id, out var known)) return known;
            var toggles = default(Toggles);
            foreach (var style in Chain(id)) toggles = toggles.Over(Toggles.Of(style.Element(W.RPr)));
            _characters[id] = toggles;
            return toggles;
        }

        /// <summary>The numbering a numbering style (w:type="numbering") points at: its w:numPr/w:numId.</summary>
        public int? NumberingStyleNumId(string styleId) =>
            _styles.TryGetValue(styleId, out var style) ? W.IntOf(style.Element(W.PPr)?.Element(W.NumPr)?.Element(W.NumId)) : null;

        /// <summary>The style and its basedOn ancestors, nearest first.</summary>
        private IEnumerable<XElement> Chain(string id)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? next = id;
            while (next is not null && seen.Count < MaxChain && seen.Add(next) && _styles.TryGetValue(next, out var style))
            {
                yield return style;
                next = W.ValOf(style.Element(W.BasedOn));
            }
        }
    }
}
