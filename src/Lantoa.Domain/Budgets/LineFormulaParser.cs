using System.Text;

namespace Lantoa.Domain.Budgets;

/// <summary>
/// Reads the calculation written in a line's content: "4 trang A4 x 400.000 đồng/trang A4",
/// "+ Trưởng ban: 01 người x 290.000 đồng/ngày + Thành viên: 3 người x 200.000 đồng/ngày = 600.000 đồng",
/// "+ 02 giải nhất: 1.000.000 đồng/giải", "01 tấm x (6m x 10m) x 150.000 đồng/m ²", "01 chuyên viên chính 1.200.000 đồng/buổi".
/// </summary>
/// <remarks>
/// The text is cut into tokens once; a term is a chain of factors joined by a multiplication sign (x, X, ×, *) that holds
/// exactly one price ("… đồng", "… đ/người", "… VNĐ", "1,5 triệu đồng/người"). Chains without a price ("kích thước
/// 40 x 60cm", "Backdrop 5 x 3,5") are not calculations. A count written before a label's colon ("02 giải nhất: 1.000.000
/// đồng/giải") is the term's count when the price follows the colon directly; "= 600.000 đồng" after a term is its stated
/// result. Terms are labelled by the text after a bullet ("+", "-", "•", ";") up to the colon. A lone price ("Âm thanh:
/// 4.000.000 đồng/suất") is not a calculation. Every token is looked at a bounded number of times: linear in the text.
/// </remarks>
public static class LineFormulaParser
{
    private const int MaxParenDepth = 3;
    private const int MaxSlashUnitWords = 3;
    private const int MaxJuxtaposedUnitWords = 4;

    private static readonly HashSet<string> CurrencyWords = new(["đồng", "dong", "đ", "vnđ", "vnd"], StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, decimal> ScaleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nghìn"] = 1_000m, ["nghin"] = 1_000m, ["ngàn"] = 1_000m, ["ngan"] = 1_000m,
        ["triệu"] = 1_000_000m, ["trieu"] = 1_000_000m,
        ["tỷ"] = 1_000_000_000m, ["tỉ"] = 1_000_000_000m, ["ty"] = 1_000_000_000m,
    };

    /// <summary>The calculation written in <paramref name="content"/>, or null when it holds none.</summary>
    public static LineFormula? TryParse(string content)
    {
        if (string.IsNullOrWhiteSpace(content)) return null;
        var text = content.Normalize(NormalizationForm.FormC);
        var tokens = Tokenize(text);
        var parser = new Parser(text, tokens);
        var terms = parser.ReadTerms();
        if (terms.Count == 0) return null;
        if (terms.Count == 1 && terms[0].Factors.Count == 1) return null; // a price on its own is not a calculation

        var formula = new LineFormula(terms);
        try
        {
            _ = formula.Value;
            foreach (var term in terms) _ = term.Value;
        }
        catch (Exception e) when (e is DomainException or OverflowException)
        {
            return null; // figures beyond any real amount: not a calculation we can believe
        }

        return formula;
    }

    private enum Kind
    {
        Number,
        Word,
        Times,
        Slash,
        Colon,
        Plus,
        Dash,
        Bullet,
        Equals,
        Open,
        Close,
        Semicolon,
        Comma,
        Period,
        Other,
    }

    /// <summary>A token with its place in the text; a word keeps its text.</summary>
    private readonly record struct Token(Kind Kind, int Start, int End, decimal Value = 0, string? Text = null);

