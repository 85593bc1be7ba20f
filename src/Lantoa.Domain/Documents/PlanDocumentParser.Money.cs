using System.Text.RegularExpressions;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Documents;

/// <summary>
/// Money in prose: the plan's stated total written in a sentence ("Tổng kinh phí dự kiến khoảng 1.500.000.000 đồng (Một
/// tỷ năm trăm triệu đồng)"), checked against its amount in words, and the sources of the money (the state budget with
/// its decision, sponsorship — "xã hội hóa" —, the units' own recurrent budgets), each with its amount when one is written.
/// </summary>
public static partial class PlanDocumentParser
{
    private sealed partial class Run
    {
        /// <summary>Completes a budget part read by <see cref="ReadBudgetSection"/>: a total written in prose, its words, the sources.</summary>
        private ParsedBudgetSection ReadProseBudget(ParsedBudgetSection section, int start, int end)
        {
            Money? total = section.StatedTotal;
            var totalText = section.StatedTotalText;
            int? totalLine = null;
            string? words = null;
            for (var i = start; i < end; i++)
            {
                var item = _items[i];
                if (item.IsTable) continue;
                var text = Cap(item.Text, 3000);
                var fold = FoldText(text);
                var amounts = AmountInText.FindAll(text);
                var isTotal = TotalWords().IsMatch(fold) || (ProseTotal().IsMatch(fold) && UnitOfBudgetLine(StripMarkers(text).Rest) is null && !SourceKind(UpToFirstAmount(fold, text, amounts)).HasValue);
                if (!isTotal) continue;
                if (amounts.Count == 0)
                {
                    // "Tổng kinh phí dự kiến: khoảng 1.000" — a figure without its unit, too small to be a plan's total.
                    var bare = BareFigure().Match(NotMoney().Replace(fold, " "));
                    if (totalText is null && bare.Success && Money.TryParse(bare.Value, out var figure) && figure.Dong is > 0 and < TruncatedBelow)
                    {
                        totalText = text.Substring(bare.Index, bare.Length);
                        Add(Severity.Warning, "truncated-amount", $"Tổng kinh phí “{PlanExcerpt(text)}” ghi số {bare.Value} không có đơn vị và quá nhỏ: có thể số bị cắt mất chữ số. Số này không được dùng để đối chiếu.", item.Line);
                    }

                    continue;
                }

                if (total is null && totalText is null)
                {
                    totalText = amounts[0].Written.Trim();
                    if (!IsTruncated(amounts[0].Amount, amounts[0].Written, item.Line)) total = amounts[0].Amount;
                }

                if (totalLine is null && total is { } stated && (section.StatedTotalText is null || text.Contains(amounts[0].Written, StringComparison.Ordinal)))
                {
                    totalLine = item.Line;
                    words = CheckWords(text, amounts[0].Written, stated, item.Line);
                }
            }

            return section with
            {
                StatedTotal = total,
                StatedTotalText = totalText,
                StatedTotalWords = words,
                StatedTotalLine = totalLine,
                Sources = ReadSources(start, end),
            };
        }

        /// <summary>
        /// A plan without a budget part may still state its total in a sentence elsewhere ("3. Kinh phí: Tổng kinh phí dự
        /// kiến khoảng 1.500.000.000 đồng …" under "Tổ chức thực hiện"): that paragraph is read as the budget part.
        /// </summary>
        private void ReadBudgetInProse(int start, int end)
        {
            for (var i = start; i < end && i < _items.Count; i++)
            {
                var item = _items[i];
                if (item.IsTable || _activityOfItem.ContainsKey(i)) continue;
                var fold = FoldText(Cap(item.Text, 3000));
                if (!TotalWords().IsMatch(fold) && !ProseTotal().IsMatch(fold)) continue;
                if (!fold.Contains("kinh phi", StringComparison.Ordinal)) continue;
                if (AmountInText.FindAll(Cap(item.Text, 3000)).Count == 0) continue;
                var last = i + 1;
                while (last < end && last < _items.Count && !_items[last].IsTable && !_activityOfItem.ContainsKey(last)
                       && StripMarkers(_items[last].Text) is { Bullet: > 0, Number: null } && SourceKind(FoldText(Cap(_items[last].Text, 600))) is not null)
                    last++;
                ReadBudgetSection(i, last, item.Line);
                return;
            }
        }

