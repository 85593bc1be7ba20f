using System.ComponentModel.DataAnnotations;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Publishing;
using static Lantoa.Web.Infrastructure.Web.TextInput;

namespace Lantoa.Web.Features.PublicSite;

/// <summary>What of a plan the public site shows: theme, slogan, a short introduction, and the chosen activities.</summary>
public sealed class PublishForm
{
    [StringLength(PlanPublication.MaxThemeLength, ErrorMessage = "Chủ đề tối đa 500 ký tự.")]
    public string? Theme { get; set; }

    [StringLength(PlanPublication.MaxSloganLength, ErrorMessage = "Khẩu hiệu tối đa 300 ký tự.")]
    public string? Slogan { get; set; }

    [StringLength(PlanPublication.MaxSummaryLength, ErrorMessage = "Giới thiệu tối đa 2000 ký tự.")]
    public string? Summary { get; set; }

    /// <summary>The ids of the activities to show (checkboxes).</summary>
    public List<int> ActivityIds { get; set; } = [];

    /// <summary>The publication's version when the form was opened (hidden); empty before the first save.</summary>
    public uint? Version { get; set; }

    public static PublishForm From(PlanPublication p) => new()
    {
        Theme = p.Theme, Slogan = p.Slogan, Summary = p.Summary, ActivityIds = p.Activities.Select(a => a.ActivityId).ToList(),
    };

    public void ApplyTo(PlanPublication publication, Plan plan)
    {
        publication.SetTexts(Clean(Theme), Clean(Slogan), Clean(Summary));
        publication.ChooseActivities(plan, ActivityIds);
    }
}
