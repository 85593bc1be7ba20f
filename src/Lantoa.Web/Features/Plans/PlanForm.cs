using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Lantoa.Domain.Dates;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Text;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using static Lantoa.Web.Infrastructure.Web.TextInput;

namespace Lantoa.Web.Features.Plans;

/// <summary>The plan header form shared by Create and Edit.</summary>
public sealed class PlanForm
{
    [Required(ErrorMessage = "Nhập trích yếu kế hoạch."), StringLength(500, ErrorMessage = "Trích yếu tối đa 500 ký tự.")]
    public string Title { get; set; } = "";

    public PlanKind Kind { get; set; } = PlanKind.DxDay;

    [Range(2000, 2100, ErrorMessage = "Năm phải từ 2000 đến 2100.")]
    public int Year { get; set; } = DateTime.Today.Year;

    [StringLength(100, ErrorMessage = "Số, ký hiệu tối đa 100 ký tự.")]
    public string? NumberSymbol { get; set; }

    [StringLength(200, ErrorMessage = "Cơ quan ban hành tối đa 200 ký tự.")]
    public string? IssuerName { get; set; }

    [StringLength(100, ErrorMessage = "Địa danh tối đa 100 ký tự.")]
    public string? Place { get; set; }

    /// <summary>"13/07/2023", or "09/2024" for a draft that has only a month.</summary>
    [StringLength(20)]
    public string? IssuedOn { get; set; }

    [StringLength(1000, ErrorMessage = "Chủ đề tối đa 1000 ký tự.")] public string? Theme { get; set; }
    [StringLength(1000, ErrorMessage = "Khẩu hiệu tối đa 1000 ký tự.")] public string? Slogan { get; set; }
    [StringLength(20000, ErrorMessage = "Mục đích tối đa 20000 ký tự.")] public string? Purposes { get; set; }
    [StringLength(20000, ErrorMessage = "Yêu cầu tối đa 20000 ký tự.")] public string? Requirements { get; set; }

    /// <summary>One cited document per line.</summary>
    [StringLength(20000, ErrorMessage = "Căn cứ tối đa 20000 ký tự.")] public string? LegalBases { get; set; }

    /// <summary>One recipient per line.</summary>
    [StringLength(10000, ErrorMessage = "Nơi nhận tối đa 10000 ký tự.")] public string? Recipients { get; set; }

    /// <summary>One per line: "15/09/2024: nội dung | đơn vị phải nộp".</summary>
    [StringLength(10000, ErrorMessage = "Hạn báo cáo tối đa 10000 ký tự.")] public string? Deadlines { get; set; }

    [StringLength(200)] public string? SignerAuthority { get; set; }
    [StringLength(200)] public string? SignerPrefix { get; set; }
    [StringLength(200)] public string? SignerTitle { get; set; }
    [StringLength(200)] public string? SignerName { get; set; }

    public static PlanForm From(Plan p) => new()
    {
        Title = p.Title,
        Kind = p.Kind,
        Year = p.Year,
        NumberSymbol = p.NumberSymbol,
        IssuerName = p.IssuerName,
        Place = p.Place,
        IssuedOn = p.IssuedOn?.ToDisplay(),
        Theme = p.Theme,
        Slogan = p.Slogan,
        Purposes = p.Purposes,
        Requirements = p.Requirements,
        LegalBases = string.Join("\n", p.LegalBases.OrderBy(b => b.SortOrder).Select(b => b.Text)),
        Recipients = string.Join("\n", p.Recipients),
        Deadlines = string.Join("\n", p.Deadlines.OrderBy(d => d.DueOn).Select(d =>
            $"{Formats.Day(d.DueOn)}: {d.Description}{(d.OwedBy is null ? "" : " | " + d.OwedBy)}")),
        SignerAuthority = p.SignerAuthority,
        SignerPrefix = p.SignerPrefix,
        SignerTitle = p.SignerTitle,
        SignerName = p.SignerName,
    };

    /// <summary>Checks what attributes cannot (dates, deadline lines); adds errors under "Form.*".</summary>
    public void Validate(ModelStateDictionary state)
    {
        if (!string.IsNullOrWhiteSpace(IssuedOn) && !PartialDate.TryParse(IssuedOn, out _))
            state.AddModelError("Form.IssuedOn", "Ngày ban hành phải có dạng dd/MM/yyyy (hoặc MM/yyyy với dự thảo).");
        var lineNo = 0;
        foreach (var line in Lines(Deadlines))
        {
            lineNo++;
            if (ParseDeadline(line) is null)
                state.AddModelError("Form.Deadlines", $"Dòng {lineNo} của hạn báo cáo phải có dạng \"dd/MM/yyyy: nội dung | đơn vị\".");
        }
    }

    public void ApplyTo(Plan plan)
    {
        plan.SetTitle(Title);
        plan.Kind = Kind;
        plan.SetYear(Year);
        plan.NumberSymbol = Clean(NumberSymbol);
        plan.IssuerName = Clean(IssuerName);
        plan.Place = Clean(Place);
        plan.IssuedOn = PartialDate.TryParse(IssuedOn, out var d) ? d : null;
        plan.Theme = Clean(Theme);
        plan.Slogan = Clean(Slogan);
        plan.Purposes = Clean(Purposes);
        plan.Requirements = Clean(Requirements);
        plan.SetRecipients(Lines(Recipients));
        plan.SignerAuthority = Clean(SignerAuthority);
        plan.SignerPrefix = Clean(SignerPrefix);
        plan.SignerTitle = Clean(SignerTitle);
        plan.SignerName = Clean(SignerName);
        plan.ReplaceLegalBases(Lines(LegalBases).Select(ToLegalBasis));
        foreach (var old in plan.Deadlines.ToList()) plan.RemoveDeadline(old);
        foreach (var dl in Lines(Deadlines).Select(ParseDeadline).OfType<PlanDeadline>()) plan.AddDeadline(dl);
        plan.RefreshSearchKey();
    }

    private static PlanLegalBasis ToLegalBasis(string line)
    {
        var c = LegalCitation.ParseAll(line).FirstOrDefault();
        return new PlanLegalBasis(line, c?.DocumentType, c?.Symbol?.ToString(), c?.Date, c?.Issuer, c?.Subject);
    }

    private static PlanDeadline? ParseDeadline(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0) return null;
        if (!Formats.TryReadDay(line[..colon], out var day) || day is null) return null;
        var rest = line[(colon + 1)..];
        var bar = rest.IndexOf('|');
        var description = (bar < 0 ? rest : rest[..bar]).Trim();
        if (description.Length == 0) return null;
        return new PlanDeadline(day.Value, description, bar < 0 ? null : rest[(bar + 1)..]);
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}
