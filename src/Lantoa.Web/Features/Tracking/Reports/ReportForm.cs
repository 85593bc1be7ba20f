using System.Globalization;
using Lantoa.Domain;
using Lantoa.Domain.Tracking;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lantoa.Web.Features.Tracking.Reports;

/// <summary>
/// The report form of <see cref="AssignmentReport"/>: what a unit types (status, narrative, period, figures, a link).
/// <see cref="From"/> fills it from a saved report; <see cref="ApplyTo"/> checks it and writes it into a report, with
/// every error in the model state under the field it belongs to. Files and obligations stay with the handler.
/// </summary>
public sealed class ReportForm
{
    public ProgressStatus Status { get; set; } = ProgressStatus.InProgress;
    public string? Reason { get; set; }
    public string? Narrative { get; set; }
    public string? PeriodFrom { get; set; }
    public string? PeriodTo { get; set; }

    /// <summary>One figure per line: "Số bài viết: 12 bài".</summary>
    public string? Figures { get; set; }

    public string? Link { get; set; }

    /// <summary>"obligationId:yyyy-MM-dd" of each obligation this report answers.</summary>
    public List<string> Answers { get; set; } = [];

    public static ReportForm From(ProgressReport r) => new()
    {
        Status = r.Status,
        Reason = r.Reason,
        Narrative = r.Narrative,
        PeriodFrom = Formats.Day(r.PeriodFrom),
        PeriodTo = Formats.Day(r.PeriodTo),
        Figures = string.Join("\n", r.Figures.Select(f => $"{f.Name}: {LineValue(f.Value)} {f.UnitOfMeasure}")),
    };

    /// <summary>Status, reason, narrative, period within <paramref name="window"/>, figures and link into <paramref name="report"/>.
    /// A rule the report refuses (a <see cref="DomainException"/>) propagates to the handler.</summary>
    public void ApplyTo(ProgressReport report, ReportingWindow window, ModelStateDictionary state, DateTimeOffset now)
    {
        report.SetStatus(Status, Reason);
        report.SetNarrative(Narrative);
        if (Formats.TryReadDay(PeriodFrom, out var from) && Formats.TryReadDay(PeriodTo, out var to))
        {
            if (from is { } f && to is { } t) report.SetPeriod(f, t, window);
            else if (from is not null || to is not null) state.AddModelError("Form.PeriodFrom", "Nhập đủ ngày bắt đầu và ngày kết thúc của kỳ báo cáo.");
        }
        else state.AddModelError("Form.PeriodFrom", "Kỳ báo cáo phải có dạng dd/MM/yyyy.");

        report.ReplaceFigures(ReadFigures(Figures, state));
        if (!string.IsNullOrWhiteSpace(Link)) report.AddLink(Link.Trim(), null, now);
    }

    private static List<ReportFigure> ReadFigures(string? text, ModelStateDictionary state)
    {
        var figures = new List<ReportFigure>();
        var lineNo = 0;
        foreach (var raw in (text ?? "").Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var colon = line.LastIndexOf(':');
            if (colon <= 0)
            {
                state.AddModelError("Form.Figures", $"Số liệu dòng {lineNo}: viết \"Tên số liệu: giá trị đơn vị\", ví dụ \"Số bài viết: 12 bài\".");
                continue;
            }

            try
            {
                figures.Add(ReportFigure.Parse(line[..colon], line[(colon + 1)..]));
            }
            catch (DomainException e)
            {
                state.AddModelError("Form.Figures", $"Số liệu dòng {lineNo}: {e.Message}");
            }
        }

        return figures;
    }

    private static string LineValue(decimal v) => v.ToString("#,0.####", CultureInfo.GetCultureInfo("vi-VN"));
}
