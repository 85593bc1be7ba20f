using Lantoa.Domain.Geography;
using Lantoa.Domain.Text;

namespace Lantoa.Domain.Units;

/// <summary>A way of writing a province's name, the province it names and the period it named it.</summary>
public sealed record ProvincePlaceName(string Written, string ProvinceCode, string ProvinceName, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    internal string Key { get; } = " " + VietnameseText.FoldKey(Written) + " ";

    public bool IsValidOn(DateOnly? day) =>
        day is not { } d || ((ValidFrom is null || ValidFrom <= d) && (ValidTo is null || d <= ValidTo));
}

/// <summary>
/// Which province a resolver's units belong to and how every province is written, so that a name that carries
/// another province's name ("Đài Phát thanh và Truyền hình Bình Định" in a Long An plan) is never matched to a unit
/// of this one. A province code keeps its units across the 2025 reform (80 was Long An, is Tây Ninh from 1/7/2025), so
/// "own" depends on the day: "Tây Ninh" is another province on 10/10/2024 and this one on 10/10/2025.
/// </summary>
public sealed class ProvinceScope
{
    private readonly ProvincePlaceName[] _names;

    public ProvinceScope(string provinceCode, IEnumerable<ProvincePlaceName> everyProvinceName)
    {
        ProvinceCode = provinceCode;
        // Longest first, so that "thành phố Hồ Chí Minh" is found before a shorter name inside it.
        _names = everyProvinceName.OrderByDescending(n => n.Key.Length).ToArray();
    }

    public string ProvinceCode { get; }

    /// <summary>The names of this province (every period): names a unit may close with ("Công an tỉnh Long An").</summary>
    public IEnumerable<string> OwnNames => _names.Where(n => n.ProvinceCode == ProvinceCode).Select(n => n.Written).Distinct();

    /// <summary>From the administrative units: every province of both periods, with its written forms.</summary>
    public static ProvinceScope From(string provinceCode, IEnumerable<GeoUnit> provinces) =>
        new(provinceCode, provinces.Where(p => p.Level == AdminLevel.Province).SelectMany(p => ProvinceNames.Written(p)
            .Select(w => new ProvincePlaceName(w, p.Code, ProvinceNames.Short(p.Name), p.ValidFrom, p.ValidTo))));

    /// <summary>
    /// The other province a written name names, if any: a province name in it that is not this province's on
    /// <paramref name="asOf"/> (any period when no day is given).
    /// </summary>
    public ProvincePlaceName? ForeignIn(string written, DateOnly? asOf)
    {
        var key = " " + VietnameseText.FoldKey(written) + " ";
        foreach (var name in _names)
        {
            if (!key.Contains(name.Key, StringComparison.Ordinal)) continue;
            var own = _names.Any(n => n.ProvinceCode == ProvinceCode && n.Key == name.Key && n.IsValidOn(asOf));
            if (own) return null;
            return name;
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> (a candidate's name or alias) itself carries that province name.</summary>
    internal static bool Carries(string text, ProvincePlaceName name) =>
        (" " + VietnameseText.FoldKey(text) + " ").Contains(name.Key, StringComparison.Ordinal);
}
