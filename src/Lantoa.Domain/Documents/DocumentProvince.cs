namespace Lantoa.Domain.Documents;

/// <summary>
/// The province a plan belongs to, as the document says it: its GSO code and name on the plan's date, and what
/// says so (the issuer "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", the place line "Bình Định, ngày …", the title "… trên địa bàn
/// tỉnh Bình Định", the units it names "UBND thị xã An Nhơn").
/// </summary>
/// <param name="Code">GSO province code: "52".</param>
/// <param name="Name">The province's name on the plan's date: "Bình Định" in 2024, "Gia Lai" (also 52) in 2026.</param>
/// <param name="AsOf">The day the province was looked up for (the plan's date), when the document gives one.</param>
/// <param name="Detected">False when the province was given (by --province, or picked by an administrator) rather than read.</param>
public sealed record DocumentProvince(string Code, string Name, DateOnly? AsOf, IReadOnlyList<ProvinceEvidence> Evidence, bool Detected = true);

/// <summary>One place in the document that names the province.</summary>
/// <param name="Source">"issuer", "parentIssuer", "place", "title", "text" or "unit".</param>
/// <param name="Text">The words that name it, as written.</param>
public sealed record ProvinceEvidence(string Source, string Text, int? Line);
