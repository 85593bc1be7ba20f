namespace Lantoa.Domain.Commendations;

/// <summary>
/// The decision of a round ("Quyết định về việc tặng Bằng khen …"): a draft until signed; its number, date and signer
/// are recorded when signed, and only then are the accepted nominations awards (certificates, verification page). Its
/// date may not be before the nominations closed (the round's deadline).
/// </summary>
public sealed class CommendationDecision
{
    private CommendationDecision() { }

    public CommendationDecision(int provinceId, int roundId)
    {
        ProvinceId = provinceId;
        RoundId = roundId;
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int RoundId { get; private set; }

    /// <summary>"1234/QĐ-UBND".</summary>
    public string? NumberSymbol { get; private set; }

    public DateOnly? SignedOn { get; private set; }
    public string? SignerTitle { get; private set; }
    public string? SignerName { get; private set; }
    public DateTimeOffset? RecordedAt { get; private set; }

    public bool IsSigned => SignedOn is not null;

    public void Sign(string? numberSymbol, DateOnly signedOn, string? signerTitle, string? signerName, DateOnly nominationsClosed, DateTimeOffset now)
    {
        if (IsSigned) throw new DomainException("Quyết định đã được ghi số và ngày ký.");
        var number = AwardForm.Required(numberSymbol, "Số, ký hiệu quyết định", 100);
        if (!number.Contains('/', StringComparison.Ordinal) || !char.IsDigit(number[0]))
            throw new DomainException("Số, ký hiệu quyết định có dạng \"1234/QĐ-UBND\".");
        if (signedOn < nominationsClosed)
            throw new DomainException($"Ngày ký quyết định ({signedOn:dd/MM/yyyy}) không được trước ngày hết hạn nhận hồ sơ đề nghị ({nominationsClosed:dd/MM/yyyy}).");
        NumberSymbol = number;
        SignedOn = signedOn;
        SignerTitle = AwardForm.Required(signerTitle, "Chức vụ người ký", 200);
        SignerName = AwardForm.Required(signerName, "Họ tên người ký", 200);
        RecordedAt = now;
    }
}
