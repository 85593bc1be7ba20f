using System.ComponentModel.DataAnnotations;
using Lantoa.Domain.Dates;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Units;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lantoa.Web.Features.Plans;

/// <summary>The activity form: lead and coordinating parties are typed as a plan writes them and resolved by name.</summary>
public sealed class ActivityForm
{
    [StringLength(20, ErrorMessage = "Số thứ tự tối đa 20 ký tự.")]
    public string? Label { get; set; }

    [Required(ErrorMessage = "Nhập tên hoạt động."), StringLength(1000, ErrorMessage = "Tên hoạt động tối đa 1000 ký tự.")]
    public string Title { get; set; } = "";

    public ActivityKind Kind { get; set; } = ActivityKind.Communications;
    public int? ParentId { get; set; }

    /// <summary>The activity's version when the form was opened (hidden).</summary>
    public uint? Version { get; set; }

    [StringLength(20000, ErrorMessage = "Nội dung tối đa 20000 ký tự.")] public string? Content { get; set; }

    [StringLength(2000, ErrorMessage = "Đơn vị chủ trì tối đa 2000 ký tự.")] public string? Lead { get; set; }
    [StringLength(4000, ErrorMessage = "Đơn vị phối hợp tối đa 4000 ký tự.")] public string? Coordinating { get; set; }

    [StringLength(1000, ErrorMessage = "Thời gian tối đa 1000 ký tự.")] public string? TimeText { get; set; }
    [StringLength(10)] public string? Start { get; set; }
    [StringLength(10)] public string? End { get; set; }
    public bool Tentative { get; set; }

    [StringLength(1000, ErrorMessage = "Địa điểm tối đa 1000 ký tự.")] public string? Location { get; set; }
    [StringLength(4000, ErrorMessage = "Thành phần tối đa 4000 ký tự.")] public string? ParticipantsText { get; set; }

    [Range(0, 10_000_000, ErrorMessage = "Số người dự kiến phải từ 0 đến 10.000.000.")]
    public int? ExpectedParticipants { get; set; }

    [StringLength(4000, ErrorMessage = "Ghi chú tối đa 4000 ký tự.")] public string? Notes { get; set; }
    [StringLength(4000, ErrorMessage = "Kinh phí tối đa 4000 ký tự.")] public string? BudgetText { get; set; }

    public static ActivityForm From(Lantoa.Domain.Plans.Activity a)
    {
        var t = a.Time;
        string Names(PartyRole role) => string.Join("; ", a.Parties.Where(p => p.Role == role).Select(p => p.WrittenName));
        return new ActivityForm
        {
            Label = a.Label,
            Title = a.Title,
            Kind = a.Kind,
            ParentId = a.ParentId,
            Content = a.Content,
            Lead = Names(PartyRole.Lead),
            Coordinating = Names(PartyRole.Coordinating),
            TimeText = t.Text,
            Start = t.Start is { Precision: DatePrecision.Day } s ? s.ToDisplay() : null,
            End = t.End is { Precision: DatePrecision.Day } e ? e.ToDisplay() : null,
            Tentative = t.Tentative,
            Location = a.Location,
            ParticipantsText = a.ParticipantsText,
            ExpectedParticipants = a.ExpectedParticipants,
            Notes = a.Notes,
            BudgetText = a.BudgetText,
        };
    }

    /// <summary>The time window from the explicit dates if given, else from the words; adds errors when neither is readable.</summary>
    public TimeWindow? ReadTime(int planYear, ModelStateDictionary state)
    {
        var okStart = Formats.TryReadDay(Start, out var start);
        var okEnd = Formats.TryReadDay(End, out var end);
        if (!okStart) state.AddModelError("Form.Start", "Ngày bắt đầu phải có dạng dd/MM/yyyy.");
        if (!okEnd) state.AddModelError("Form.End", "Ngày kết thúc phải có dạng dd/MM/yyyy.");
        if (!okStart || !okEnd) return null;
        if (start is not null && end is not null && end < start)
        {
            state.AddModelError("Form.End", "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.");
            return null;
        }
        var text = string.IsNullOrWhiteSpace(TimeText) ? null : TimeText.Trim();
        if (start is not null || end is not null)
            return new TimeWindow
            {
                Start = start is { } s ? PartialDate.FromDate(s) : null,
                End = end is { } e ? PartialDate.FromDate(e) : null,
                DeadlineOnly = start is null,
                Tentative = Tentative,
                Text = text,
            };
        if (text is null) return TimeWindow.Empty;
        var parsed = TimeWindowParser.Parse(text, planYear);
        if (!parsed.Understood)
        {
            state.AddModelError("Form.TimeText", $"Chưa hiểu thời gian \"{text}\". Nhập ngày bắt đầu và kết thúc dạng dd/MM/yyyy.");
            return null;
        }
        return parsed.Window with { Tentative = parsed.Window.Tentative || Tentative };
    }

    /// <summary>Resolves the written names to units and groups; an unknown name is an error that lists suggestions.</summary>
    public IReadOnlyList<ActivityParty> ReadParties(ProvinceUnits units, DateOnly asOf, ModelStateDictionary state)
    {
        var parties = new List<ActivityParty>();
        foreach (var (role, text, field) in new[] { (PartyRole.Lead, Lead, "Form.Lead"), (PartyRole.Coordinating, Coordinating, "Form.Coordinating") })
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            foreach (var r in units.Resolver.ResolveList(text, asOf))
            {
                if (r.Match is { } m)
                    parties.Add(m.Candidate.Kind == NameTargetKind.Group
                        ? ActivityParty.ForGroup(role, m.Candidate.Id, r.Written)
                        : ActivityParty.ForUnit(role, m.Candidate.Id, r.Written));
                else
                    state.AddModelError(field, r.Suggestions.Count == 0
                        ? $"Không nhận ra đơn vị \"{r.Written}\"."
                        : $"Không nhận ra đơn vị \"{r.Written}\". Có phải: {string.Join("; ", r.Suggestions.Take(3).Select(s => s.Candidate.Name))}?");
            }
        }
        return parties;
    }
}