        /// <summary>The fold up to the end of the first amount (the whole fold without one): "Kinh phí … khoảng 2 tỷ đồng từ nguồn …" is a total, not a source.</summary>
        private static string UpToFirstAmount(string fold, string text, IReadOnlyList<(Money Amount, string Written)> amounts)
        {
            if (amounts.Count == 0) return fold;
            var at = text.IndexOf(amounts[0].Written, StringComparison.Ordinal);
            return at < 0 ? fold : fold[..Math.Min(fold.Length, at + amounts[0].Written.Length)];
        }

        /// <summary>The words in parentheses after a figure, compared with it: a mismatch is an error of the document.</summary>
        private string? CheckWords(string text, string written, Money amount, int line)
        {
            var at = text.IndexOf(written, StringComparison.Ordinal);
            if (at < 0) return null;
            var after = text[(at + written.Length)..];
            var m = AmountWords().Match(after);
            if (!m.Success) return null;
            var words = m.Groups["w"].Value.Trim();
            if (!AmountInText.TryParseWords(words, out var read))
            {
                Add(Severity.Info, "amount-words-not-understood", $"Không đọc được số tiền bằng chữ “{PlanExcerpt(words)}”.", line);
                return words;
            }

            if (read != amount)
                Add(Severity.Warning, "amount-words-mismatch",
                    $"Số tiền bằng số “{written.Trim()}” và bằng chữ “{PlanExcerpt(words)}” ({read}) không khớp nhau. Đúng theo số: “{MoneyWords.ToWords(amount)}”.", line);
            return words;
        }

        /// <summary>The sources the budget part names, one per clause ("Ngân sách tỉnh: …; nguồn xã hội hóa: …"), without repeats.</summary>
        private List<ParsedFundingSource> ReadSources(int start, int end)
        {
            var sources = new List<ParsedFundingSource>();
            for (var i = start; i < end; i++)
            {
                var item = _items[i];
                if (item.IsTable) continue;
                var text = StripMarkers(Cap(item.Text, 3000)).Rest;
                foreach (var clause in SourceClauses(text))
                {
                    var fold = FoldText(clause);
                    if (SourceKind(fold) is not { } kind) continue;
                    var amounts = AmountInText.FindAll(clause);
                    Money? amount = amounts.Count > 0 && amounts[0].Amount.Dong >= TruncatedBelow ? amounts[0].Amount : null;
                    var decision = InnerCitation().Match(clause) is { Success: true } cited
                        ? LegalCitation.ParseAll(clause[cited.Index..]).FirstOrDefault(c => c.Symbol is not null)?.Text
                        : null;
                    var name = SourceName(clause);
                    if (sources.Any(s => s.Kind == kind && KeyOf(s.Name) == KeyOf(name))) continue;
                    sources.Add(new ParsedFundingSource(kind, name, decision, amount, clause.Trim(), item.Line));
                }
            }

            return sources;
        }

        private static IEnumerable<string> SourceClauses(string text)
        {
            foreach (var part in text.Split(';', '\n'))
            {
                var fold = FoldText(part);
                var cuts = new List<int> { 0 };
                foreach (Match m in SourceStart().Matches(fold))
                    if (m.Index > 0 && m.Index - cuts[^1] > 8) cuts.Add(m.Index);
                for (var k = 0; k < cuts.Count; k++)
                {
                    var piece = part[cuts[k]..(k + 1 < cuts.Count ? cuts[k + 1] : part.Length)].Trim().Trim(',', '.', ' ');
                    if (piece.EndsWith(" và", StringComparison.Ordinal)) piece = piece[..^3].TrimEnd(',', ' ');
                    if (piece.Length > 0) yield return piece;
                }
            }
        }

        /// <summary>What kind of source a clause names, if any (folded).</summary>
        private static FundingKind? SourceKind(string fold)
        {
            if (Sponsorship().IsMatch(fold)) return FundingKind.Sponsorship;
            if (OwnBudget().IsMatch(fold)) return FundingKind.OwnBudget;
            if (StateBudget().IsMatch(fold)) return FundingKind.StateBudget;
            if (OtherLawfulSource().IsMatch(fold)) return FundingKind.Other;
            return null;
        }

