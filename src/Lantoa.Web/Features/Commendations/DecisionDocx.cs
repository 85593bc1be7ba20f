using Lantoa.Domain.Budgets;
using Lantoa.Domain.Commendations;
using Lantoa.Domain.Dates;
using Lantoa.Web.Features.Documents;
using static Lantoa.Web.Features.Documents.DocxBuilder;

namespace Lantoa.Web.Features.Commendations;

/// <summary>One awardee on a decision's list.</summary>
public sealed record Awardee(NomineeKind Kind, string Name, string? Position, string? Unit, string Achievements);

/// <summary>What a commendation decision says: who issues it, its number and date (blank until signed), the award, the list, the cash, the signer.</summary>
public sealed record DecisionDocument(
    string IssuingBody, string Place, string? NumberSymbol, DateOnly? SignedOn, string AuthorityTitle,
    AwardForm Form, string Reason, string? ProposedBy, IReadOnlyList<Awardee> Awardees,
    IReadOnlyList<(NomineeKind Kind, AwardCash Cash)> Cash, string? SignerTitle, string? SignerName, IReadOnlyList<string> Recipients);

/// <summary>
/// "Quyết định về việc tặng Bằng khen …" in the Decree 30/2020 layout, with the parts every Lantoa document shares
/// (<see cref="DocxBuilder"/>: fonts, margins, the national motto block, the signature): the authority's line, the
/// legal bases, "QUYẾT ĐỊNH:", Điều 1 (the award to the collectives and individuals of the annex), Điều 2 (the cash with
/// its coefficient and base salary), Điều 3 (who carries it out); then the annex on a new page: a table of collectives
/// and one of individuals.
/// </summary>
public static class DecisionDocx
{
    public static byte[] Write(DecisionDocument doc)
    {
        var subject = $"Về việc tặng {doc.Form.Name}";
        return DocxBuilder.Write("Quyết định " + DocxText.LowerFirst(subject), b =>
        {
            b.HeaderTable(null, doc.IssuingBody, doc.NumberSymbol ?? "/QĐ-UBND", doc.Place, doc.SignedOn is { } d ? PartialDate.FromDate(d) : null);
            b.TitleBlock("QUYẾT ĐỊNH", subject);
            b.Add(P(new Para { Style = "Centered", After = 240, KeepNext = true }, R(DocxText.Upper(doc.AuthorityTitle), new Fmt(Bold: true, Size: 14))));
            foreach (var basis in Bases(doc)) b.Add(P(new Para { Style = "Body" }, R(basis, new Fmt(Italic: true))));
            b.Add(P(new Para { Style = "Centered", Before = 120, After = 120, KeepNext = true }, R("QUYẾT ĐỊNH:", new Fmt(Bold: true, Size: 14))));

            var collectives = doc.Awardees.Count(a => a.Kind == NomineeKind.Collective);
            var individuals = doc.Awardees.Count(a => a.Kind == NomineeKind.Individual);
            var whom = string.Join(" và ", new[] { collectives > 0 ? $"{collectives:00} tập thể" : null, individuals > 0 ? $"{individuals:00} cá nhân" : null }.Where(x => x is not null));
            Article(b, "Điều 1.", $" Tặng {doc.Form.Name} cho {whom} (có danh sách kèm theo) đã có thành tích {DocxText.LowerFirst(doc.Reason.TrimEnd('.'))}.");
            var cashText = doc.Cash.Count == 0 ? " Tiền thưởng kèm theo thực hiện theo quy định hiện hành." :
                " Mỗi " + string.Join("; mỗi ", doc.Cash.Select(c =>
                    $"{c.Kind.Vietnamese().ToLowerInvariant()} được tặng {doc.Form.Title} kèm theo tiền thưởng {c.Cash.Amount.Format()} ({c.Cash.Coefficient.ToString("0.0##", AwardCash.VietnameseNumber)} lần mức lương cơ sở {c.Cash.BaseSalary.Format()}, theo {c.Cash.LegalSource})"))
                + ". Kinh phí khen thưởng chi từ nguồn kinh phí của kế hoạch.";
            Article(b, "Điều 2.", cashText);
            Article(b, "Điều 3.", " Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính, thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.");
            b.SignatureTable(doc.Recipients, new SignatureBlock(null, null, doc.SignerTitle ?? "CHỦ TỊCH", doc.SignerName));

            // The annex: on its own page.
            b.Add(P(new Para { Style = "Centered", PageBreakBefore = true, KeepNext = true }, R("DANH SÁCH", new Fmt(Bold: true, Size: 14))));
            b.Add(P(new Para { Style = "Centered", KeepNext = true }, R($"Tập thể, cá nhân được tặng {doc.Form.Name}", new Fmt(Bold: true, Size: 14))));
            var reference = doc.NumberSymbol is null ? "Quyết định số      /QĐ-UBND ngày     /     /" : $"Quyết định số {doc.NumberSymbol} ngày {doc.SignedOn:dd/MM/yyyy}";
            b.Add(P(new Para { Style = "Centered", After = 240, KeepNext = true }, R($"(Kèm theo {reference} của {doc.AuthorityTitle})", new Fmt(Italic: true, Size: 14))));
            Section(b, "I. TẬP THỂ", doc.Awardees.Where(a => a.Kind == NomineeKind.Collective).ToList(), collective: true);
            Section(b, "II. CÁ NHÂN", doc.Awardees.Where(a => a.Kind == NomineeKind.Individual).ToList(), collective: false);
            b.Add(ThinParagraph());
        });
    }

    private static IEnumerable<string> Bases(DecisionDocument doc)
    {
        yield return "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;";
        yield return "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;";
        yield return "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;";
        yield return doc.ProposedBy is null ? "Xét đề nghị của Giám đốc Sở Nội vụ." : $"Xét đề nghị của {doc.ProposedBy}.";
    }

    private static void Article(DocxBuilder b, string label, string text) =>
        b.Add(P(new Para { Style = "Body" }, R(label, new Fmt(Bold: true)), R(text)));

    private static void Section(DocxBuilder b, string heading, IReadOnlyList<Awardee> list, bool collective)
    {
        if (list.Count == 0) return;
        b.Add(P(new Para { Style = "Body", FirstLine = 0, KeepNext = true, Before = 120 }, R(heading, new Fmt(Bold: true))));
        var headers = collective ? new[] { "STT", "Tên tập thể", "Đơn vị" } : new[] { "STT", "Họ và tên", "Chức vụ", "Đơn vị" };
        var widths = Widths(b.Width, collective ? [0.6, 5, 3.4] : [0.6, 2.6, 3, 2.8]);
        var rows = new List<DocumentFormat.OpenXml.Wordprocessing.TableRow> { HeaderRow(headers, widths) };
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            rows.Add(collective
                ? Row(false, TextCell(widths[0], (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Align.Center), TextCell(widths[1], a.Name, Align.Left), TextCell(widths[2], a.Unit, Align.Left))
                : Row(false, TextCell(widths[0], (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Align.Center), TextCell(widths[1], a.Name, Align.Left),
                    TextCell(widths[2], a.Position, Align.Left), TextCell(widths[3], a.Unit, Align.Left)));
        }

        b.Add(BorderedTable(widths, rows));
        b.Add(ThinParagraph());
    }
}
