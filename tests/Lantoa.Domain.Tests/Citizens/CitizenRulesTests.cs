using System.Security.Cryptography;
using System.Text;
using Lantoa.Domain.Citizens;

namespace Lantoa.Domain.Tests.Citizens;

public class CitizenRulesTests
{
    [Theory]
    [InlineData("0912345678", "0912345678")]
    [InlineData("0912 345 678", "0912345678")]
    [InlineData("091.234.5678", "0912345678")]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("84912345678", "0912345678")]
    [InlineData("+84 0912345678", "0912345678")]
    [InlineData("0387654321", "0387654321")]
    [InlineData("0512345678", "0512345678")]
    [InlineData("0712345678", "0712345678")]
    [InlineData("0812345678", "0812345678")]
    [InlineData("0212345678", null)]    // a landline prefix
    [InlineData("0612345678", null)]
    [InlineData("091234567", null)]     // nine digits
    [InlineData("09123456789", null)]   // eleven
    [InlineData("+1 415 555 0100", null)]
    [InlineData("0912a45678", null)]
    [InlineData("", null)]
    public void Vietnamese_mobile_numbers_are_normalised_and_others_refused(string input, string? expected) =>
        Assert.Equal(expected, PhoneNumber.Normalize(input));

    [Fact]
    public void Birth_dates_in_the_future_or_beyond_120_years_are_refused()
    {
        var today = new DateOnly(2026, 12, 2);
        Assert.Null(CitizenRules.CheckBirthDate(new DateOnly(2010, 5, 19), today));
        Assert.Contains("tương lai", CitizenRules.CheckBirthDate(new DateOnly(2026, 12, 3), today));
        Assert.Contains("120", CitizenRules.CheckBirthDate(new DateOnly(1826, 12, 2), today));
        Assert.Null(CitizenRules.CheckBirthDate(new DateOnly(1906, 12, 2), today)); // exactly 120
        Assert.Equal(15, CitizenRules.AgeOn(new DateOnly(2010, 12, 3), today));
    }

    [Theory]
    [InlineData("An.Nguyen@Example.vn", "an.nguyen@example.vn")]
    [InlineData("khong-phai-thu", null)]
    [InlineData("a@b", null)]
    [InlineData("a b@example.vn", null)]
    [InlineData("a@@example.vn", null)]
    public void Email_addresses_are_checked_and_lower_cased(string input, string? expected) =>
        Assert.Equal(expected, CitizenRules.NormalizeEmail(input));

    [Fact]
    public void A_code_expires_and_five_wrong_tries_spend_it()
    {
        var now = DateTimeOffset.UnixEpoch;
        var code = new VerificationCode(1, VerificationCode.Email, "123456", now);
        for (var i = 0; i < VerificationCode.MaxTries - 1; i++) Assert.Equal(CodeCheck.Wrong, code.Check("000000", now));
        Assert.Equal(CodeCheck.Spent, code.Check("000000", now));
        Assert.Equal(CodeCheck.Spent, code.Check("123456", now));

        var other = new VerificationCode(1, VerificationCode.Email, "654321", now);
        Assert.Equal(CodeCheck.Expired, other.Check("654321", now + VerificationCode.Lifetime));
        var good = new VerificationCode(1, VerificationCode.Email, "654321", now);
        Assert.Equal(CodeCheck.Accepted, good.Check(" 654321 ", now));
        Assert.Equal(CodeCheck.Spent, good.Check("654321", now)); // used once
    }

    [Fact]
    public void A_challenge_is_signed_expires_needs_the_work_and_says_its_difficulty()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var challenge = ProofOfWork.Issue(key, 12, now);
        var nonce = ProofOfWork.Solve(challenge, 12);
        Assert.True(ProofOfWork.LeadingZeroBits(SHA256.HashData(Encoding.UTF8.GetBytes(challenge + nonce))) >= 12);
        Assert.Null(ProofOfWork.Check(key, challenge, nonce, 12, now));
        Assert.Equal(PowFailure.Expired, ProofOfWork.Check(key, challenge, nonce, 12, now + ProofOfWork.Lifetime));
        Assert.Equal(PowFailure.Forged, ProofOfWork.Check(RandomNumberGenerator.GetBytes(32), challenge, nonce, 12, now));
        Assert.Equal(PowFailure.Forged, ProofOfWork.Check(key, challenge.Replace(".12.", ".1."), nonce, 12, now));
        Assert.Equal(PowFailure.Forged, ProofOfWork.Check(key, challenge, nonce, 16, now)); // easier than the server asks now
        Assert.Equal(PowFailure.Missing, ProofOfWork.Check(key, challenge, null, 12, now));
        var wrong = Enumerable.Range(0, 1000).Select(i => i.ToString()).First(n => ProofOfWork.LeadingZeroBits(SHA256.HashData(Encoding.UTF8.GetBytes(challenge + n))) < 12);
        Assert.Equal(PowFailure.WrongWork, ProofOfWork.Check(key, challenge, wrong, 12, now));
        Assert.Equal(12, ProofOfWork.BitsOf(challenge));
    }

    [Fact]
    public void Leading_zero_bits_are_counted_across_bytes() =>
        Assert.Equal(11, ProofOfWork.LeadingZeroBits([0x00, 0x1F, 0xFF]));

    [Fact]
    public void A_CCCD_number_is_twelve_digits_and_its_hash_depends_on_the_key()
    {
        Assert.Equal("079090001234", IdCardNumber.Normalize("079 090 001 234"));
        Assert.Null(IdCardNumber.Normalize("07909000123"));
        Assert.Null(IdCardNumber.Normalize("07909000123A"));
        var k1 = RandomNumberGenerator.GetBytes(32);
        Assert.Equal(IdCardNumber.Hash(k1, "079090001234"), IdCardNumber.Hash(k1, "079090001234"));
        Assert.NotEqual(IdCardNumber.Hash(k1, "079090001234"), IdCardNumber.Hash(RandomNumberGenerator.GetBytes(32), "079090001234"));
        Assert.DoesNotContain("079090001234", IdCardNumber.Hash(k1, "079090001234"));
    }

    [Fact]
    public void Deleting_an_account_keeps_the_id_and_drops_every_personal_field()
    {
        var c = new Citizen(new CitizenProfile("Nguyễn Văn Dân", new DateOnly(1990, 9, 5), "80", "27712", null, "Trường THPT"),
            "0912345678", "dan@example.vn", ConsentPurposes.All.Select(p => p.Key), DateTimeOffset.UnixEpoch);
        c.SetIdCard("hash", "1234");
        c.MarkEmailVerified(DateTimeOffset.UnixEpoch);
        var stamp = c.SecurityStamp;
        c.Anonymise(DateTimeOffset.UnixEpoch.AddDays(1));
        Assert.True(c.IsDeleted);
        Assert.False(c.IsVerified);
        Assert.Null(c.Phone);
        Assert.Null(c.Email);
        Assert.Equal("", c.FullName);
        Assert.Null(c.BirthDate);
        Assert.Null(c.CommuneCode);
        Assert.Null(c.Workplace);
        Assert.Null(c.IdCardHash);
        Assert.Empty(c.Consents);
        Assert.NotEqual(stamp, c.SecurityStamp);
    }

    [Fact]
    public void Required_purposes_cannot_be_withdrawn()
    {
        var c = new Citizen(new CitizenProfile("A", new DateOnly(1990, 1, 1), "80", "1", null, null), "0912345678", null,
            ConsentPurposes.RequiredKeys, DateTimeOffset.UnixEpoch);
        Assert.Throws<DomainException>(() => c.SetConsents([ConsentPurposes.News], DateTimeOffset.UnixEpoch));
        c.SetConsents([.. ConsentPurposes.RequiredKeys, ConsentPurposes.News], DateTimeOffset.UnixEpoch);
        Assert.Contains(ConsentPurposes.News, c.Consents);
    }
}
