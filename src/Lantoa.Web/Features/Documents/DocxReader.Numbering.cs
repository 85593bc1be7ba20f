using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Lantoa.Web.Features.Documents;

public static partial class DocxReader
{
    /// <summary>A numbered paragraph: the label Word shows (null when the level shows none) and its 0-based level.</summary>
    private sealed record ListItem(string? Label, int Level);

    /// <summary>
    /// numbering.xml, and the counters Word keeps while it numbers the document's paragraphs in order.
    /// </summary>
    /// <remarks>
    /// <para>A paragraph's numbering comes from its own w:numPr (numId, ilvl) or from its paragraph style's chain; numId 0
    /// removes it. When the style gives the numId but no ilvl, the level is the one whose w:pStyle is that style, else 0.
    /// A w:num points at a w:abstractNum (following a numStyleLink through its numbering style once) and may override the
    /// start value or the whole definition of some levels.</para>
    /// <para>As in Word, counters belong to the abstract numbering: paragraphs of two w:num that share one abstractNum
    /// continue one sequence, and a w:num with a startOverride restarts the overridden levels at its first paragraph
    /// (this is how Word writes "Restart at 1"). Using level L sets its counter to the next value (the start value the
    /// first time) and resets the deeper levels, except where their w:lvlRestart says to restart only after a
    /// shallower level (0: never).</para>
    /// <para>The label is w:lvlText with %1…%9 replaced by those levels' current values in their own number formats
    /// (all decimal when the level is w:isLgl): decimal, decimalZero (01), upperRoman/lowerRoman (up to 3999),
    /// upperLetter/lowerLetter (a…z, aa…zz as Word), none (empty); other formats are written as decimal. A bullet level
    /// gives "+" or "-" when its glyph is one of those, and otherwise "-" for the first bullet level of the list and "+"
    /// for deeper ones (the Vietnamese convention). Start values are kept within Word's 0…32767.</para>
    /// </remarks>
    private sealed class Numbering
    {
        private const int Levels = 9;
        private const int MaxStart = 32_767;

        private readonly Dictionary<int, AbstractNum> _abstracts = [];
        private readonly Dictionary<int, NumInstance> _nums = [];
        private readonly Styles _styles;

        private Numbering(XDocument? xml, Styles styles)
        {
            _styles = styles;
            var root = xml?.Root;
            if (root is null) return;
            foreach (var element in root.Elements(W.AbstractNum))
            {
                if (W.Attr(element, W.AbstractNumId) is not { } idText || !TryInt(idText, out var id)) continue;
                var abstractNum = new AbstractNum(W.ValOf(element.Element(W.NumStyleLink)));
                foreach (var lvl in element.Elements(W.Lvl))
                    if (LevelIndex(lvl) is { } index) abstractNum.Levels[index] ??= Level.Parse(lvl);
                _abstracts.TryAdd(id, abstractNum);
            }

            foreach (var element in root.Elements(W.Num))
            {
                if (W.Attr(element, W.NumId) is not { } idText || !TryInt(idText, out var id)) continue;
                if (W.IntOf(element.Element(W.AbstractNumId)) is not { } abstractId) continue;
                var num = new NumInstance(abstractId);
                foreach (var o in element.Elements(W.LvlOverride))
                {
                    if (LevelIndex(o) is not { } index) continue;
                    if (W.IntOf(o.Element(W.StartOverride)) is { } start) num.StartOverrides[index] = Math.Clamp(start, 0, MaxStart);
                    if (o.Element(W.Lvl) is { } lvl) num.LevelOverrides[index] = Level.Parse(lvl);
                }

                _nums.TryAdd(id, num);
            }
        }

        public static Numbering Load(XDocument? xml, Styles styles) => new(xml, styles);

