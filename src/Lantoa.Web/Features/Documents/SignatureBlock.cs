namespace Lantoa.Web.Features.Documents;

/// <summary>"TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "Phạm Tấn Hòa".</summary>
public sealed record SignatureBlock(string? Authority, string? Prefix, string? Title, string? Name);
