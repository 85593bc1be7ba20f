namespace Lantoa.Domain.Units;

/// <summary>What sort of body a unit (đơn vị) is. Group rules select units by kind.</summary>
public enum UnitKind
{
    /// <summary>UBND tỉnh — the provincial People's Committee.</summary>
    ProvincialCommittee,

    /// <summary>Sở, ban, ngành tỉnh and the PC's office: departments and agencies of the province.</summary>
    Department,

    /// <summary>UBND huyện, thị xã, thành phố — gone from 1/7/2025.</summary>
    DistrictCommittee,

    /// <summary>UBND xã, phường, thị trấn, đặc khu.</summary>
    CommuneCommittee,

    /// <summary>Báo, Đài phát thanh và truyền hình.</summary>
    Press,

    /// <summary>Ủy ban MTTQ, Tỉnh Đoàn, Hội Liên hiệp phụ nữ … — the mass organisations.</summary>
    MassOrganisation,

    /// <summary>VNPT, Viettel, Bưu điện tỉnh …</summary>
    Enterprise,

    School,

    /// <summary>Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ đội Biên phòng.</summary>
    PoliceMilitary,

    /// <summary>Cơ quan Trung ương đóng trên địa bàn: Cục Thuế, Kho bạc, Bảo hiểm xã hội …</summary>
    CentralAgency,

    Other,
}

public static class UnitKindNames
{
    public static string Vietnamese(this UnitKind kind) => kind switch
    {
        UnitKind.ProvincialCommittee => "UBND tỉnh",
        UnitKind.Department => "Sở, ban, ngành tỉnh",
        UnitKind.DistrictCommittee => "UBND cấp huyện",
        UnitKind.CommuneCommittee => "UBND cấp xã",
        UnitKind.Press => "Cơ quan báo chí",
        UnitKind.MassOrganisation => "Tổ chức chính trị - xã hội",
        UnitKind.Enterprise => "Doanh nghiệp",
        UnitKind.School => "Trường học",
        UnitKind.PoliceMilitary => "Công an, quân sự",
        UnitKind.CentralAgency => "Cơ quan Trung ương trên địa bàn",
        _ => "Khác",
    };
}
