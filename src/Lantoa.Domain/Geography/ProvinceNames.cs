namespace Lantoa.Domain.Geography;

/// <summary>How documents write a province's name: "Tỉnh Bình Định" is "Bình Định", "tỉnh Bình Định", "Bình Định".</summary>
public static class ProvinceNames
{
    /// <summary>
    /// Names a province had before the snapshot that documents of the period still use, by code: Thừa Thiên Huế became
    /// Thành phố Huế on 01/01/2025 (Resolution 1314/NQ-UBTVQH15), after the 2024 plans were written.
    /// </summary>
    private static readonly Dictionary<string, string[]> Former = new()
    {
        ["46"] = ["Thừa Thiên Huế", "Thừa Thiên - Huế"],
    };

    /// <summary>"Tỉnh Bình Định" → "Bình Định"; "Thành phố Hồ Chí Minh" → "Hồ Chí Minh".</summary>
    public static string Short(string fullName)
    {
        var name = Text.VietnameseText.Normalize(fullName);
        foreach (var prefix in new[] { "Thành phố ", "Tỉnh " })
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return name[prefix.Length..];
        return name;
    }

    /// <summary>Whether the province is a centrally-run city ("thành phố trực thuộc trung ương").</summary>
    public static bool IsCity(GeoUnit province) => province.Type == "Thành phố";

    /// <summary>"tỉnh" or "thành phố": the word plans put before the name, and after a department ("Công an tỉnh").</summary>
    public static string LevelWord(GeoUnit province) => IsCity(province) ? "thành phố" : "tỉnh";

    /// <summary>
    /// The ways a document may name the province: "Bình Định", "tỉnh Bình Định", and former names. The bare name of
    /// Hồ Chí Minh City is left out: "Đoàn Thanh niên Cộng sản Hồ Chí Minh" is every province's Youth Union.
    /// </summary>
    public static IReadOnlyList<string> Written(GeoUnit province)
    {
        var shortName = Short(province.Name);
        var level = LevelWord(province);
        var names = new List<string> { $"{level} {shortName}" };
        if (shortName != "Hồ Chí Minh") names.Add(shortName);
        else names.AddRange(["TP Hồ Chí Minh", "TP. Hồ Chí Minh", "TPHCM", "TP HCM", "TP.HCM"]);
        if (province.ValidTo is not null && Former.TryGetValue(province.Code, out var former))
            foreach (var f in former) names.AddRange([$"tỉnh {f}", f]);
        return names;
    }
}