        /// <summary>"Từ nguồn ngân sách tỉnh theo Quyết định số …: 1.200.000.000 đồng" → "Ngân sách tỉnh theo Quyết định số …".</summary>
        private static string SourceName(string clause)
        {
            var name = clause;
            var colon = name.IndexOf(':');
            if (colon > 3) name = name[..colon];
            var amount = AmountInText.FindAll(name);
            if (amount.Count > 0)
            {
                var at = name.IndexOf(amount[0].Written, StringComparison.Ordinal);
                if (at > 3) name = name[..at];
            }

            var lead = SourceLeadIn().Match(FoldText(name));
            if (lead.Success) name = name[lead.Length..];
            name = name.Trim().Trim(',', '.', ';', '(', ' ');
            name = Regex.Replace(name, @"\s+(?:khoảng|là|với|dự kiến)$", "").Trim();
            if (name.Length > 200) name = name[..200].TrimEnd() + "…";
            return name.Length == 0 ? clause.Trim() : char.ToUpperInvariant(name[0]) + name[1..];
        }
    }

    /// <summary>"Kinh phí thực hiện Kế hoạch dự kiến khoảng …", "Toàn bộ kinh phí …" (folded).</summary>
    [GeneratedRegex(@"(?<![a-z])(?:tong )?kinh phi(?: [a-z]+){0,6} (?:du kien|khoang|uoc tinh|toan bo)|toan bo kinh phi")]
    private static partial Regex ProseTotal();

    /// <summary>"(Một tỷ năm trăm triệu đồng)", "(Bằng chữ: …)" right after a figure.</summary>
    [GeneratedRegex(@"^\s*\**\s*\(\s*(?:[Bb]ằng chữ\s*:\s*)?(?<w>[^()0-9]{4,200}?)\s*\)")]
    private static partial Regex AmountWords();

    /// <summary>Where a new source starts inside a sentence: ", nguồn …", " và nguồn …", "ngân sách …" after a comma (folded).</summary>
    [GeneratedRegex(@"(?:,|\s+va|\s+hoac)\s+(?:tu\s+)?(?:cac\s+)?(?:nguon|ngan sach|kinh phi (?:chi thuong xuyen|tu chu|cua))")]
    private static partial Regex SourceStart();

    [GeneratedRegex(@"(?<![a-z])(?:xa hoi hoa|tai tro|ung ho|huy dong (?:tu )?(?:cac )?(?:doanh nghiep|to chuc|ca nhan))(?![a-z])")]
    private static partial Regex Sponsorship();

    [GeneratedRegex(@"(?<![a-z])(?:chi thuong xuyen (?:cua|duoc giao)|kinh phi (?:cua|thuong xuyen cua|tu chu cua) (?:cac )?(?:co quan|don vi|so|nganh|dia phuong)|du toan (?:ngan sach )?(?:duoc giao|hang nam) (?:cua|cho) (?:cac )?(?:co quan|don vi|so|nganh|dia phuong)|(?:co quan|don vi) tu (?:dam bao|bo tri|can doi)|nguon (?:kinh phi )?tu chu)")]
    private static partial Regex OwnBudget();

    [GeneratedRegex(@"(?<![a-z])ngan sach (?:nha nuoc|tinh|trung uong|dia phuong|huyen|cap huyen|cap xa|xa|thanh pho|cap tinh)(?![a-z])|(?<![a-z])nguon ngan sach(?![a-z])")]
    private static partial Regex StateBudget();

    [GeneratedRegex(@"(?<![a-z])(?:nguon (?:von |kinh phi )?hop phap khac|cac nguon hop phap)(?![a-z])")]
    private static partial Regex OtherLawfulSource();

    [GeneratedRegex(@"^\s*(?:(?:duoc bo tri|bo tri|tu|tu cac|trich tu|lay tu)\s+)*(?:(?:cac\s+)?nguon(?:\s+kinh phi)?\s+)?(?:tu\s+)?")]
    private static partial Regex SourceLeadIn();
}
