using System.Text.RegularExpressions;
using Lantoa.Domain.Text;

namespace Lantoa.Domain.Teams;

/// <summary>A category of guidance of a campaign ("Hướng dẫn sử dụng dịch vụ công trực tuyến"), keyed for logs.</summary>
public sealed record CampaignCategory(string Key, string Name);

/// <summary>
/// A field campaign on a plan's activity: its days, its categories of guidance (from the activity's contents, editable),
/// and the communes taking part with their households (the denominator of coverage) and targets.
/// </summary>
public sealed class FieldCampaign
{
    private readonly List<CampaignCategory> _categories = [];

    private FieldCampaign() { }

    public FieldCampaign(int provinceId, int planId, int activityId, string title, DateOnly startsOn, DateOnly endsOn, IEnumerable<CampaignCategory> categories)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Tên chiến dịch không được để trống.");
        if (endsOn < startsOn) throw new DomainException("Ngày kết thúc chiến dịch phải sau ngày bắt đầu.");
        ProvinceId = provinceId;
        PlanId = planId;
        ActivityId = activityId;
        Title = title.Trim().Normalize();
        StartsOn = startsOn;
        EndsOn = endsOn;
        SetCategories(categories);
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int PlanId { get; private set; }
    public int ActivityId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public IReadOnlyList<CampaignCategory> Categories => _categories;

    public void SetCategories(IEnumerable<CampaignCategory> categories)
    {
        var list = categories.ToList();
        if (list.Count == 0) throw new DomainException("Chiến dịch cần ít nhất một nội dung hướng dẫn.");
        if (list.Select(c => c.Key).Distinct().Count() != list.Count) throw new DomainException("Hai nội dung hướng dẫn trùng mã.");
        _categories.Clear();
        _categories.AddRange(list);
    }

    public bool Covers(DateOnly day) => StartsOn <= day && day <= EndsOn;
}

/// <summary>A commune taking part in a campaign: its households (entered or imported) and its targets.</summary>
public sealed class CampaignCommune
{
    private CampaignCommune() { }

    public CampaignCommune(int campaignId, string communeCode, int households, int? targetHouseholds, int? targetPeople)
    {
        if (households < 0) throw new DomainException("Số hộ của xã không được âm.");
        CampaignId = campaignId;
        CommuneCode = communeCode;
        Households = households;
        TargetHouseholds = targetHouseholds;
        TargetPeople = targetPeople;
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public string CommuneCode { get; private set; } = "";
    public int Households { get; set; }
    public int? TargetHouseholds { get; set; }
    public int? TargetPeople { get; set; }
}

/// <summary>
/// Reads a campaign's categories of guidance from an activity's text: numbered contents — "(1) Hướng dẫn …; (2) …" or
/// "1. … 2. …" — after "nội dung"; failing those, a list after "nội dung:" (or in parentheses) split on ";" and " và ".
/// Works on any plan's wording: nothing is known of a particular seed.
/// </summary>
public static partial class CampaignCategories
{
    [GeneratedRegex(@"(?:^|[\s;:,])\(?(\d{1,2})[\)\.]\s+(?=\p{L})", RegexOptions.Multiline)]
    private static partial Regex Number();

    [GeneratedRegex(@"n[ộo]i dung(?:\s+(?:hướng dẫn|tuyên truyền))?\s*:\s*(.+)", RegexOptions.IgnoreCase)]
    private static partial Regex AfterContents();

    [GeneratedRegex(@"\(\*?([^()]{10,}?)\*?\)")]
    private static partial Regex Parenthesised();

    public static IReadOnlyList<CampaignCategory> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var s = VietnameseText.Normalize(text).Replace("**", "").Replace("*", "");
        var numbered = Numbered(s);
        if (numbered.Count >= 2) return Keyed(numbered);
        var m = AfterContents().Match(s);
        if (m.Success) return Keyed(Split(m.Groups[1].Value.Split('.')[0]));
        var p = Parenthesised().Match(VietnameseText.Normalize(text));
        return p.Success ? Keyed(Split(p.Groups[1].Value.Trim('*'))) : [];
    }

    private static List<string> Numbered(string s)
    {
        var matches = Number().Matches(s).Where(x => x.Groups[1].Value != "0").ToList();
        // Keep the first run 1, 2, 3 … in order.
        var run = new List<Match>();
        foreach (var x in matches)
        {
            var n = int.Parse(x.Groups[1].Value);
            if (n == run.Count + 1) run.Add(x);
            else if (n == 1 && run.Count < 2) run = [x];
        }
        var items = new List<string>();
        for (var i = 0; i < run.Count; i++)
        {
            var start = run[i].Index + run[i].Length;
            var end = i + 1 < run.Count ? run[i + 1].Index : s.Length;
            var item = s[start..end];
            if (i == run.Count - 1)
            {
                var stop = item.IndexOfAny(['\n', '.']);
                if (stop >= 0) item = item[..stop];
            }
            items.Add(item);
        }
        return items;
    }

    private static List<string> Split(string list) =>
        list.Split([";", " và "], StringSplitOptions.None).ToList();

    private static IReadOnlyList<CampaignCategory> Keyed(IEnumerable<string> names)
    {
        var result = new List<CampaignCategory>();
        foreach (var raw in names)
        {
            var name = raw.Trim().TrimEnd(';', '.', ',', ':').Trim();
            if (name.Length < 3) continue;
            name = char.ToUpper(name[0]) + name[1..];
            var key = KeyOf(name);
            var k = key;
            for (var n = 2; result.Any(c => c.Key == k); n++) k = key + "-" + n;
            result.Add(new CampaignCategory(k, name));
        }
        return result;
    }

    /// <summary>A short stable key from the name: folded words, without "hướng dẫn", at most 40 characters.</summary>
    public static string KeyOf(string name)
    {
        var words = VietnameseText.FoldKey(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 2 && words[0] == "huong" && words[1] == "dan") words.RemoveRange(0, 2);
        var key = string.Join('-', words);
        return key.Length <= 40 ? key : key[..40].TrimEnd('-');
    }
}

/// <summary>A campaign's days from its text: the first "từ ngày 01/10/2024 đến ngày 10/10/2024" (or "01/10 – 10/10/2024").</summary>
public static partial class CampaignWindow
{
    [GeneratedRegex(@"(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\s*(?:đến(?: ngày)?|-|–)\s*(?:ngày\s*)?(\d{1,2})/(\d{1,2})/(\d{4})")]
    private static partial Regex Range();

    public static (DateOnly From, DateOnly To)? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (Match m in Range().Matches(VietnameseText.Normalize(text)))
        {
            var y2 = int.Parse(m.Groups[6].Value);
            var y1 = m.Groups[3].Success ? int.Parse(m.Groups[3].Value) : y2;
            try
            {
                var from = new DateOnly(y1, int.Parse(m.Groups[2].Value), int.Parse(m.Groups[1].Value));
                var to = new DateOnly(y2, int.Parse(m.Groups[5].Value), int.Parse(m.Groups[4].Value));
                if (to >= from) return (from, to);
            }
            catch (ArgumentOutOfRangeException) { }
        }
        return null;
    }
}