        /// <summary>Numbers the next paragraph: its direct w:numPr (or null) and its style. Null when it is not numbered.</summary>
        public ListItem? Next(XElement? numPr, ParagraphStyle style)
        {
            var numId = W.IntOf(numPr?.Element(W.NumId));
            var ilvl = W.IntOf(numPr?.Element(W.Ilvl));
            var fromStyle = false;
            if (numId is null && style.NumPr is { } inherited)
            {
                numId = W.IntOf(inherited.Element(W.NumId));
                ilvl ??= W.IntOf(inherited.Element(W.Ilvl));
                fromStyle = true;
            }

            if (numId is not { } id || id == 0 || !_nums.TryGetValue(id, out var num)) return null;
            var abstractNum = AbstractOf(num);
            if (abstractNum is null) return null;

            var level = Math.Clamp(ilvl ?? (fromStyle ? StyleLevel(num, abstractNum, style.Id) : 0), 0, Levels - 1);
            if (!num.Started)
            {
                num.Started = true;
                for (var k = 0; k < Levels; k++)
                    if (num.StartOverrides[k] is not null) abstractNum.Counters[k] = null;
            }

            if (LevelOf(num, abstractNum, level) is not { } definition) return new ListItem(null, level);
            abstractNum.Counters[level] = abstractNum.Counters[level] is { } current ? current + 1 : StartOf(num, abstractNum, level);
            for (var deeper = level + 1; deeper < Levels; deeper++)
            {
                var restartAfter = LevelOf(num, abstractNum, deeper)?.Restart ?? deeper; // 1-based level after which it restarts
                if (restartAfter != 0 && level < restartAfter) abstractNum.Counters[deeper] = null;
            }

            return new ListItem(Label(num, abstractNum, level, definition), level);
        }

        private string? Label(NumInstance num, AbstractNum abstractNum, int level, Level definition)
        {
            var text = definition.Text ?? "";
            if (definition.Format == "bullet") return Bullet(num, abstractNum, level, text);

            var sb = new StringBuilder(text.Length + 8);
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
                {
                    var k = text[i + 1] - '1';
                    var value = abstractNum.Counters[k] ?? StartOf(num, abstractNum, k);
                    var format = definition.Legal ? "decimal" : LevelOf(num, abstractNum, k)?.Format ?? "decimal";
                    sb.Append(FormatNumber(value, format));
                    i++;
                }
                else
                {
                    sb.Append(text[i]);
                }
            }

            var label = Clean(sb);
            return label.Length == 0 ? null : label;
        }

        private string Bullet(NumInstance num, AbstractNum abstractNum, int level, string glyph)
        {
            glyph = glyph.Trim();
            if (glyph == "+") return "+";
            if (glyph is "-" or "–" or "—" or "‐" or "‑" or "−") return "-";
            var bulletLevels = 0;
            for (var k = 0; k <= level; k++)
                if (LevelOf(num, abstractNum, k)?.Format == "bullet") bulletLevels++;
            return bulletLevels <= 1 ? "-" : "+";
        }

        /// <summary>The level Word shows a number as, in one of the formats it supports; others fall back to decimal.</summary>
        private static string FormatNumber(int n, string format) => format switch
        {
            "none" => "",
            "bullet" => "",
            "decimalZero" => n is >= 0 and < 10 ? "0" + n.ToString(CultureInfo.InvariantCulture) : n.ToString(CultureInfo.InvariantCulture),
            "upperRoman" => Lantoa.Domain.Text.RomanNumerals.ToRoman(n),
            "lowerRoman" => Lantoa.Domain.Text.RomanNumerals.ToRoman(n).ToLowerInvariant(),
            "upperLetter" => Letters(n, 'A'),
            "lowerLetter" => Letters(n, 'a'),
            _ => n.ToString(CultureInfo.InvariantCulture),
        };

        /// <summary>Word's letters: a … z, then aa … zz, aaa …</summary>
        private static string Letters(int n, char a) =>
            n <= 0 ? n.ToString(CultureInfo.InvariantCulture) : new string((char)(a + (n - 1) % 26), (n - 1) / 26 + 1);

