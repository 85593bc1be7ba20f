namespace Lantoa.Domain.Units;

/// <summary>
/// The words <see cref="UnitNameResolver"/> knows about unit names as plans write them, kept here so they can be
/// reviewed and extended in one place. Entries are written as a person would write them; the resolver folds them
/// (<see cref="Text.VietnameseText.FoldKey"/>), so "&amp;" and "và", "Đ" and "D", case and diacritics are all the same.
/// </summary>
public static class UnitNameVocabulary
{
    /// <summary>Abbreviation → what it stands for. Multi-word keys ("PT và TH") are matched as whole phrases.</summary>
    public static IReadOnlyDictionary<string, string> Abbreviations { get; } = new Dictionary<string, string>
    {
        // Bodies of the state and the Front
        ["UBND"] = "Ủy ban nhân dân",
        ["HĐND"] = "Hội đồng nhân dân",
        ["VP"] = "Văn phòng",
        ["VPUB"] = "Văn phòng Ủy ban nhân dân",
        ["VPUBND"] = "Văn phòng Ủy ban nhân dân",
        ["MTTQ"] = "Mặt trận Tổ quốc",
        ["MTTQVN"] = "Mặt trận Tổ quốc Việt Nam",
        ["UBMTTQ"] = "Ủy ban Mặt trận Tổ quốc",
        ["UBMTTQVN"] = "Ủy ban Mặt trận Tổ quốc Việt Nam",
        ["VN"] = "Việt Nam",
        ["TW"] = "Trung ương",
        ["CT-XH"] = "chính trị - xã hội",
        ["CTXH"] = "chính trị - xã hội",
        ["BTG"] = "Ban Tuyên giáo",

        // Departments (sở) and their fields
        ["TT và TT"] = "Thông tin và Truyền thông",
        ["TT-TT"] = "Thông tin và Truyền thông",
        ["TTTT"] = "Thông tin và Truyền thông",
        ["STTTT"] = "Sở Thông tin và Truyền thông",
        ["KH và CN"] = "Khoa học và Công nghệ",
        ["KHCN"] = "Khoa học và Công nghệ",
        ["SKHCN"] = "Sở Khoa học và Công nghệ",
        ["GD và ĐT"] = "Giáo dục và Đào tạo",
        ["GDĐT"] = "Giáo dục và Đào tạo",
        ["SGDĐT"] = "Sở Giáo dục và Đào tạo",
        ["KH và ĐT"] = "Kế hoạch và Đầu tư",
        ["KHĐT"] = "Kế hoạch và Đầu tư",
        ["VH, TT và DL"] = "Văn hóa, Thể thao và Du lịch",
        ["VHTT và DL"] = "Văn hóa, Thể thao và Du lịch",
        ["VHTTDL"] = "Văn hóa, Thể thao và Du lịch",
        ["NN và PTNT"] = "Nông nghiệp và Phát triển nông thôn",
        ["NNPTNT"] = "Nông nghiệp và Phát triển nông thôn",
        ["TN và MT"] = "Tài nguyên và Môi trường",
        ["TNMT"] = "Tài nguyên và Môi trường",
        ["GTVT"] = "Giao thông vận tải",
        ["LĐ-TB và XH"] = "Lao động - Thương binh và Xã hội",
        ["LĐTBXH"] = "Lao động - Thương binh và Xã hội",
        ["CNTT"] = "Công nghệ thông tin",
        ["BCVT"] = "Bưu chính, Viễn thông",
        ["BQL"] = "Ban Quản lý",
        ["KKT"] = "Khu kinh tế",
        ["KCN"] = "Khu công nghiệp",
        ["HCC"] = "hành chính công",
        ["PVHCC"] = "Phục vụ hành chính công",
        ["TTPVHCC"] = "Trung tâm Phục vụ hành chính công",
        ["TTTH và CB"] = "Trung tâm Tin học và Công báo",

        // Press
        ["PT và TH"] = "Phát thanh và Truyền hình",
        ["PTTH"] = "Phát thanh và Truyền hình",
        ["TTXVN"] = "Thông tấn xã Việt Nam",

        // Mass organisations
        ["TNCS"] = "Thanh niên Cộng sản",
        ["HCM"] = "Hồ Chí Minh",
        ["LHPN"] = "Liên hiệp Phụ nữ",
        ["CCB"] = "Cựu chiến binh",
        ["LĐLĐ"] = "Liên đoàn Lao động",

        // Police, military, central agencies
        ["BCH"] = "Bộ Chỉ huy",
        ["BCHQS"] = "Bộ Chỉ huy Quân sự",
        ["QS"] = "Quân sự",
        ["BĐBP"] = "Bộ đội Biên phòng",
        ["BCHBĐBP"] = "Bộ Chỉ huy Bộ đội Biên phòng",
        ["BHXH"] = "Bảo hiểm xã hội",
        ["KBNN"] = "Kho bạc Nhà nước",
        ["THADS"] = "Thi hành án dân sự",
        ["TAND"] = "Tòa án nhân dân",
        ["VKSND"] = "Viện Kiểm sát nhân dân",

        // Places
        ["TP"] = "Thành phố",
        ["TX"] = "Thị xã",
    };

    /// <summary>Courtesy words that open a name in a plan and are not part of it: "Đề nghị Tỉnh Đoàn".</summary>
    public static IReadOnlyList<string> LeadingPhrases { get; } = ["Trân trọng đề nghị", "Kính đề nghị", "Đề nghị", "Yêu cầu"];

    /// <summary>
    /// Words that close a name without changing who is meant ("Công an tỉnh", "các doanh nghiệp có liên quan trên
    /// địa bàn tỉnh", "Hội Liên hiệp phụ nữ các cấp cơ sở"); stripped repeatedly from the end, together with the
    /// province name. "có liên quan" narrows a group in words only: the work still goes to every member.
    /// </summary>
    public static IReadOnlyList<string> TrailingQualifiers { get; } =
    [
        "tỉnh", "cấp tỉnh", "tại", "trên địa bàn", "đóng trên địa bàn", "tại địa phương", "trên địa phương",
        "có liên quan", "liên quan", "các cấp", "các cấp cơ sở", "cấp cơ sở",
    ];

    /// <summary>Words ignored anywhere in a name: "UBND các huyện" = "UBND huyện"; "Sở Thông tin Truyền thông" = "… và …".</summary>
    public static IReadOnlyList<string> IgnoredWords { get; } = ["và", "các", "những"];

    /// <summary>First words of the field labels that precede a list of units in a plan: "Cơ quan chủ trì:", "Đơn vị phối hợp thực hiện:".</summary>
    public static IReadOnlyList<string> LabelHeads { get; } = ["Cơ quan", "Đơn vị"];
}
