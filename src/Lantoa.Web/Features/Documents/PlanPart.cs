namespace Lantoa.Web.Features.Documents;

/// <summary>The Roman-numbered parts of a plan, in their order.</summary>
public enum PlanPart
{
    PurposesAndRequirements,
    Theme,
    Activities,
    Budget,
    Responsibilities,
}
