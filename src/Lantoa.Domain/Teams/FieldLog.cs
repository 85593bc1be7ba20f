using Lantoa.Domain.Text;

namespace Lantoa.Domain.Teams;

/// <summary>
/// A visit or session recorded in the field. <see cref="ClientId"/> is made by the device before it is sent, so a resend
/// (offline queue, a retried request, a batch sent twice) is recognised and stored once.
/// </summary>
public sealed class FieldLog
{
    private FieldLog() { }

    public FieldLog(Guid clientId, int campaignId, int teamId, int userId, string communeCode, string? village, string category,
        DateOnly date, int households, int people, string? figuresJson, string? note, DateTimeOffset recordedAt)
    {
        ClientId = clientId; CampaignId = campaignId; TeamId = teamId; UserId = userId; CommuneCode = communeCode;
        Village = village; Category = category; Date = date; Households = households; People = people;
        FiguresJson = figuresJson; Note = note; RecordedAt = recordedAt;
    }

    public long Id { get; private set; }
    public Guid ClientId { get; private set; }
    public int CampaignId { get; private set; }
    public int TeamId { get; private set; }
    public int UserId { get; private set; }
    public string CommuneCode { get; private set; } = "";
    public string? Village { get; private set; }
    public string Category { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public int Households { get; private set; }
    public int People { get; private set; }
    public string? FiguresJson { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>One record as the device sends it (the API's and the offline page's shape).</summary>
public sealed record FieldLogInput(string? ClientId, int CampaignId, string? CommuneCode, string? Village, string? Category, DateOnly? Date,
    int Households, int People, IReadOnlyDictionary<string, int>? Figures, string? Note);

/// <summary>What the rules know of the member's situation: the campaign, its communes (code → households), the member's team communes.</summary>
public sealed record FieldLogContext(FieldCampaign Campaign, IReadOnlyDictionary<string, int> CampaignCommunes, IReadOnlySet<string> TeamCommunes);

/// <summary>Every check of a field log, each failure a Vietnamese message by field (camelCase as in the API).</summary>
public static class FieldLogRules
{
    public const int MaxPeoplePerRecord = 5_000;
    public const int MaxNote = 2_000;
    public const int MaxFigures = 20;

    public static Dictionary<string, string[]> Check(FieldLogInput input, FieldLogContext? context, out Guid clientId)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];
        if (!Guid.TryParse(input.ClientId, out clientId) || clientId == Guid.Empty)
            Add("clientId", "Mã bản ghi (clientId) phải là một UUID do thiết bị tạo.");
        if (context is null)
        {
            Add("campaignId", "Không có chiến dịch này trong phạm vi của tổ bạn.");
            return errors;
        }
        var campaign = context.Campaign;
        var commune = input.CommuneCode?.Trim() ?? "";
        if (!context.CampaignCommunes.ContainsKey(commune))
            Add("communeCode", $"Xã mã \"{commune}\" không tham gia chiến dịch.");
        else if (!context.TeamCommunes.Contains(commune))
            Add("communeCode", $"Xã mã \"{commune}\" không thuộc địa bàn tổ của bạn.");
        if (input.Category is null || campaign.Categories.All(c => c.Key != input.Category))
            Add("category", $"Nội dung \"{input.Category}\" không có trong chiến dịch; chọn một trong: {string.Join(", ", campaign.Categories.Select(c => c.Key))}.");
        if (input.Date is not { } date) Add("date", "Cần ngày thực hiện.");
        else if (!campaign.Covers(date))
            Add("date", $"Ngày {date:dd/MM/yyyy} nằm ngoài thời gian chiến dịch ({campaign.StartsOn:dd/MM/yyyy} – {campaign.EndsOn:dd/MM/yyyy}).");
        if (input.Households < 0) Add("households", "Số hộ không được âm.");
        else if (context.CampaignCommunes.TryGetValue(commune, out var total) && total > 0 && input.Households > total)
            Add("households", $"Số hộ ({input.Households}) lớn hơn số hộ của cả xã ({total}).");
        if (input.People < 0) Add("people", "Số người không được âm.");
        else if (input.People > MaxPeoplePerRecord) Add("people", $"Số người ({input.People}) quá lớn cho một lần ghi (tối đa {MaxPeoplePerRecord}).");
        if (input.Figures is { } figures)
        {
            if (figures.Count > MaxFigures) Add("figures", $"Tối đa {MaxFigures} chỉ số cho một lần ghi.");
            foreach (var (name, value) in figures)
            {
                if (string.IsNullOrWhiteSpace(name) || name.Length > 200) Add("figures", "Tên chỉ số không được để trống hay quá dài.");
                if (value < 0 || value > MaxPeoplePerRecord) Add("figures", $"Chỉ số \"{name}\" phải từ 0 đến {MaxPeoplePerRecord}.");
            }
        }
        if (input.Note is { Length: > MaxNote }) Add("note", $"Ghi chú tối đa {MaxNote} ký tự.");
        if (input.Village is { Length: > 200 }) Add("village", "Tên ấp, khu phố tối đa 200 ký tự.");
        return errors;
    }
}
