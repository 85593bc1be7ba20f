namespace Lantoa.Web.Features.Documents;

/// <summary>One block of part V: "1. Sở Thông tin và Truyền thông" and its duties (one paragraph each, as written).</summary>
public sealed record ResponsibilityBlock(string Heading, IReadOnlyList<string> Duties);