    private static bool IsSuperscript(char c) => c is '²' or '³';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || IsSuperscript(c) || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>(s.Length / 3 + 4);
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                i = ReadNumber(s, i, tokens);
                continue;
            }

            if (c is 'x' or 'X' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                tokens.Add(new Token(Kind.Times, i, i + 1)); // "x3"
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                var start = i;
                while (i < s.Length && IsWordChar(s[i])) i++;
                var word = s[start..i];
                tokens.Add(word is "x" or "X" ? new Token(Kind.Times, start, i) : new Token(Kind.Word, start, i, Text: word));
                continue;
            }

            if (c == '*' && i + 1 < s.Length && s[i + 1] == '*')
            {
                while (i < s.Length && s[i] == '*') i++; // "**" is bold debris from a conversion, not a sign
                continue;
            }

            var kind = c switch
            {
                '×' or '✕' or '⨯' or '∗' or '*' => Kind.Times,
                '/' => Kind.Slash,
                ':' => Kind.Colon,
                '+' => Kind.Plus,
                '-' or '–' or '—' or '−' or '‐' => Kind.Dash,
                '•' or '●' or '▪' or '◦' => Kind.Bullet,
                '=' => Kind.Equals,
                '(' or '[' or '{' => Kind.Open,
                ')' or ']' or '}' => Kind.Close,
                ';' => Kind.Semicolon,
                ',' => Kind.Comma,
                '.' or '…' => Kind.Period,
                _ => Kind.Other,
            };
            tokens.Add(new Token(kind, i, i + 1));
            i++;
        }

        return tokens;
    }

    /// <summary>Reads "1.200.000", "1,5", "80000", and a unit glued to it: "6m", "1mx6m" (6 m, times, …), "4m2", "200.000đ".</summary>
    private static int ReadNumber(string s, int i, List<Token> tokens)
    {
        var start = i;
        while (i < s.Length)
        {
            if (char.IsAsciiDigit(s[i])) i++;
            else if (s[i] is '.' or ',' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])) i++;
            else break;
        }

        var raw = s[start..i];
        tokens.Add(Money.TryReadNumber(raw, out var value)
            ? new Token(Kind.Number, start, i, value)
            : new Token(Kind.Other, start, i));

        if (i >= s.Length || !(char.IsLetter(s[i]) || IsSuperscript(s[i]))) return i;

        var unitStart = i;
        while (i < s.Length && (char.IsLetter(s[i]) || IsSuperscript(s[i]))) i++;
        var glued = s[unitStart..i];
        var nextIsDigit = i < s.Length && char.IsAsciiDigit(s[i]);
        if (glued is "x" or "X")
        {
            tokens.Add(new Token(Kind.Times, unitStart, i)); // "4x8", "40x60cm"
        }
        else if (glued.Length > 1 && glued[^1] is 'x' or 'X' && nextIsDigit)
        {
            tokens.Add(new Token(Kind.Word, unitStart, i - 1, Text: glued[..^1])); // "1mx6m"
            tokens.Add(new Token(Kind.Times, i - 1, i));
        }
        else if (nextIsDigit && s[i] is '2' or '3' && (i + 1 == s.Length || !char.IsLetterOrDigit(s[i + 1])))
        {
            i++;
            tokens.Add(new Token(Kind.Word, unitStart, i, Text: s[unitStart..i])); // "4m2"
        }
        else
        {
            tokens.Add(new Token(Kind.Word, unitStart, i, Text: glued));
        }

        return i;
    }

    /// <summary>A chain of factors joined by multiplication signs.</summary>
    private sealed record Chain(int Start, int End, List<Factor> Factors, int Prices, bool StartsWithPrice);

    private sealed class Parser(string text, List<Token> tokens)
    {
        private readonly int _n = tokens.Count;

        private Kind KindAt(int i) => i >= 0 && i < _n ? tokens[i].Kind : Kind.Other;

        private bool IsWordAt(int i) => i >= 0 && i < _n && tokens[i].Kind == Kind.Word;

        private bool IsCurrencyAt(int i) => IsWordAt(i) && CurrencyWords.Contains(tokens[i].Text!);

        /// <summary>True when the token before <paramref name="i"/> starts a new segment: the start, a bullet, a colon, a parenthesis.</summary>
        private bool AtSegmentStart(int i) =>
            i == 0 || KindAt(i - 1) is Kind.Colon or Kind.Plus or Kind.Dash or Kind.Bullet or Kind.Semicolon or Kind.Open;

        public List<FormulaTerm> ReadTerms()
        {
            var found = new List<(List<Factor> Factors, string? Label, bool Bulleted, Money? Stated)>();
            Chain? lastSkipped = null;
            var previousTermEnd = 0;
            var i = 0;
            while (i < _n)
            {
                var kind = tokens[i].Kind;
                if (kind is not (Kind.Number or Kind.Open))
                {
                    i++;
                    continue;
                }

                var chain = ReadChain(i);
                if (chain is null)
                {
                    i++;
                    continue;
                }

                if (chain.Prices != 1)
                {
                    if (chain.Prices == 0) lastSkipped = chain;
                    i = Math.Max(chain.End, i + 1);
                    continue;
                }

                var factors = chain.Factors;
                string? label;
                bool bulleted;
                var adopted = chain.StartsWithPrice && lastSkipped is { } skipped && skipped.End == chain.Start - 1
                    && KindAt(chain.Start - 1) == Kind.Colon && AtSegmentStart(skipped.Start) && tokens[skipped.Start].Kind == Kind.Number;
                if (adopted)
                {
                    // "+ 02 giải nhất: 1.000.000 đồng/giải": the count before the colon, its words are the label.
                    var count = lastSkipped!;
                    factors = [.. count.Factors, .. chain.Factors];
                    label = count.End - 1 > count.Start ? Slice(count.Start + 1, count.End - 1) : null;
                    bulleted = KindAt(count.Start - 1) is Kind.Plus or Kind.Dash or Kind.Bullet or Kind.Semicolon;
                }
                else
                {
                    var labelEnd = KindAt(chain.Start - 1) == Kind.Colon ? chain.Start - 2 : chain.Start - 1;
                    (label, bulleted) = LabelBefore(labelEnd, previousTermEnd);
                }

                var end = chain.End;
                Money? stated = null;
                if (KindAt(end) == Kind.Equals && ReadStatedResult(end + 1, out var value, out var afterResult))
                {
                    stated = value;
                    end = afterResult;
                }

                found.Add((factors, label, bulleted, stated));
                previousTermEnd = end;
                lastSkipped = null;
                i = end;
            }

            // A price on its own is a term only as an item of a bulleted list ("+ Giải nhất: 1.000.000 đồng").
            found.RemoveAll(t => t.Factors.Count == 1 && !t.Bulleted);
            var keepAllLabels = found.Count > 1;
            return found
                .Select(t => new FormulaTerm(t.Bulleted || keepAllLabels ? t.Label : null, t.Factors) { StatedValue = t.Stated })
                .ToList();
        }

        /// <summary>
        /// The label of a term that ends at token <paramref name="last"/>: back to a bullet, a semicolon, a colon or an
        /// enclosing parenthesis at the same depth, never before <paramref name="floor"/>.
        /// </summary>
        private (string? Label, bool Bulleted) LabelBefore(int last, int floor)
        {
            if (last < floor || last < 0) return (null, false);
            var depth = 0;
            var k = last;
            var boundary = Kind.Other;
            for (; k >= floor; k--)
            {
                var kind = tokens[k].Kind;
                if (kind == Kind.Close)
                {
                    depth++;
                    continue;
                }

                if (kind == Kind.Open)
                {
                    if (depth == 0)
                    {
                        boundary = Kind.Open;
                        break;
                    }

                    depth--;
                    continue;
                }

                if (depth == 0 && kind is Kind.Plus or Kind.Dash or Kind.Bullet or Kind.Semicolon or Kind.Colon)
                {
                    boundary = kind;
                    break;
                }
            }

            var bulleted = boundary is Kind.Plus or Kind.Dash or Kind.Bullet or Kind.Semicolon;
            if (k + 1 > last) return (null, bulleted);
            return (Slice(k + 1, last), bulleted);
        }

        private string? Slice(int firstToken, int lastToken)
        {
            var s = text[tokens[firstToken].Start..tokens[lastToken].End].Trim().Trim(',', '.', ';', ':', ' ');
            return s.Length == 0 ? null : s;
        }

        /// <summary>"= 600.000 đồng" after a term: the written result.</summary>
        private bool ReadStatedResult(int k, out Money value, out int next)
        {
            value = Money.Zero;
            next = k;
            if (KindAt(k) != Kind.Number) return false;
            decimal amount;
            if (TryPrice(k, out var price, out next))
            {
                amount = price.Value;
            }
            else
            {
                amount = tokens[k].Value;
                next = k + 1;
            }

            try
            {
                value = Money.Round(() => amount);
                return true;
            }
            catch (DomainException)
            {
                return false;
            }
        }

        private Chain? ReadChain(int start)
        {
            if (!TryFactor(start, 0, out var first, out var isPrice, out var unitWords, out var end)) return null;
            var factors = new List<Factor>(first);
            var prices = isPrice ? 1 : 0;
            var juxtaposed = false;
            while (end < _n)
            {
                if (tokens[end].Kind == Kind.Times && TryFactor(end + 1, 0, out var more, out var morePrice, out _, out var next))
                {
                    factors.AddRange(more);
                    if (morePrice) prices++;
                    end = next;
                    continue;
                }

                // "01 chuyên viên chính 1.200.000 đồng/buổi": a count, its words, then the price with no sign between.
                if (!juxtaposed && factors.Count == 1 && prices == 0 && unitWords is > 0 and <= MaxJuxtaposedUnitWords
                    && AtSegmentStart(start) && tokens[end].Kind == Kind.Number && TryPrice(end, out var price, out var afterPrice))
                {
                    factors.Add(price);
                    prices++;
                    juxtaposed = true;
                    end = afterPrice;
                    continue;
                }

                break;
            }

            return new Chain(start, end, factors, prices, isPrice);
        }

        /// <summary>A number with its unit or price, or a parenthesised product of plain factors "(6m x 10m)".</summary>
        private bool TryFactor(int p, int depth, out List<Factor> factors, out bool isPrice, out int unitWords, out int next)
        {
            factors = [];
            isPrice = false;
            unitWords = 0;
            next = p;
            if (p >= _n) return false;
            var token = tokens[p];
            if (token.Kind == Kind.Number)
            {
                if (TryPrice(p, out var price, out next))
                {
                    factors.Add(price);
                    isPrice = true;
                    return true;
                }

                next = p + 1;
                var unit = ReadUnit(ref next, int.MaxValue, allowSlash: true, out unitWords);
                factors.Add(new Factor(token.Value, unit));
                return true;
            }

            if (token.Kind != Kind.Open || depth >= MaxParenDepth) return false;
            var k = p + 1;
            while (true)
            {
                if (!TryFactor(k, depth + 1, out var inner, out var innerPrice, out _, out var after) || innerPrice) return false;
                factors.AddRange(inner);
                if (KindAt(after) == Kind.Times)
                {
                    k = after + 1;
                    continue;
                }

                if (KindAt(after) != Kind.Close) return false;
                next = after + 1;
                return true;
            }
        }

        /// <summary>"400.000 đồng/trang A4", "50.000đ/người/buổi", "1,5 triệu đồng/người", "4.000.000 VNĐ".</summary>
        private bool TryPrice(int p, out Factor price, out int next)
        {
            price = null!;
            next = p;
            var value = tokens[p].Value;
            var k = p + 1;
            if (IsWordAt(k) && ScaleWords.TryGetValue(tokens[k].Text!, out var scale))
            {
                if (!(IsCurrencyAt(k + 1) || KindAt(k + 1) == Kind.Slash)) return false;
                try
                {
                    value *= scale;
                }
                catch (OverflowException)
                {
                    return false;
                }

                k++;
            }
            else
            {
                scale = 1;
            }

            string currency;
            if (IsCurrencyAt(k))
            {
                currency = tokens[k].Text!;
                k++;
            }
            else if (scale > 1)
            {
                currency = "đồng";
            }
            else
            {
                return false;
            }

            var unit = new StringBuilder(currency);
            while (KindAt(k) == Kind.Slash && IsWordAt(k + 1))
            {
                k++;
                var part = ReadUnit(ref k, MaxSlashUnitWords, allowSlash: false, out _);
                unit.Append('/').Append(part);
            }

            price = new Factor(value, unit.ToString(), IsPrice: true);
            next = k;
            return true;
        }

        /// <summary>The words after a number, up to the next sign: "người", "trang A4", "m ²" → "m²", "lượt/ngày".</summary>
        private string? ReadUnit(ref int k, int maxWords, bool allowSlash, out int words)
        {
            var sb = new StringBuilder();
            words = 0;
            while (k < _n)
            {
                if (tokens[k].Kind == Kind.Word && words < maxWords)
                {
                    var word = tokens[k].Text!;
                    var superscript = word.All(IsSuperscript);
                    if (sb.Length > 0 && sb[^1] != '/' && !superscript) sb.Append(' ');
                    sb.Append(word);
                    if (!superscript) words++;
                    k++;
                    continue;
                }

                if (allowSlash && words > 0 && tokens[k].Kind == Kind.Slash && IsWordAt(k + 1) && !IsCurrencyAt(k + 1))
                {
                    sb.Append('/');
                    k++;
                    continue;
                }

                break;
            }

            return sb.Length == 0 ? null : sb.ToString();
        }
    }
}
