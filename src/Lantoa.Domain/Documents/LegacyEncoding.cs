namespace Lantoa.Domain.Documents;

/// <summary>The legacy Vietnamese encoding a text seems to be written in.</summary>
public enum LegacyVietnameseEncoding
{
    None,

    /// <summary>TCVN3 (ABC, fonts ".VnTime"): one byte per letter; seen as Latin-1 it reads "Céng hoµ x· héi chñ nghÜa ViÖt Nam".</summary>
    Tcvn3,

    /// <summary>VNI (fonts "VNI-Times"): a base letter and a mark byte; seen as Latin-1 it reads "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".</summary>
    Vni,
}

/// <summary>
/// Recognises Vietnamese text in a pre-Unicode encoding (TCVN3/ABC or VNI), whether it arrives as raw bytes (read as
/// Latin-1) or was already mis-decoded into Unicode. Such text contains many Latin-1 letters and signs Vietnamese never
/// uses ("¸", "µ", "§", "Ö", "ö", "ø", "ñ", "û" …) and almost none of the letters only Unicode Vietnamese has
/// ("ă", "đ", "ơ", "ư", "ạ" … "ỹ"). Looks at the first 200 000 characters only.
/// </summary>
public static class LegacyEncoding
{
    private const int Sample = 200_000;

    /// <summary>The stable finding code.</summary>
    public const string FindingCode = "legacy-encoding";

    public static LegacyVietnameseEncoding Detect(string? text)
    {
        if (string.IsNullOrEmpty(text)) return LegacyVietnameseEncoding.None;
        var length = Math.Min(text.Length, Sample);
        int letters = 0, vietnamese = 0, foreign = 0, tcvn = 0, vni = 0;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (char.IsAsciiLetter(c)) letters++;
                continue;
            }

            if (IsUnicodeVietnamese(c))
            {
                vietnamese++;
                letters++;
                continue;
            }

            if (c > 0xFF) continue;
            if (char.IsLetter(c)) letters++;
            switch (c)
            {
                // TCVN3 shows these for á à ả ã ạ ă â đ Đ ê ô ơ ư (and more below).
                case '¸' or 'µ' or '¶' or '·' or '¹' or '¨' or '©' or '®' or '§' or 'ª' or '«' or '¬' or '\u00AD' or '»' or '¼' or '¾' or 'Æ' or 'Ë' or 'Ü' or 'Þ' or 'ß' or '÷':
                    tcvn++;
                    foreign++;
                    break;

                // VNI shows these for its marks (ư = ö, đ = ñ, the grave and hook marks ø û, dot below ï ä …).
                case 'ö' or 'ø' or 'û' or 'ï' or 'ñ' or 'Ñ' or 'ä' or 'ë' or 'å' or 'Ö' or 'Ø' or 'Û' or 'Ï' or 'Ä' or 'Å':
                    vni++;
                    foreign++;
                    break;

                case 'æ' or 'ç' or 'î' or 'ü' or 'þ' or 'ÿ' or 'Ç' or 'Î' or '×':
                    foreign++;
                    break;
            }
        }

        if (foreign < 8 || foreign < 3 * vietnamese || foreign * 50 < letters) return LegacyVietnameseEncoding.None;
        return vni > tcvn ? LegacyVietnameseEncoding.Vni : LegacyVietnameseEncoding.Tcvn3;
    }

    /// <summary>The Vietnamese message of the legacy-encoding finding.</summary>
    public static string Message(LegacyVietnameseEncoding encoding) =>
        "Văn bản dùng bảng mã cũ (TCVN3/VNI)"
        + (encoding switch
        {
            LegacyVietnameseEncoding.Vni => ", có vẻ là VNI (chữ hiện như “Coäng hoøa”)",
            LegacyVietnameseEncoding.Tcvn3 => ", có vẻ là TCVN3/ABC (chữ hiện như “Céng hoµ”)",
            _ => "",
        })
        + ", nên không đọc được tiếng Việt. Hãy chuyển sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã, hoặc đổi phông "
        + "sang Times New Roman trong Word) rồi tải lên lại.";

    /// <summary>Letters only Unicode Vietnamese uses: ă đ ĩ ũ ơ ư and the whole U+1EA0–U+1EF9 block (ạ … ỹ).</summary>
    private static bool IsUnicodeVietnamese(char c) =>
        c is >= '\u1EA0' and <= '\u1EF9' or 'ă' or 'Ă' or 'đ' or 'Đ' or 'ĩ' or 'Ĩ' or 'ũ' or 'Ũ' or 'ơ' or 'Ơ' or 'ư' or 'Ư';
}
