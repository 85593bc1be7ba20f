using System.Text.RegularExpressions;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Geography;
using Lantoa.Domain.Text;
using Lantoa.Domain.Units;

namespace Lantoa.Domain.Documents;

/// <summary>
/// Finds the province of a plan document: the provinces that existed on the plan's date are scored by where the
/// document names them — the issuer (and the body above it) weigh most, then the place line, the title, sentences
/// that say "tỉnh X" ("trên địa bàn tỉnh Bình Định"), and the district (before 1/7/2025) or commune committees it
/// names ("UBND thị xã An Nhơn" is Bình Định's). The best score wins; a document that names no province has none.
/// </summary>
public static partial class DocumentProvinceDetector
{
    private const double IssuerWeight = 10;
    private const double PlaceWeight = 6;
    private const double TitleWeight = 5;
    private const double TextWeight = 1;
    private const double TextCap = 5;
    private const double UnitWeight = 1;
    private const double UnitCap = 5;
    private const int ScannedLines = 4000;

    /// <summary>
    /// Reads the document twice: once without units to find its date and province, then with the resolver of the
    /// province (<paramref name="resolverFor"/>: detected, or <paramref name="givenCode"/> when set), as of the plan's
    /// date. The plan carries the province (<see cref="ParsedPlan.Province"/>).
    /// </summary>
    public static ParsedPlan Parse(SourceDocument document, AdminGeography geography, string? givenCode,
        Func<string, DateOnly?, UnitNameResolver?> resolverFor)
    {
        var bare = PlanDocumentParser.Parse(document);
        var detected = Detect(bare, document, geography);
        var day = PlanDay(bare);
        var province = givenCode is null || givenCode == detected?.Code
            ? detected
            : Given(givenCode, day, geography);
        var resolver = province is null ? null : resolverFor(province.Code, day);
        var plan = resolver is null ? bare : PlanDocumentParser.Parse(document, resolver);
        plan.Province = province;
        plan.DetectedProvince = detected;
        return plan;
    }

    /// <summary>A province given rather than read (from --province or an administrator's choice).</summary>
    public static DocumentProvince? Given(string code, DateOnly? day, AdminGeography geography)
    {
        var p = day is { } d ? geography.Province(code, d) : null;
        p ??= geography.UnitsOf(code).LastOrDefault(u => u.Level == AdminLevel.Province);
        return p is null ? null : new DocumentProvince(code, ProvinceNames.Short(p.Name), day, [], Detected: false);
    }

