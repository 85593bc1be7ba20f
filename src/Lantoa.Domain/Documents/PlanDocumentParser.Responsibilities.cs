using System.Text.RegularExpressions;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Documents;

/// <summary>
/// Responsibilities become work: a block of "Tổ chức thực hiện" that points to activities ("chủ trì thực hiện các nhiệm
/// vụ tại Mục 4, Mục 5 Phần III", "nhiệm vụ tại điểm 2.1") names them, so that its unit is assigned to them; a block that
/// names none is the unit's work on the plan itself.
/// </summary>
public static partial class PlanDocumentParser
{
    private sealed partial class Run
    {
        private List<ParsedResponsibility> LinkResponsibilities(List<ParsedResponsibility> blocks)
        {
            if (blocks.Count == 0) return blocks;
            var byPath = plan.AllActivities().GroupBy(a => a.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var contentParts = plan.Sections.Where(s => s.Kind == SectionKind.Content).Select(s => s.Label).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var result = new List<ParsedResponsibility>(blocks.Count);
            foreach (var block in blocks)
            {
                var references = new List<ParsedActivityReference>();
                foreach (var duty in block.Duties.Prepend(block.Heading ?? ""))
                {
                    var text = Cap(duty, 4000);
                    var fold = FoldText(text);
                    foreach (Match m in ActivityReference().Matches(fold))
                    {
                        var tail = fold[(m.Index + m.Length)..Math.Min(fold.Length, m.Index + m.Length + 40)];
                        if (OtherDocumentPart().IsMatch(tail)) continue;
                        if (m.Groups["part"].Success && !contentParts.Contains(m.Groups["part"].Value)) continue;
                        var role = RoleNear(fold, m.Index);
                        foreach (Match n in ReferenceNumber().Matches(m.Groups["list"].Value))
                        {
                            var path = n.Value.TrimEnd('.');
                            if (!byPath.ContainsKey(path))
                            {
                                Add(Severity.Warning, "unknown-activity-reference",
                                    $"Tổ chức thực hiện, mục {block.Label}: không thấy hoạt động “{path}” mà “{PlanExcerpt(text.Substring(m.Index, m.Length))}” nhắc đến.", block.Line);
                                continue;
                            }

                            if (references.All(r => r.Path != path)) references.Add(new ParsedActivityReference(path, role, text.Substring(m.Index, m.Length)));
                        }
                    }
                }

                result.Add(references.Count == 0 ? block : block with { Activities = references });
            }

            return result;
        }

        /// <summary>"chủ trì … các nhiệm vụ tại Mục 4" leads; "phối hợp thực hiện nhiệm vụ tại điểm 2.1" coordinates.</summary>
        private static PartyRole RoleNear(string fold, int index)
        {
            var before = fold[Math.Max(0, index - 120)..index];
            var lead = before.LastIndexOf("chu tri", StringComparison.Ordinal);
            var coordinate = before.LastIndexOf("phoi hop", StringComparison.Ordinal);
            return coordinate > lead ? PartyRole.Coordinating : PartyRole.Lead;
        }
    }

    /// <summary>"nhiệm vụ tại Mục 4, Mục 5 Phần III", "điểm 2.1, 2.2", "các mục 1, 2 và 3 phần III" (folded).</summary>
    [GeneratedRegex(@"(?<![a-z])(?:cac\s+)?(?:muc|diem|khoan|tieu muc)\s+(?<list>[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}(?:\s*(?:,|;|va|-)\s*(?:(?:muc|diem|khoan)\s+)?[0-9]{1,2}(?:\.[0-9]{1,2}){0,3})*)(?:\s*,?\s*(?:cua\s+|tai\s+|thuoc\s+)?phan\s+(?<part>[ivxl]{1,6}))?(?![0-9a-z])")]
    private static partial Regex ActivityReference();

    [GeneratedRegex(@"[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}")]
    private static partial Regex ReferenceNumber();

    /// <summary>After "khoản 2": a part of another document ("Điều 3 Quyết định …", "của Nghị định …") (folded).</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:dieu|cua\s+(?:quyet dinh|nghi dinh|thong tu|luat|nghi quyet|chi thi|ke hoach so|cong van)|(?:quyet dinh|nghi dinh|thong tu|luat|nghi quyet)\s+so)")]
    private static partial Regex OtherDocumentPart();
}
