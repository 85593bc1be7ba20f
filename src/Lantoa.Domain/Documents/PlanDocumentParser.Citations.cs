using System.Text.RegularExpressions;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Documents;

/// <summary>
/// Citations: every document the legal-basis paragraphs cite, those written inside another citation included
/// ("Thực hiện Kế hoạch số 12/KH-UBND ngày … của UBND tỉnh triển khai Quyết định số 505/QĐ-TTg ngày 22/4/2022 …" gives
/// both), and apart from them the submissions and letters of "Theo đề nghị của … tại Tờ trình số …", which are the plan's
/// proposals and never a "Căn cứ".
/// </summary>
public static partial class PlanDocumentParser
{
    private sealed partial class Run
    {
        private readonly List<ParsedLegalBasis> _proposals = [];

        /// <summary>The documents a legal-basis paragraph cites; the proposals it names go to <see cref="ParsedPlan.Proposals"/>.</summary>
        private List<ParsedLegalBasis> ReadCitations(string text, int line)
        {
            var bases = new List<ParsedLegalBasis>();
            foreach (var paragraphLine in Cap(text, 6000).Split('\n'))
            {
                var proposing = false;
                foreach (var part in paragraphLine.Split(';'))
                {
                    var fold = FoldText(StripMarkers(part.Trim()).Rest);
                    if (ProposalStart().IsMatch(fold)) proposing = true;
                    foreach (var c in Citations(part, line))
                    {
                        if (proposing || c.DocumentType == "Tờ trình") _proposals.Add(c);
                        else
                        {
                            bases.Add(c);
                            bases.AddRange(Nested(c, line, 0));
                        }
                    }
                }
            }

            return bases;
        }

        /// <summary>The documents cited inside a citation, with a number and a date ("… triển khai Quyết định số 505/QĐ-TTg ngày 22/4/2022 …").</summary>
        private static IEnumerable<ParsedLegalBasis> Nested(ParsedLegalBasis outer, int line, int depth)
        {
            if (depth > 3) yield break;
            var text = outer.Text;
            var first = true;
            foreach (Match m in InnerCitation().Matches(text))
            {
                if (first && m.Index == 0)
                {
                    first = false;
                    continue;
                }

                first = false;
                var inner = LegalCitation.ParseAll(text[m.Index..]).FirstOrDefault();
                if (inner?.Symbol is null || inner.Date is null) continue;
                if (outer.Symbol is { } s && inner.Symbol.ToString() == s) continue;
                var parsed = new ParsedLegalBasis(inner.Text, inner.DocumentType, inner.Symbol.ToString(), inner.Symbol, inner.Date, inner.Issuer, inner.Subject, line)
                {
                    CitedWithin = outer.Symbol ?? outer.Text,
                };
                yield return parsed;
                foreach (var deeper in Nested(parsed, line, depth + 1)) yield return deeper;
                yield break;
            }
        }

        /// <summary>A document cited both on its own and inside another is listed once, where it stands on its own.</summary>
        private static List<ParsedLegalBasis> WithoutRepeats(List<ParsedLegalBasis> bases)
        {
            var own = bases.Where(b => b.CitedWithin is null && b.Symbol is not null).Select(b => b.Symbol!).ToHashSet(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return bases.Where(b => b.CitedWithin is null || (!own.Contains(b.Symbol!) && seen.Add(b.Symbol!))).ToList();
        }
    }

    /// <summary>"Theo đề nghị …", "Xét đề nghị …" (folded, markers stripped).</summary>
    [GeneratedRegex(@"^(?:theo|xet)\s+de\s+nghi(?![a-z])")]
    private static partial Regex ProposalStart();

    /// <summary>A capitalised document type followed by its number: "Quyết định số 505/QĐ-TTg", "Nghị quyết số 08-NQ/TU".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:Thông tư liên tịch|Nghị quyết|Nghị định|Quyết định|Công văn|Công điện|Chương trình|Kế hoạch|Thông tư|Luật|Chỉ thị|Thông báo|Hướng dẫn|Kết luận|Đề án)\s+(?:số\s*:?\s*)?[0-9]+\s*[/-]")]
    private static partial Regex InnerCitation();
}
