using System.Globalization;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Text;

namespace Lantoa.Domain.Budgets;

/// <summary>
/// One line of an analysed estimate. For an item: <see cref="ComputedAmount"/> is quantity × unit price or the written
/// calculation (null when neither is given), <see cref="EffectiveAmount"/> what counts towards the totals (the stated
/// amount when written, else the computed one, else zero). For a group row: <see cref="ComputedAmount"/> is the computed
/// subtotal of its items and <see cref="EffectiveAmount"/> is zero (a group row adds nothing by itself).
/// </summary>
public sealed record LineAnalysis(
    EstimateLine Line,
    int Position,
    EstimateLine? Group,
    Money? ComputedAmount,
    Money? FormulaValue,
    Money EffectiveAmount,
    int? FundingSourceId,
    SpendingNorm? Norm);

/// <summary>A group row (I, II, …): the subtotal of its items as computed and as the table states it.</summary>
public sealed record GroupAnalysis(EstimateLine Group, int Position, Money ComputedSubtotal, Money? StatedSubtotal)
{
    public bool Matches => StatedSubtotal is null || StatedSubtotal == ComputedSubtotal;
}

/// <summary>The total of the lines paid from one funding source (null: no source named on the line or the estimate).</summary>
public sealed record FundingSourceTotal(int? FundingSourceId, Money Amount);

/// <summary>
/// What <see cref="EstimateAnalyzer"/> found. Finding.Line is the 1-based position of the line in the estimate.
/// </summary>
public sealed record EstimateAnalysis(
    IReadOnlyList<LineAnalysis> Lines,
    IReadOnlyList<GroupAnalysis> Groups,
    Money ComputedTotal,
    Money? StatedTotal,
    IReadOnlyList<FundingSourceTotal> TotalsBySource,
    IReadOnlyList<Finding> Findings)
{
}

/// <summary>
/// Recomputes an estimate from scratch and checks it: amounts against quantity × unit price and the written
/// calculations, group subtotals, the total, the numbering, empty and implausible amounts, and unit prices against the
/// spending norms in force. Linear in the number of lines (norms are found through an index of their words).
/// </summary>
/// <remarks>
/// Finding codes (stable): amount-mismatch (error), formula-mismatch (warning), formula-result-mismatch (warning),
/// subtotal-mismatch (error), total-mismatch (error), duplicate-number (warning), numbering-gap (warning),
/// numbering-order (warning), zero-amount (warning), no-amount (info), truncated-amount (warning), norm-exceeded
/// (warning), overflow (error).
/// </remarks>
public static class EstimateAnalyzer
{
    /// <summary>An amount is implausibly small when below this and a thousandth of the median of the amounts.</summary>
    private const long TruncatedCeiling = 100_000;

    private const int TruncatedMinimumLines = 4;

