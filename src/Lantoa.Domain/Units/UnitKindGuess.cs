using Lantoa.Domain.Text;

namespace Lantoa.Domain.Units;

/// <summary>
/// The kind of a unit from its written name, for a unit created from a name no catalogue knows ("Công ty cổ phần
/// Phần mềm Quy Nhơn" → enterprise). A guess the user may change: the first rule whose words open the name wins.
/// </summary>
public static class UnitKindGuess
{
    private static readonly (string[] Starts, UnitKind Kind)[] Rules =
    [
        (["ubnd xa", "ubnd phuong", "ubnd thi tran", "ubnd dac khu", "uy ban nhan dan xa", "uy ban nhan dan phuong", "uy ban nhan dan thi tran"], UnitKind.CommuneCommittee),
        (["ubnd huyen", "ubnd thi xa", "ubnd quan", "ubnd thanh pho", "uy ban nhan dan huyen", "uy ban nhan dan thi xa", "uy ban nhan dan quan"], UnitKind.DistrictCommittee),
        (["cong ty", "tap doan", "tong cong ty", "chi nhanh", "ngan hang thuong mai", "viettel", "vnpt", "mobifone", "fpt", "buu dien", "vien thong", "doanh nghiep", "hop tac xa"], UnitKind.Enterprise),
        (["truong", "hoc vien", "dai hoc"], UnitKind.School),
        (["bao ", "dai phat thanh", "dai truyen hinh", "tap chi", "dai ptth"], UnitKind.Press),
        (["hoi ", "doan ", "lien doan", "uy ban mat tran", "mat tran", "tinh doan", "thanh doan", "lien hiep"], UnitKind.MassOrganisation),
        (["cong an", "bo chi huy", "bo doi", "bchqs", "quan khu"], UnitKind.PoliceMilitary),
        (["cuc ", "kho bac", "bao hiem xa hoi", "toa an", "vien kiem sat", "ngan hang nha nuoc", "chi cuc", "thue "], UnitKind.CentralAgency),
        (["so ", "ban quan ly", "van phong", "thanh tra", "ban dan toc"], UnitKind.Department),
    ];

    public static UnitKind FromName(string written)
    {
        var key = VietnameseText.FoldKey(written) + " ";
        foreach (var (starts, kind) in Rules)
            if (starts.Any(s => key.StartsWith(s.TrimEnd() + " ", StringComparison.Ordinal))) return kind;
        return UnitKind.Other;
    }
}
