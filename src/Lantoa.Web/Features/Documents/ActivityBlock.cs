namespace Lantoa.Web.Features.Documents;

/// <summary>
/// One activity of part III: "2.1. Cấp tỉnh" with its lettered fields. Fields left null are not written; the letters
/// follow the fields written (a) b) c) d) đ) e) g) …) in this order: lead, coordinating, time, location, form, content,
/// participants, budget — the order of the seed plans.
/// </summary>
/// <param name="Label">"1", "2.1" (written "1.", "2.1."); a letter ("a") is written "a)".</param>
public sealed record ActivityBlock(string Label, string Title)
{
    /// <summary>The lead unit(s), as written: "Sở Thông tin và Truyền thông; UBND các huyện, thị xã, thành phố".</summary>
    public string? Lead { get; init; }

    public string? Coordinating { get; init; }
    public string? Time { get; init; }
    public string? Location { get; init; }

    /// <summary>Hình thức: "Thi trắc nghiệm trực tuyến trên ứng dụng “Long An Số”".</summary>
    public string? Form { get; init; }

    /// <summary>Nội dung: one paragraph each; a single plain paragraph is written on the field's own line.</summary>
    public IReadOnlyList<string> Content { get; init; } = [];

    public string? Participants { get; init; }
    public string? Budget { get; init; }

    /// <summary>Other labelled fields ("Sản phẩm: …"), one paragraph each, as written.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<ActivityBlock> Children { get; init; } = [];

    /// <summary>The session of an agenda item as the imported document wrote it ("Buổi sáng"): the heading is then "a) Buổi sáng: …".</summary>
    public string? Session { get; init; }

    /// <summary>The time is said by the title as the imported document wrote it ("1. Ngày 10/10/2025"): no time field repeats it.</summary>
    public bool TimeInTitle { get; init; }

    /// <summary>The activity's path in the imported document ("2.1"), where the document's pass-through is anchored.</summary>
    public string? Path { get; init; }

    /// <summary>The numeral of the document part the activity was written in ("III"); null: the part of activities.</summary>
    public string? PartLabel { get; init; }

    /// <summary>The fields as the imported document labelled and ordered them; empty: the standard labels and order.</summary>
    public IReadOnlyList<Lantoa.Domain.Documents.LayoutField> WrittenFields { get; init; } = [];
}