    /// <summary>Share of a norm name's word pairs a line must contain to match it without containing the whole name.</summary>
    private const double NormOverlapThreshold = 0.75;

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static EstimateAnalysis Analyze(Estimate estimate, IReadOnlyList<SpendingNorm>? norms = null, DateOnly? referenceDay = null)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var run = new Run(estimate, norms ?? [], referenceDay ?? DateOnly.FromDateTime(DateTime.Today));
        return run.Analyze();
    }

    private sealed class Run(Estimate estimate, IReadOnlyList<SpendingNorm> norms, DateOnly day)
    {
        private readonly List<Finding> _findings = [];
        private bool _overflowReported;

        public EstimateAnalysis Analyze()
        {
            var lines = estimate.Lines;
            var matcher = new NormMatcher(norms, day);
            var results = new LineAnalysis[lines.Count];
            var groups = new List<GroupAnalysis>();
            var sources = new List<FundingSourceTotal>();
            var total = Money.Zero;
            EstimateLine? group = null;
            var groupPosition = 0;
            var groupSubtotal = Money.Zero;
            var groupIndex = -1;

            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var position = i + 1;
                if (line.Kind == EstimateLineKind.Group)
                {
                    CloseGroup();
                    group = line;
                    groupPosition = position;
                    groupIndex = i;
                    groupSubtotal = Money.Zero;
                    continue;
                }

                var computed = Computed(line, position);
                Money? formulaValue = null;
                if (line.Formula is { } formula) formulaValue = TryCompute(() => formula.Value, position);
                var effective = line.StatedAmount ?? computed ?? Money.Zero;
                total = Add(total, effective, position);
                groupSubtotal = Add(groupSubtotal, effective, position);
                var source = line.FundingSourceId ?? estimate.FundingSourceId;
                AddToSource(sources, source, effective, position);

                CheckAmount(line, position, computed, formulaValue);
                var price = line.UnitPrice ?? SinglePrice(line.Formula);
                var norm = matcher.Find(line, byName: price is not null);
                if (norm is not null && price is { } p) CheckNorm(line, position, norm, p);
                results[i] = new LineAnalysis(line, position, group, computed, formulaValue, effective, source, norm);
            }

            CloseGroup();
            CheckNumbering(lines);
            CheckTruncated(lines);

            if (estimate.StatedTotal is { } stated && stated != total)
            {
                _findings.Add(new Finding(Severity.Error, "total-mismatch",
                    $"{Prefix()}Tổng cộng ghi {stated.Format()} nhưng cộng các dòng được {total.Format()} (chênh lệch {Difference(stated, total)}).",
                    TotalLocation()));
            }

            return new EstimateAnalysis(results, groups, total, estimate.StatedTotal, sources, _findings);

            void CloseGroup()
            {
                if (group is null) return;
                groups.Add(new GroupAnalysis(group, groupPosition, groupSubtotal, group.StatedAmount));
                results[groupIndex] = new LineAnalysis(group, groupPosition, null, groupSubtotal, null, Money.Zero, null, null);
                if (group.StatedAmount is { } statedSubtotal && statedSubtotal != groupSubtotal)
                {
                    _findings.Add(new Finding(Severity.Error, "subtotal-mismatch",
                        $"{Where(group, groupPosition)}: cộng nhóm ghi {statedSubtotal.Format()} nhưng cộng các dòng trong nhóm được "
                        + $"{groupSubtotal.Format()} (chênh lệch {Difference(statedSubtotal, groupSubtotal)}).",
                        Location(group, groupPosition), groupPosition));
                }

                group = null;
            }
        }

        private Money? Computed(EstimateLine line, int position) => TryCompute(() => line.ComputedAmount, position);

        private Money? TryCompute(Func<Money?> compute, int position)
        {
            try
            {
                return compute();
            }
            catch (Exception e) when (e is DomainException or OverflowException)
            {
                ReportOverflow(position);
                return null;
            }
        }

        private Money Add(Money sum, Money amount, int position)
        {
            try
            {
                return sum + amount;
            }
            catch (DomainException)
            {
                ReportOverflow(position);
                return sum;
            }
        }

        private void ReportOverflow(int position)
        {
            if (_overflowReported) return;
            _overflowReported = true;
            var line = estimate.Lines[position - 1];
            _findings.Add(new Finding(Severity.Error, "overflow",
                $"{Where(line, position)}: số tiền vượt quá giới hạn 999.999 tỷ đồng; hãy kiểm tra số lượng và đơn giá.",
                Location(line, position), position));
        }

        private void AddToSource(List<FundingSourceTotal> sources, int? source, Money amount, int position)
        {
            var index = sources.FindIndex(s => s.FundingSourceId == source);
            if (index < 0) sources.Add(new FundingSourceTotal(source, amount));
            else sources[index] = sources[index] with { Amount = Add(sources[index].Amount, amount, position) };
        }

        private void CheckAmount(EstimateLine line, int position, Money? computed, Money? formulaValue)
        {
            var where = Where(line, position);
            var location = Location(line, position);
            Money? fromFigures = null;
            if (line.Quantity is { } q && line.UnitPrice is { } p) fromFigures = computed;

            if (line.StatedAmount is { } stated && computed is { } c && stated != c)
            {
                var how = fromFigures is not null
                    ? $"{Quantity(line.Quantity!.Value)} × {line.UnitPrice!.Value.Format()} = {c.Format()}"
                    : $"theo cách tính ghi trong nội dung là {c.Format()}";
                _findings.Add(new Finding(Severity.Error, "amount-mismatch",
                    $"{where}: thành tiền ghi {stated.Format()} nhưng {how} (chênh lệch {Difference(stated, c)}).", location, position));
            }

            if (fromFigures is { } figures && formulaValue is { } f && f != figures && f != line.UnitPrice)
            {
                _findings.Add(new Finding(Severity.Warning, "formula-mismatch",
                    $"{where}: cách tính ghi trong nội dung cho {f.Format()} nhưng số lượng × đơn giá = {figures.Format()}.", location, position));
            }

            if (line.Formula is { } formula) CheckTermResults(formula, where, location, position);

            var zero = line.StatedAmount is { IsZero: true } || (line.StatedAmount is null && computed is { IsZero: true })
                || line.UnitPrice is { IsZero: true } || line.Quantity == 0;
            if (zero)
            {
                _findings.Add(new Finding(Severity.Warning, "zero-amount",
                    $"{where}: thành tiền, số lượng hoặc đơn giá bằng 0.", location, position));
            }
            else if (line.StatedAmount is null && computed is null)
            {
                _findings.Add(new Finding(Severity.Info, "no-amount",
                    $"{where}: dòng không có thành tiền, không được tính vào tổng.", location, position));
            }
        }

        /// <summary>"3 người x 200.000 đồng/ngày = 600.000 đồng": the written result of a term, or of the terms up to it.</summary>
        private void CheckTermResults(LineFormula formula, string where, string location, int position)
        {
            var running = Money.Zero;
            foreach (var term in formula.Terms)
            {
                Money value;
                try
                {
                    value = term.Value;
                    running += value;
                }
                catch (DomainException)
                {
                    return;
                }

                if (term.StatedValue is { } stated && stated != value && stated != running)
                {
                    var name = term.Label is null ? "phép tính" : $"\"{term.Label}\"";
                    _findings.Add(new Finding(Severity.Warning, "formula-result-mismatch",
                        $"{where}: {name} ghi kết quả {stated.Format()} nhưng tính ra {value.Format()}.", location, position));
                }
            }
        }

        private void CheckNorm(EstimateLine line, int position, SpendingNorm norm, Money p)
        {
            if (p <= norm.MaxUnitPrice) return;
            var per = norm.UnitOfMeasure is null ? "" : "/" + norm.UnitOfMeasure;
            var source = norm.LegalSource is null ? "" : $", theo {norm.LegalSource}";
            _findings.Add(new Finding(Severity.Warning, "norm-exceeded",
                $"{Where(line, position)}: đơn giá {p.Format()} vượt định mức \"{norm.Name}\" (tối đa {norm.MaxUnitPrice.Format()}{per}{source}).",
                Location(line, position), position));
        }

        /// <summary>The price of a written calculation when it has exactly one price factor.</summary>
        private static Money? SinglePrice(LineFormula? formula)
        {
            if (formula is null) return null;
            Factor? single = null;
            foreach (var factor in formula.Terms.SelectMany(t => t.Factors))
            {
                if (!factor.IsPrice) continue;
                if (single is not null) return null;
                single = factor;
            }

            if (single is null) return null;
            try
            {
                return Money.Round(() => single.Value);
            }
            catch (DomainException)
            {
                return null;
            }
        }

        private sealed class Sequence
        {
            public int? Last;
            public string? LastLabel;
            public readonly HashSet<int> Seen = [];
        }

        /// <summary>
        /// Numbers of items within each group (a group may continue the numbering of the one before), and of groups.
        /// Kinds of numbering (1, 2 … / a), b) … / 1.1, 1.2 …) are levels in the order they first appear in a group; a
        /// number of one level restarts the levels below it ("1. a) b) 2. a) b)" has no duplicate).
        /// </summary>
        private void CheckNumbering(IReadOnlyList<EstimateLine> lines)
        {
            var groupSequence = new Sequence();
            var items = new Dictionary<string, Sequence>();
            var levels = new List<string>();
            var previousGroupLast = new Dictionary<string, (int Last, string Label)>();
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.Label is null || NumberKey(line.Label) is not { } key) continue;
                if (line.Kind == EstimateLineKind.Group)
                {
                    foreach (var (prefix, sequence) in items)
                        if (sequence.Last is { } last) previousGroupLast[prefix] = (last, sequence.LastLabel!);
                    items.Clear();
                    levels.Clear();
                    Check(groupSequence, key.Number, line, i + 1, null);
                    continue;
                }

                var level = levels.IndexOf(key.Prefix);
                if (level < 0) levels.Add(key.Prefix);
                else
                    for (var below = level + 1; below < levels.Count; below++) items.Remove(levels[below]);

                if (!items.TryGetValue(key.Prefix, out var seq))
                {
                    seq = new Sequence();
                    items[key.Prefix] = seq;
                }

                Check(seq, key.Number, line, i + 1, previousGroupLast.TryGetValue(key.Prefix, out var before) ? before : null);
            }
        }

        private void Check(Sequence sequence, int number, EstimateLine line, int position, (int Last, string Label)? continued)
        {
            var where = Where(line, position);
            var location = Location(line, position);
            if (sequence.Seen.Contains(number))
            {
                _findings.Add(new Finding(Severity.Warning, "duplicate-number", $"{where}: số thứ tự {line.Label} bị trùng.", location, position));
            }
            else if (sequence.Last is { } last)
            {
                if (number > last + 1) Gap(last, sequence.LastLabel!, number);
                else if (number < last)
                    _findings.Add(new Finding(Severity.Warning, "numbering-order",
                        $"{where}: số thứ tự {line.Label} đứng sau {sequence.LastLabel}.", location, position));
            }
            else if (number > 1 && continued is { } c)
            {
                // The first number of a group: 1 again, or the next after the group before. (A table that starts
                // at another number is taken as a fragment, not flagged.)
                if (number > c.Last + 1) Gap(c.Last, c.Label, number);
                else if (number <= c.Last)
                    _findings.Add(new Finding(Severity.Warning, "numbering-order",
                        $"{where}: số thứ tự {line.Label} đứng sau {c.Label}.", location, position));
            }

            sequence.Seen.Add(number);
            sequence.Last = number;
            sequence.LastLabel = line.Label;

            void Gap(int from, string fromLabel, int to)
            {
                var missing = to - from - 1;
                var list = missing <= 3
                    ? string.Join(", ", Enumerable.Range(from + 1, missing).Select(n => Render(n, line.Label!)))
                    : $"{Render(from + 1, line.Label!)} đến {Render(to - 1, line.Label!)}";
                _findings.Add(new Finding(Severity.Warning, "numbering-gap",
                    $"{where}: số thứ tự nhảy từ {fromLabel} lên {line.Label} (thiếu {list}).", location, position));
            }
        }

        private static readonly string VietnameseLetters = "abcdđeghiklmnopqrstuvxy";

        /// <summary>"12." → ("", 12); "1.2" → ("1", 2); "II" → ("roman", 2); "b)" → ("letter", 2); "B." → ("LETTER", 2).</summary>
        private static (string Prefix, int Number)? NumberKey(string label)
        {
            var core = label.Trim().TrimEnd('.', ')', ':').TrimStart('(').Trim();
            if (core.Length == 0) return null;
            if (core.All(c => char.IsAsciiDigit(c) || c == '.'))
            {
                var parts = core.Split('.');
                if (parts.Any(p => p.Length == 0 || p.Length > 4)) return null;
                return (string.Join('.', parts[..^1]), int.Parse(parts[^1], CultureInfo.InvariantCulture));
            }

            if (core.All(c => c is 'I' or 'V' or 'X' or 'L') && RomanNumerals.Value(core) is > 0 and var roman)
                return ("roman", roman);
            if (core.Length == 1 && char.IsLetter(core[0]))
            {
                var index = VietnameseLetters.IndexOf(char.ToLowerInvariant(core[0]));
                if (index < 0) return null;
                return (char.IsUpper(core[0]) ? "LETTER" : "letter", index + 1);
            }

            return null;
        }

        /// <summary>A missing number written the way its neighbour is: 5 → "5." after "6.", "III" among Roman numerals.</summary>
        private static string Render(int number, string like)
        {
            var core = like.Trim().TrimEnd('.', ')', ':');
            var suffix = like.Trim()[core.Length..];
            string text;
            if (core.Length > 0 && core.All(c => c is 'I' or 'V' or 'X' or 'L')) text = RomanNumerals.ToRoman(number);
            else if (core.Length == 1 && char.IsLetter(core[0]) && number <= VietnameseLetters.Length)
                text = char.IsUpper(core[0]) ? char.ToUpperInvariant(VietnameseLetters[number - 1]).ToString() : VietnameseLetters[number - 1].ToString();
            else
            {
                var dot = core.LastIndexOf('.');
                text = (dot >= 0 ? core[..(dot + 1)] : "") + number.ToString(CultureInfo.InvariantCulture);
            }

            return text + suffix;
        }

        /// <summary>
        /// A stated amount below 100.000 đồng and below a thousandth of the median amount of the estimate ("khoảng 1.000"
        /// among amounts of millions) has probably lost its last digits.
        /// </summary>
        private void CheckTruncated(IReadOnlyList<EstimateLine> lines)
        {
            var amounts = new List<long>();
            foreach (var line in lines)
                if (line.Kind == EstimateLineKind.Item && line.StatedAmount is { Dong: > 0 } a) amounts.Add(a.Dong);
            if (amounts.Count < TruncatedMinimumLines) return;
            amounts.Sort();
            var median = amounts.Count % 2 == 1
                ? amounts[amounts.Count / 2]
                : (amounts[amounts.Count / 2 - 1] + amounts[amounts.Count / 2]) / 2;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.Kind != EstimateLineKind.Item || line.StatedAmount is not { Dong: > 0 } amount) continue;
                if (amount.Dong >= TruncatedCeiling || amount.Dong * 1000 >= median) continue;
                _findings.Add(new Finding(Severity.Warning, "truncated-amount",
                    $"{Where(line, i + 1)}: thành tiền {amount.Format()} nhỏ bất thường so với các dòng khác (trung vị {new Money(median).Format()}); "
                    + "có thể số bị cắt cụt hoặc thiếu chữ số.", Location(line, i + 1), i + 1));
            }
        }

        private string Prefix() => estimate.AppendixLabel is { } appendix ? $"{appendix}: " : "";

        private string? TotalLocation() => estimate.AppendixLabel is { } appendix ? $"{appendix}, dòng Tổng cộng" : "dòng Tổng cộng";

        private string Location(EstimateLine line, int position)
        {
            var where = Where(line, position);
            return estimate.AppendixLabel is { } appendix ? $"{appendix}, {where}" : where;
        }

        private static string Where(EstimateLine line, int position)
        {
            var label = line.Label?.Trim().TrimEnd('.', ')', ':');
            if (string.IsNullOrEmpty(label)) return $"Dòng thứ {position}";
            return line.Kind == EstimateLineKind.Group ? $"Mục {label}" : $"STT {label}";
        }

        private static string Quantity(decimal quantity) => quantity.ToString("#,0.##########", Vi);

        private static string Difference(Money a, Money b)
        {
            var d = a.Dong - b.Dong;
            return (d > 0 ? "+" : "-") + new Money(Math.Abs(d)).Format();
        }
    }

    /// <summary>
    /// Finds the spending norm of a line: the norm it links to (when in force); else, for a line with a price to compare,
    /// the in-force norm whose folded name the folded content contains as whole words (the longest such name, found by
    /// walking a trie of norm names from each word), else the norm sharing the largest share of its word pairs with the
    /// content, at least <see cref="NormOverlapThreshold"/> and two pairs (candidates come from an index of each norm's
    /// rarest pairs — prefix filtering — so a word common to many norms costs nothing).
    /// </summary>
    private sealed class NormMatcher
    {
        private sealed class TrieNode
        {
            public Dictionary<string, TrieNode>? Children;
            public int Norm = -1;
        }

        private sealed record Entry(SpendingNorm Norm, int WordCount, HashSet<string> Pairs, int RequiredPairs);

        private readonly Dictionary<int, SpendingNorm> _byId = [];
        private readonly DateOnly _day;
        private readonly List<Entry> _inForce = [];
        private readonly TrieNode _names = new();
        private readonly Dictionary<string, List<int>> _byPrefixPair = new(StringComparer.Ordinal);

        public NormMatcher(IReadOnlyList<SpendingNorm> norms, DateOnly day)
        {
            _day = day;
            var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var norm in norms)
            {
                if (norm.Id > 0) _byId.TryAdd(norm.Id, norm);
                if (!norm.IsInForceOn(day)) continue;
                var words = Words(norm.Name);
                if (words.Length == 0) continue;
                var pairs = Pairs(words);
                var required = Math.Max(2, (int)Math.Ceiling(NormOverlapThreshold * pairs.Count));
                var index = _inForce.Count;
                _inForce.Add(new Entry(norm, words.Length, pairs, required));
                AddName(words, index);
                foreach (var pair in pairs) frequency[pair] = frequency.GetValueOrDefault(pair) + 1;
            }

            for (var index = 0; index < _inForce.Count; index++)
            {
                var entry = _inForce[index];
                if (entry.RequiredPairs > entry.Pairs.Count) continue;
                var prefix = entry.Pairs.Count - entry.RequiredPairs + 1;
                foreach (var pair in entry.Pairs.OrderBy(p => frequency[p]).ThenBy(p => p, StringComparer.Ordinal).Take(prefix))
                {
                    if (!_byPrefixPair.TryGetValue(pair, out var list)) _byPrefixPair[pair] = list = [];
                    list.Add(index);
                }
            }
        }

        private void AddName(string[] words, int index)
        {
            var node = _names;
            foreach (var word in words)
            {
                node.Children ??= new Dictionary<string, TrieNode>(StringComparer.Ordinal);
                if (!node.Children.TryGetValue(word, out var next)) node.Children[word] = next = new TrieNode();
                node = next;
            }

            node.Norm = node.Norm < 0 ? index : Longer(node.Norm, index);
        }

        public SpendingNorm? Find(EstimateLine line, bool byName)
        {
            if (line.NormId is { } id && _byId.TryGetValue(id, out var linked) && linked.IsInForceOn(_day)) return linked;
            if (!byName || _inForce.Count == 0) return null;
            var words = Words(line.Content);
            if (words.Length == 0) return null;

            // The whole name, as whole words: the longest wins.
            var best = -1;
            for (var i = 0; i < words.Length; i++)
            {
                var node = _names;
                for (var j = i; j < words.Length && node.Children is not null && node.Children.TryGetValue(words[j], out node); j++)
                {
                    if (node.Norm >= 0) best = Longer(best, node.Norm);
                }
            }

            if (best >= 0) return _inForce[best].Norm;

            // Most of the name's word pairs.
            var linePairs = Pairs(words);
            var candidates = new HashSet<int>();
            foreach (var pair in linePairs)
                if (_byPrefixPair.TryGetValue(pair, out var postings)) candidates.UnionWith(postings);

            var bestRatio = 0.0;
            foreach (var candidate in candidates)
            {
                var entry = _inForce[candidate];
                var common = 0;
                foreach (var pair in entry.Pairs)
                    if (linePairs.Contains(pair)) common++;
                if (common < entry.RequiredPairs) continue;
                var ratio = (double)common / entry.Pairs.Count;
                if (ratio > bestRatio || (ratio == bestRatio && Longer(best, candidate) == candidate))
                {
                    bestRatio = ratio;
                    best = candidate;
                }
            }

            return best >= 0 ? _inForce[best].Norm : null;
        }

        private int Longer(int current, int candidate)
        {
            if (current < 0) return candidate;
            var a = _inForce[current];
            var b = _inForce[candidate];
            if (b.WordCount != a.WordCount) return b.WordCount > a.WordCount ? candidate : current;
            return b.Norm.Name.Length > a.Norm.Name.Length ? candidate : current;
        }

        private static string[] Words(string text) => VietnameseText.FoldKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        private static HashSet<string> Pairs(string[] words)
        {
            var pairs = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < words.Length; i++) pairs.Add(words[i] + " " + words[i + 1]);
            return pairs;
        }
    }
}