        private AbstractNum? AbstractOf(NumInstance num)
        {
            if (!_abstracts.TryGetValue(num.AbstractId, out var abstractNum)) return null;
            // A list that takes its definition from a numbering style: follow the style to the list that defines it, once.
            if (abstractNum.StyleLink is { } link && _styles.NumberingStyleNumId(link) is { } linkedId
                && _nums.TryGetValue(linkedId, out var linked) && _abstracts.TryGetValue(linked.AbstractId, out var defined)
                && defined.StyleLink is null)
                return defined;
            return abstractNum;
        }

        private static Level? LevelOf(NumInstance num, AbstractNum abstractNum, int level) =>
            num.LevelOverrides[level] ?? abstractNum.Levels[level];

        private static int StartOf(NumInstance num, AbstractNum abstractNum, int level) =>
            num.StartOverrides[level] ?? LevelOf(num, abstractNum, level)?.Start ?? 0;

        private static int StyleLevel(NumInstance num, AbstractNum abstractNum, string? styleId)
        {
            if (styleId is null) return 0;
            for (var k = 0; k < Levels; k++)
                if (LevelOf(num, abstractNum, k)?.ParagraphStyle == styleId) return k;
            return 0;
        }

        private static int? LevelIndex(XElement e) =>
            W.Attr(e, W.Ilvl) is { } text && TryInt(text, out var index) && index is >= 0 and < Levels ? index : null;

        private static bool TryInt(string text, out int value) =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

        private sealed class AbstractNum(string? styleLink)
        {
            public string? StyleLink { get; } = styleLink;
            public Level?[] Levels { get; } = new Level?[Numbering.Levels];

            /// <summary>The current value of each level; null when the level has not been used since it (re)started.</summary>
            public int?[] Counters { get; } = new int?[Numbering.Levels];
        }

        private sealed class NumInstance(int abstractId)
        {
            public int AbstractId { get; } = abstractId;
            public int?[] StartOverrides { get; } = new int?[Levels];
            public Level?[] LevelOverrides { get; } = new Level?[Levels];
            public bool Started { get; set; }
        }

        /// <param name="Start">w:start (0 when absent, as the standard says).</param>
        /// <param name="Format">w:numFmt ("decimal" when absent).</param>
        /// <param name="Text">w:lvlText (null when absent: no label).</param>
        /// <param name="Restart">w:lvlRestart, 1-based (null when absent: restart after any shallower level).</param>
        /// <param name="Legal">w:isLgl: all levels in the label as decimal numbers.</param>
        /// <param name="ParagraphStyle">w:pStyle: the paragraph style tied to this level.</param>
        private sealed record Level(int Start, string Format, string? Text, int? Restart, bool Legal, string? ParagraphStyle)
        {
            public static Level Parse(XElement lvl)
            {
                // Word 2010+ puts custom formats ("01, 02, 03") in mc:AlternateContent with a plain fallback: take the fallback.
                var numFmt = lvl.Element(W.NumFmt)
                             ?? lvl.Elements(W.AlternateContent).Select(a => a.Element(W.Fallback)?.Element(W.NumFmt) ?? a.Element(W.Choice)?.Element(W.NumFmt))
                                 .FirstOrDefault(f => f is not null);
                return new Level(
                    Math.Clamp(W.IntOf(lvl.Element(W.Start)) ?? 0, 0, MaxStart),
                    W.ValOf(numFmt) ?? "decimal",
                    lvl.Element(W.LvlText) is { } lvlText ? W.ValOf(lvlText) ?? "" : null,
                    W.IntOf(lvl.Element(W.LvlRestart)),
                    W.OnOff(lvl.Element(W.IsLgl)) == true,
                    W.ValOf(lvl.Element(W.PStyle)));
            }
        }
    }
}
