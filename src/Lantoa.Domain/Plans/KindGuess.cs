using Lantoa.Domain.Text;

namespace Lantoa.Domain.Plans;

/// <summary>
/// The kind of a plan or an activity guessed from its title, for a document that does not say: "Tổ chức triển lãm …"
/// is an exhibition, "Kế hoạch … Ngày Chuyển đổi số quốc gia" a DX Day plan. The first rule that matches wins; the
/// user can change the kind afterwards.
/// </summary>
public static class KindGuess
{
    private static readonly (string[] Keys, ActivityKind Kind)[] ActivityRules =
    [
        (["dien tap"], ActivityKind.Drill),
        (["trien lam", "trung bay"], ActivityKind.Exhibition),
        (["thi truc tuyen", "trac nghiem", "rung chuong vang", "thi tim hieu"], ActivityKind.QuizContest),
        (["cuoc thi", "hoi thi"], ActivityKind.SubmissionContest),
        (["hoi nghi", "hoi thao", "toa dam", "dien dan"], ActivityKind.Conference),
        (["tap huan", "dao tao", "boi duong", "pho cap ky nang"], ActivityKind.Training),
        (["ra quan", "di tung ngo", "go tung nha", "huong dan nguoi dan", "chien dich"], ActivityKind.FieldCampaign),
        (["hop mat", "ngay hoi", "le phat dong", "phat dong", "mit tinh", "khen thuong", "bieu duong"], ActivityKind.MeetingCeremony),
        (["quang ba", "khuyen mai", "uu dai"], ActivityKind.Promotion),
        (["tuyen truyen", "truyen thong", "thong tin", "bai viet", "phong su", "chuyen muc", "bang ron", "khau hieu"], ActivityKind.Communications),
    ];

    public static ActivityKind Activity(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return ActivityKind.Other;
        var key = " " + VietnameseText.FoldKey(title) + " ";
        foreach (var (keys, kind) in ActivityRules)
            if (keys.Any(k => key.Contains(" " + k + " ", StringComparison.Ordinal))) return kind;
        return ActivityKind.Other;
    }

    public static PlanKind Plan(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return PlanKind.Other;
        var key = " " + VietnameseText.FoldKey(title) + " ";
        if (key.Contains(" ngay chuyen doi so ", StringComparison.Ordinal)) return PlanKind.DxDay;
        if (key.Contains(" tuan le ", StringComparison.Ordinal) || key.Contains(" tuan chuyen doi so ", StringComparison.Ordinal)) return PlanKind.DxWeek;
        if (key.Contains(" tuyen truyen ", StringComparison.Ordinal) || key.Contains(" truyen thong ", StringComparison.Ordinal)) return PlanKind.Communications;
        return PlanKind.Other;
    }
}
