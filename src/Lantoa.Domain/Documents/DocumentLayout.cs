using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lantoa.Domain.Documents;

/// <summary>
/// How an imported document was laid out, so that its export loses nothing: the legal-basis paragraphs and the enacting
/// sentence as written, the Roman-numbered parts with their numerals and titles in source order, the paragraphs (and
/// tables) of each part that the plan's fields do not hold, the closing paragraphs, the field labels the plan used, the
/// activity's lead and coordinating units as written (recognised or not), and the appendices the plan keeps no table
/// for. <see cref="PlanDocumentParser"/> fills it (the pass-through), the importer stores it beside the plan, the .docx
/// writer reads it.
/// </summary>
/// <remarks>
/// A part whose text the writer takes verbatim (purposes, general information, legal basis, responsibilities, a part
/// Lantoa does not understand) carries a <see cref="LayoutPart.Fingerprint"/> of the plan field it was read into, so that
/// the writer falls back to the plan's own field once someone has edited it in Lantoa.
/// </remarks>
public sealed record DocumentLayout
{
    /// <summary>The version of this shape, for the stored JSON.</summary>
    public int Version { get; init; } = 1;

    /// <summary>"Căn cứ …", "Thực hiện …", "Theo đề nghị của … tại Tờ trình số …" paragraphs as written, in order.</summary>
    public IReadOnlyList<LayoutPassage> LegalBases { get; init; } = [];

    /// <summary>The <see cref="Key"/> of the citations read from them: once the plan's legal bases are edited, the writer writes those.</summary>
    public string? LegalBasesFingerprint { get; init; }

    /// <summary>The other paragraphs between the title and the first part ("UBND tỉnh ban hành Kế hoạch …, cụ thể như sau:").</summary>
    public IReadOnlyList<LayoutPassage> Preamble { get; init; } = [];

    public IReadOnlyList<LayoutPart> Parts { get; init; } = [];

    /// <summary>The closing paragraph(s) as written ("Trên đây là Kế hoạch … báo cáo kết quả … trước ngày …./.").</summary>
    public IReadOnlyList<LayoutPassage> Closing { get; init; } = [];

    /// <summary>The number as the document wrote it ("/KH-UBND"): while the plan keeps it, the appendices keep their own "(Kèm theo …)" lines.</summary>
    public string? Number { get; init; }

    /// <summary>"Lưu: VT, STTTT." closing the recipients.</summary>
    public string? ArchiveNote { get; init; }

    /// <summary>The field labels as the document words them, by field: "lead" → "Đơn vị chủ trì".</summary>
    public IReadOnlyDictionary<string, string> FieldLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>The activities' lead and coordinating units and other fields as written, by activity path ("2.1").</summary>
    public IReadOnlyList<LayoutActivity> Activities { get; init; } = [];

    /// <summary>Appendices (or parts of them) that no plan table holds: their heading, paragraphs and tables.</summary>
    public IReadOnlyList<LayoutAppendix> Appendices { get; init; } = [];

    public bool IsEmpty => LegalBases.Count == 0 && Preamble.Count == 0 && Parts.Count == 0 && Closing.Count == 0 && Appendices.Count == 0;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The layout a stored JSON holds; null for none or for a shape this version cannot read.</summary>
    public static DocumentLayout? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<DocumentLayout>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A key of a text for the fingerprints: folded letters and digits only.</summary>
    public static string Key(string? text) => Text.VietnameseText.FoldKey(text ?? "");
}

/// <summary>
/// A paragraph as written (its list label included), or a table (<see cref="Rows"/>), and — inside a part of
/// activities — the path of the activity it follows (null: before the first one).
/// </summary>
public sealed record LayoutPassage(string Text, bool Bold = false, bool Italic = false)
{
    public string? After { get; init; }

    /// <summary>The rows of a table carried as it is (cells as written).</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Rows { get; init; }

    public bool IsTable => Rows is not null;
}

/// <summary>A Roman-numbered part: "IV" "TIẾN ĐỘ THỰC HIỆN" (kind as <see cref="SectionKind"/>), with what the plan does not hold.</summary>
public sealed record LayoutPart(string Label, string Title, SectionKind Kind)
{
    /// <summary>Every paragraph of the part, verbatim — for parts the writer reproduces as written.</summary>
    public IReadOnlyList<LayoutPassage> Verbatim { get; init; } = [];

    /// <summary>Paragraphs and tables the plan's fields do not hold, each after the activity it follows.</summary>
    public IReadOnlyList<LayoutPassage> Passthrough { get; init; } = [];

    /// <summary>The <see cref="DocumentLayout.Key"/> of the plan field the verbatim text was read into (null: none).</summary>
    public string? Fingerprint { get; init; }
}

/// <summary>An activity's texts as written: lead and coordinating units (recognised or not) and its other labelled fields.</summary>
public sealed record LayoutActivity(string Path, string Label, string Title)
{
    public string? Lead { get; init; }
    public string? Coordinating { get; init; }

    /// <summary>The numeral of the part the activity is written in ("III"); null without Roman parts or for a task-table row.</summary>
    public string? Part { get; init; }

    /// <summary>The labelled fields in the order written, each with its marker and label ("b) Đơn vị phối hợp:").</summary>
    public IReadOnlyList<LayoutField> Fields { get; init; } = [];

    /// <summary>The session of an agenda item as written ("Buổi sáng" of "a) Buổi sáng: Khai mạc …"); null: not a session.</summary>
    public string? Session { get; init; }

    /// <summary>A dated heading of an agenda ("1. Ngày 10/10/2025"): its date is its title, written under no time field.</summary>
    public bool AgendaDay { get; init; }
}

/// <param name="Field">Lead, Coordinating, Time, Location, Content, Form, Participants, Budget or Note.</param>
/// <param name="Prefix">The marker and label as written, with the colon ("- Thời gian thực hiện:"); for a note, the marker only.</param>
public sealed record LayoutField(string Field, string Prefix);

/// <summary>An appendix heading with its title, "(Kèm theo …)" line, the paragraphs and the tables Lantoa does not keep elsewhere.</summary>
public sealed record LayoutAppendix(string Label, string? Title, string? AttachedTo)
{
    /// <summary>Whether the whole appendix is carried here (no plan table holds it).</summary>
    public bool Whole { get; init; }

    /// <summary>The header row of its first table, as written ("STT", "Nội dung", …, "Ghi chú").</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];

    public IReadOnlyList<LayoutPassage> Passages { get; init; } = [];
}
