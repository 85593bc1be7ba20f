namespace Lantoa.Domain.Citizens;

/// <summary>One purpose of processing personal data (Decree 13/2023/NĐ-CP art. 11: consent per purpose, stated plainly).</summary>
public sealed record ConsentPurpose(string Key, string Title, string Description, bool Required);

/// <summary>The purposes a citizen is asked to agree to, each stated on the consent screen.</summary>
public static class ConsentPurposes
{
    public const string Account = "account";
    public const string Participation = "participation";
    public const string News = "news";
    public const string Statistics = "statistics";

    public static readonly IReadOnlyList<ConsentPurpose> All =
    [
        new(Account, "Quản lý tài khoản",
            "Dùng họ tên, ngày sinh, số điện thoại hoặc thư điện tử để tạo tài khoản, xác minh và đăng nhập.", true),
        new(Participation, "Tham gia hoạt động của chương trình",
            "Dùng nơi cư trú, nơi làm việc hoặc học tập để xét điều kiện tham gia cuộc thi, sự kiện và công bố kết quả (chỉ họ tên và địa bàn).", true),
        new(News, "Nhận thông tin về chương trình",
            "Gửi thư điện tử hoặc tin nhắn về cuộc thi, sự kiện mới của tỉnh.", false),
        new(Statistics, "Thống kê theo địa bàn",
            "Tính số người tham gia theo xã, phường, không kèm họ tên.", false),
    ];

    public static IEnumerable<string> RequiredKeys => All.Where(p => p.Required).Select(p => p.Key);

    public static bool IsKnown(string key) => All.Any(p => p.Key == key);
}