    /// <summary>The day the plan's units are looked up for: its date, or 1 July of the year in its title.</summary>
    public static DateOnly? PlanDay(ParsedPlan plan)
    {
        if (plan.IssuedOn is { } issued) return issued.FirstDay;
        return plan.Title is { } title && Year().Match(title) is { Success: true } m ? new DateOnly(int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture), 7, 1) : null;
    }

    /// <summary>The province the document names most strongly on its date; null when it names none.</summary>
    public static DocumentProvince? Detect(ParsedPlan plan, SourceDocument document, AdminGeography geography)
    {
        var day = PlanDay(plan);
        var provinces = (day is { } d ? geography.ProvincesOn(d) : geography.Provinces).ToList();
        if (provinces.Count == 0) return null;
        var scores = provinces.ToDictionary(p => p, _ => new Score());
        var forms = provinces.SelectMany(p => ProvinceNames.Written(p).Select(w => (Province: p, Written: w, Key: " " + VietnameseText.FoldKey(w) + " ", Levelled: w.Contains(' ') && !w.StartsWith(ProvinceNames.Short(p.Name), StringComparison.Ordinal))))
            .OrderByDescending(f => f.Key.Length)
            .ToList();
        var lines = Lines(document).Take(ScannedLines).ToList();

        void Header(string? text, string source, double weight)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            var found = FirstForm(text, forms.Where(f => source != "place" || !f.Levelled));
            if (found is { } f)
            {
                scores[f.Province].Add(weight, new ProvinceEvidence(source, f.Written, LineOf(lines, f.Written, source)));
                return;
            }

            // "ỦY BAN NHÂN DÂN THỊ XÃ AN NHƠN", "An Nhơn, ngày …": a district or commune of one province only.
            if (PlaceOf(text, source == "place", provinces, geography, day) is { } place)
                scores[place.Province].Add(weight * 0.7, new ProvinceEvidence(source, place.Name, LineOf(lines, source == "place" ? text : place.Name, source)));
        }

        Header(plan.Issuer, "issuer", IssuerWeight);
        Header(plan.ParentIssuer, "parentIssuer", IssuerWeight);
        Header(plan.Place, "place", PlaceWeight);
        Header(plan.Title, "title", TitleWeight);

        var districts = DistrictNames(provinces, geography, day);
        // The header's and title's own lines already counted.
        var counted = scores.Values.SelectMany(v => v.Evidence).Select(e => e.Line).OfType<int>().ToHashSet();
        foreach (var (line, text) in lines)
        {
            var key = " " + VietnameseText.FoldKey(text) + " ";
            foreach (var f in forms.Where(f => f.Levelled && !counted.Contains(line)))
            {
                if (key.Contains(f.Key, StringComparison.Ordinal))
                    scores[f.Province].AddCapped(TextWeight, TextCap, "text", new ProvinceEvidence("text", Excerpt(text, f.Written), line));
            }

            foreach (Match m in CommitteeOf().Matches(key))
            {
                var words = m.Groups["name"].Value.Trim().Split(' ');
                for (var k = words.Length; k > 0; k--)
                {
                    if (!districts.TryGetValue(m.Groups["type"].Value + " " + string.Join(' ', words.Take(k)), out var owners)) continue;
                    if (owners.Count == 1)
                        scores[owners[0].Province].AddCapped(UnitWeight, UnitCap, "unit", new ProvinceEvidence("unit", "UBND " + LowerFirst(owners[0].Name), line), owners[0].Name);
                    break;
                }
            }
        }

        var best = scores.Where(s => s.Value.Total > 0).OrderByDescending(s => s.Value.Total).ThenBy(s => s.Key.Code, StringComparer.Ordinal).FirstOrDefault();
        if (best.Key is null) return null;
        return new DocumentProvince(best.Key.Code, ProvinceNames.Short(best.Key.Name), day, best.Value.Evidence);
    }

    /// <summary>
    /// A Vietnamese error when the plan's province is not <paramref name="provinceCode"/>: a coordinator may import
    /// only plans of their own province. Null when they agree or the document names no province.
    /// </summary>
    public static Finding? OtherProvince(ParsedPlan plan, string provinceCode, string provinceName)
    {
        if (plan.DetectedProvince is not { } detected || detected.Code == provinceCode) return null;
        var first = detected.Evidence.FirstOrDefault();
        var why = first is null ? "" : $" (căn cứ: {Describe(first)})";
        return new Finding(Severity.Error, "other-province",
            $"Văn bản này là kế hoạch của {detected.Name}{why}, không phải của {provinceName}: không nhập được vào {provinceName}, chưa tạo gì.",
            first?.Line is { } l ? $"dòng {l}" : null, first?.Line);
    }

    /// <summary>"cơ quan ban hành “tỉnh Bình Định”, dòng 1".</summary>
    public static string Describe(ProvinceEvidence e) => (e.Source switch
    {
        "issuer" => "cơ quan ban hành",
        "parentIssuer" => "cơ quan chủ quản",
        "place" => "địa danh",
        "title" => "tiêu đề",
        "unit" => "đơn vị được nêu",
        _ => "nội dung",
    }) + $" “{e.Text}”" + (e.Line is { } l ? $", dòng {l}" : "");

    /// <summary>The first line that writes the words: among the first lines for the header, anywhere for the title.</summary>
    private static int? LineOf(List<(int Line, string Text)> lines, string words, string source)
    {
        var key = " " + VietnameseText.FoldKey(words) + " ";
        var scope = source is "issuer" or "parentIssuer" or "place" ? lines.Take(40) : lines;
        foreach (var (line, text) in scope)
            if ((" " + VietnameseText.FoldKey(text) + " ").Contains(key, StringComparison.Ordinal)) return line;
        return null;
    }

    private static (GeoUnit Province, string Written)? FirstForm(string text, IEnumerable<(GeoUnit Province, string Written, string Key, bool Levelled)> forms)
    {
        var key = " " + VietnameseText.FoldKey(text) + " ";
        foreach (var f in forms)
            if (key.Contains(f.Key, StringComparison.Ordinal)) return (f.Province, f.Written);
        return null;
    }

    /// <summary>The province of the one district (or, after the reform, commune) that the text names, if only one province has it.</summary>
    private static (GeoUnit Province, string Name)? PlaceOf(string text, bool bareName, List<GeoUnit> provinces, AdminGeography geography, DateOnly? day)
    {
        var key = VietnameseText.FoldKey(text);
        var hits = new List<(GeoUnit Province, string Name)>();
        foreach (var p in provinces)
        {
            foreach (var u in geography.UnitsOf(p.Code).Where(u => u.Level != AdminLevel.Province && (day is not { } d || u.IsValidOn(d))))
            {
                var full = VietnameseText.FoldKey(u.Name);
                var bare = VietnameseText.FoldKey(u.Name[u.Type.Length..]);
                if (key.EndsWith(" " + full, StringComparison.Ordinal) || key == full || (bareName && key == bare))
                    hits.Add((p, u.Name));
            }
        }

        var owners = hits.Select(h => h.Province.Code).Distinct().ToList();
        return owners.Count == 1 ? hits[0] : null;
    }

    /// <summary>Folded "huyện an nhơn" → the districts of that name (before 1/7/2025) on the day.</summary>
    private static Dictionary<string, List<(GeoUnit Province, string Name)>> DistrictNames(List<GeoUnit> provinces, AdminGeography geography, DateOnly? day)
    {
        var map = new Dictionary<string, List<(GeoUnit, string)>>();
        foreach (var p in provinces)
            foreach (var u in geography.UnitsOf(p.Code).Where(u => u.Level == AdminLevel.District && (day is not { } d || u.IsValidOn(d))))
            {
                var k = VietnameseText.FoldKey(u.Name);
                if (!map.TryGetValue(k, out var list)) map[k] = list = [];
                list.Add((p, u.Name));
            }

        return map;
    }

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    private static string Excerpt(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || text.Length <= 80) return text.Length <= 80 ? text : text[..80] + "…";
        var start = Math.Max(0, at - 30);
        var end = Math.Min(text.Length, at + name.Length + 10);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }

    private static IEnumerable<(int Line, string Text)> Lines(SourceDocument document)
    {
        foreach (var block in document.Blocks ?? [])
        {
            if (block is SourceParagraph p && !string.IsNullOrWhiteSpace(p.Text)) yield return (p.Line, p.Text.Length > 2000 ? p.Text[..2000] : p.Text);
            else if (block is SourceTable t)
                foreach (var cell in (t.Rows ?? []).SelectMany(r => r ?? []).Where(c => !string.IsNullOrWhiteSpace(c)))
                    yield return (t.Line, cell.Length > 2000 ? cell[..2000] : cell);
        }
    }

    [GeneratedRegex(@"\b20\d\d\b")]
    private static partial Regex Year();

    /// <summary>"ubnd thi xa an nhon", "uy ban nhan dan huyen tuy phuoc" in a folded line (names of up to four words).</summary>
    [GeneratedRegex(@"(?:ubnd|uy ban nhan dan) (?<type>huyen|thi xa|thanh pho|quan) (?<name>(?:\w+ ){0,3}\w+)")]
    private static partial Regex CommitteeOf();

    private sealed class Score
    {
        private readonly Dictionary<string, double> _capped = [];
        private readonly HashSet<string> _seen = [];

        public double Total { get; private set; }

        public List<ProvinceEvidence> Evidence { get; } = [];

        public void Add(double weight, ProvinceEvidence evidence)
        {
            Total += weight;
            Evidence.Add(evidence);
        }

        public void AddCapped(double weight, double cap, string source, ProvinceEvidence evidence, string? distinct = null)
        {
            if (distinct is not null && !_seen.Add(distinct)) return;
            var used = _capped.GetValueOrDefault(source);
            if (used >= cap) return;
            _capped[source] = used + weight;
            Total += weight;
            if (Evidence.Count(e => e.Source == source) < 3) Evidence.Add(evidence);
        }
    }
}
