using System.Globalization;
using Lantoa.Domain;
using Lantoa.Domain.Citizens;
using Lantoa.Domain.Tracking;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// Citizen accounts, for the pages and the API alike: sign-up (all checks first, then one save: no account is ever
/// half-created), codes, password checks with the same lockout as staff sign-in (LoginThrottle, keyed "cd:" + login),
/// profile changes, the export and the deletion. Nothing personal is logged.
/// </summary>
public sealed class CitizenAccounts(LantoaDb db, IPasswordHasher<Citizen> hasher, CommuneSearch places, CodeSender sender,
    LoginThrottle throttle, IEnumerable<ICitizenData> others, TimeProvider clock)
{
    public const string WrongLogin = "Số điện thoại/thư điện tử hoặc mật khẩu không đúng.";
    public const string Taken = "Số điện thoại hoặc thư điện tử này đã có tài khoản.";

    private static string? _nobodyHash;

    public DbSet<Citizen> Citizens => db.Set<Citizen>();

    public DateOnly Today => TrackingCalendar.LocalDay(clock.GetUtcNow());

    public async Task<SignUpResult> SignUpAsync(SignUpInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var phone = PhoneNumber.Normalize(input.Phone);
        var email = CitizenRules.NormalizeEmail(input.Email);
        if (string.IsNullOrWhiteSpace(input.Phone) && string.IsNullOrWhiteSpace(input.Email))
            errors["phone"] = "Nhập số điện thoại hoặc thư điện tử.";
        if (!string.IsNullOrWhiteSpace(input.Phone) && phone is null) errors["phone"] = PhoneNumber.Invalid;
        if (!string.IsNullOrWhiteSpace(input.Email) && email is null) errors["email"] = CitizenRules.InvalidEmail;
        if (PasswordRules.Check(input.Password, email?.Split('@')[0] ?? phone) is { } weak) errors["password"] = weak;
        var profile = await ProfileAsync(input, errors, ct);
        string[] consents = [.. input.Consents];
        if (ConsentPurposes.All.FirstOrDefault(p => p.Required && !consents.Contains(p.Key)) is { } missing)
            errors["consent"] = $"Cần đồng ý mục đích bắt buộc: {missing.Title}.";
        if (errors.Count > 0) return new SignUpResult(null, errors, false);

        if (await TakenAsync(phone, email, null, ct) is { } taken) return new SignUpResult(null, taken, true);
        var citizen = new Citizen(profile!, phone, email, consents.Where(ConsentPurposes.IsKnown), clock.GetUtcNow());
        citizen.SetPasswordHash(hasher.HashPassword(citizen, input.Password!));
        Citizens.Add(citizen);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear(); // the same phone or e-mail signed up a moment ago
            return new SignUpResult(null, await TakenAsync(phone, email, null, ct) ?? new() { ["phone"] = Taken }, true);
        }
        await SendCodesAsync(citizen, ct);
        return new SignUpResult(citizen, errors, false);
    }

    /// <summary>Checks the profile fields (all but login, password and consent) into <paramref name="errors"/>.</summary>
    public async Task<CitizenProfile?> ProfileAsync(SignUpInput input, Dictionary<string, string> errors, CancellationToken ct = default)
    {
        var today = Today;
        if (CitizenRules.CheckName(input.FullName) is { } name) errors["fullName"] = name;
        if (input.BirthDateUnreadable is { } unreadable) errors["birthDate"] = unreadable;
        else if (CitizenRules.CheckBirthDate(input.BirthDate, today) is { } birth) errors["birthDate"] = birth;
        var provinceCode = input.ProvinceCode?.Trim();
        var communeCode = input.CommuneCode?.Trim();
        if (string.IsNullOrEmpty(provinceCode)) errors["provinceCode"] = "Chọn tỉnh, thành phố nơi cư trú.";
        else if (await places.ProvinceAsync(provinceCode, today, ct) is null) errors["provinceCode"] = "Tỉnh, thành phố này không có trong danh mục hiện hành.";
        if (string.IsNullOrEmpty(communeCode)) errors["communeCode"] = "Chọn xã, phường nơi cư trú.";
        else if (await places.CommuneAsync(communeCode, today, ct) is not { } commune) errors["communeCode"] = "Xã, phường này không có trong danh mục hiện hành.";
        else if (commune.ProvinceCode != provinceCode) errors["communeCode"] = "Xã, phường này không thuộc tỉnh, thành phố đã chọn.";
        var workplace = Infrastructure.Web.TextInput.Clean(input.Workplace);
        if (workplace is { Length: > CitizenRules.MaxWorkplaceLength }) errors["workplace"] = $"Nơi làm việc, học tập quá dài (tối đa {CitizenRules.MaxWorkplaceLength} ký tự).";
        if (input.WorkplaceUnitId is { } unitId && provinceCode is not null)
        {
            var units = await WorkplaceUnitsAsync(provinceCode, ct);
            if (!units.Any(u => u.Id == unitId)) errors["workplaceUnitId"] = "Đơn vị này không thuộc tỉnh, thành phố đã chọn.";
        }
        if (errors.Keys.Any(k => k is "fullName" or "birthDate" or "provinceCode" or "communeCode" or "workplace" or "workplaceUnitId")) return null;
        return new CitizenProfile(input.FullName!.Trim().Normalize(), input.BirthDate!.Value, provinceCode!, communeCode!, input.WorkplaceUnitId,
            input.WorkplaceUnitId is null ? workplace : null);
    }

    public sealed record WorkplaceUnit(int Id, string Name);

    /// <summary>Units of the Lantoa province whose code is the residence province's, valid today.</summary>
    public async Task<List<WorkplaceUnit>> WorkplaceUnitsAsync(string provinceCode, CancellationToken ct = default)
    {
        var today = Today;
        var list = await db.Units.Where(u => db.Provinces.Any(p => p.Id == u.ProvinceId && p.Code == provinceCode)
                && (u.ValidFrom == null || u.ValidFrom <= today) && (u.ValidTo == null || today <= u.ValidTo))
            .Select(u => new WorkplaceUnit(u.Id, u.Name)).ToListAsync(ct);
        return list.OrderBy(u => u.Name, Lantoa.Domain.Text.VietnameseText.Comparer).ToList();
    }

    public async Task<Dictionary<string, string>?> TakenAsync(string? phone, string? email, int? except, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (phone is not null && await Citizens.AnyAsync(c => c.Phone == phone && c.Id != except, ct)) errors["phone"] = Taken;
        if (email is not null && await Citizens.AnyAsync(c => c.Email == email && c.Id != except, ct)) errors["email"] = Taken;
        return errors.Count > 0 ? errors : null;
    }

    /// <summary>A new code to each unverified channel that can be reached; earlier codes of that channel are spent.</summary>
    public async Task SendCodesAsync(Citizen citizen, CancellationToken ct = default)
    {
        if (citizen.Email is { } email && citizen.EmailVerifiedAt is null && sender.CanMail)
            await sender.MailAsync(email, await NewCodeAsync(citizen, VerificationCode.Email, ct), ct);
        if (citizen.Phone is { } phone && citizen.PhoneVerifiedAt is null && sender.CanText)
            await sender.TextAsync(phone, await NewCodeAsync(citizen, VerificationCode.Phone, ct), ct);
    }

    private async Task<string> NewCodeAsync(Citizen citizen, string channel, CancellationToken ct)
    {
        var code = VerificationCode.NewCode();
        await db.Set<VerificationCode>().Where(c => c.CitizenId == citizen.Id && c.Channel == channel).ExecuteDeleteAsync(ct);
        db.Set<VerificationCode>().Add(new VerificationCode(citizen.Id, channel, code, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return code;
    }

    /// <summary>The account a login names: an e-mail (with "@") or a phone number in any accepted layout.</summary>
    public Task<Citizen?> FindAsync(string? login, CancellationToken ct = default)
    {
        var key = LoginKey(login);
        if (key is null) return Task.FromResult<Citizen?>(null);
        return key.Contains('@') ? Citizens.FirstOrDefaultAsync(c => c.Email == key, ct) : Citizens.FirstOrDefaultAsync(c => c.Phone == key, ct);
    }

    /// <summary>The normal form of a login ("0912345678" or a lower-case e-mail), or null when it is neither.</summary>
    public static string? LoginKey(string? login) =>
        login is null ? null : login.Contains('@') ? CitizenRules.NormalizeEmail(login) : PhoneNumber.Normalize(login);

    /// <summary>Checks a typed code against the account's live code of the channel the login names.</summary>
    public async Task<CodeCheck> VerifyAsync(string? login, string? code, CancellationToken ct = default)
    {
        var citizen = await FindAsync(login, ct);
        if (citizen is null || citizen.IsDeleted) return CodeCheck.Wrong;
        var channel = LoginKey(login)!.Contains('@') ? VerificationCode.Email : VerificationCode.Phone;
        var live = await db.Set<VerificationCode>().Where(c => c.CitizenId == citizen.Id && c.Channel == channel)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (live is null) return CodeCheck.Spent;
        var check = live.Check(code ?? "", clock.GetUtcNow());
        if (check == CodeCheck.Accepted)
        {
            if (channel == VerificationCode.Email) citizen.MarkEmailVerified(clock.GetUtcNow());
            else citizen.MarkPhoneVerified(clock.GetUtcNow());
        }
        await db.SaveChangesAsync(ct);
        return check;
    }

    public static string CodeMessage(CodeCheck check) => check switch
    {
        CodeCheck.Wrong => "Mã xác minh không đúng.",
        CodeCheck.Expired => "Mã xác minh đã hết hạn. Hãy gửi lại mã mới.",
        CodeCheck.Spent => "Mã xác minh đã hết hiệu lực (nhập sai quá 5 lần hoặc đã dùng). Hãy gửi lại mã mới.",
        _ => "",
    };

    /// <summary>
    /// A password check: the same cost and answer whether the account exists; wrong passwords count toward the lockout
    /// of this login from this address, as the staff sign-in does.
    /// </summary>
    public async Task<(ApiLoginOutcome Outcome, Citizen? Citizen)> CheckPasswordAsync(string? login, string? password, string address, CancellationToken ct = default)
    {
        var account = "cd:" + (LoginKey(login) ?? (login ?? "").Trim().ToLowerInvariant());
        if (await throttle.BlockedUntilAsync(account, address, ct) is { } blocked)
        {
            Dummy(password);
            return (new ApiLoginOutcome(ApiLoginStatus.LockedOut, RetryAfter: blocked - clock.GetUtcNow()), null);
        }
        var citizen = await FindAsync(login, ct);
        var ok = citizen is { IsDeleted: false, PasswordHash.Length: > 0 }
            ? hasher.VerifyHashedPassword(citizen, citizen.PasswordHash, password ?? "") != PasswordVerificationResult.Failed
            : Dummy(password);
        if (!ok)
        {
            if (await throttle.RecordFailureAsync(account, address, ct) is { } until)
                return (new ApiLoginOutcome(ApiLoginStatus.LockedOut, RetryAfter: until - clock.GetUtcNow()), null);
            return (new ApiLoginOutcome(citizen is null ? ApiLoginStatus.UnknownLogin : ApiLoginStatus.WrongPassword), null);
        }
        await throttle.ClearAsync(account, address, ct);
        return (new ApiLoginOutcome(ApiLoginStatus.Succeeded, citizen!.Id), citizen);
    }

    private bool Dummy(string? password)
    {
        var nobody = new Citizen(new CitizenProfile("-", new DateOnly(2000, 1, 1), "-", "-", null, null), "0900000000", null, ConsentPurposes.RequiredKeys, DateTimeOffset.UnixEpoch);
        _nobodyHash ??= hasher.HashPassword(nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));
        hasher.VerifyHashedPassword(nobody, _nobodyHash, password ?? "");
        return false;
    }

    public Task<Citizen?> LiveAsync(int id, CancellationToken ct = default) =>
        Citizens.FirstOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, ct);

    /// <summary>Everything Lantoa holds about the citizen, for the download (JSON).</summary>
    public async Task<Dictionary<string, object?>> ExportAsync(Citizen c, CancellationToken ct = default)
    {
        var today = Today;
        var province = c.ProvinceCode is null ? null : await db.AdminUnits.Where(a => a.Code == c.ProvinceCode && a.Level == Lantoa.Domain.Geography.AdminLevel.Province)
            .Select(a => a.Name).FirstOrDefaultAsync(ct);
        var commune = c.CommuneCode is null ? null : await db.AdminUnits.Where(a => a.Code == c.CommuneCode && a.Level == Lantoa.Domain.Geography.AdminLevel.Commune)
            .Select(a => a.Name).FirstOrDefaultAsync(ct);
        var unit = c.WorkplaceUnitId is null ? null : await db.Units.Where(u => u.Id == c.WorkplaceUnitId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        var data = new Dictionary<string, object?>
        {
            ["citizenId"] = c.Id,
            ["exportedAt"] = clock.GetUtcNow(),
            ["account"] = new
            {
                c.FullName, birthDate = c.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Phone, c.Email,
                phoneVerified = c.PhoneVerifiedAt is not null, emailVerified = c.EmailVerifiedAt is not null, verified = c.IsVerified,
                c.CreatedAt,
            },
            ["residence"] = new { c.ProvinceCode, provinceName = province, c.CommuneCode, communeName = commune },
            ["workplace"] = new { unitId = c.WorkplaceUnitId, unitName = unit, text = c.Workplace },
            ["consents"] = ConsentPurposes.All.Select(p => new { purpose = p.Key, title = p.Title, description = p.Description, given = c.Consents.Contains(p.Key) }),
            ["consentedAt"] = c.ConsentedAt,
            ["idCard"] = c.IdCardLast4 is null ? null : new { last4 = c.IdCardLast4, note = "Chỉ lưu mã băm có khóa và 4 chữ số cuối." },
        };
        foreach (var other in others) data[other.Section] = await other.ExportAsync(c.Id, ct);
        _ = today;
        return data;
    }

    /// <summary>Deletes the account: the other modules forget the person, the row keeps only its id; one transaction.</summary>
    public Task DeleteAsync(Citizen citizen, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        foreach (var other in others) await other.ForgetAsync(citizen.Id, ct);
        await db.Set<VerificationCode>().Where(c => c.CitizenId == citizen.Id).ExecuteDeleteAsync(ct);
        citizen.Anonymise(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }, ct);

    public async Task<Dictionary<string, string>> UpdateProfileAsync(Citizen citizen, SignUpInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var profile = await ProfileAsync(input, errors, ct);
        if (profile is null) return errors;
        citizen.Apply(profile);
        await db.SaveChangesAsync(ct);
        return errors;
    }

    public async Task<string?> SetConsentsAsync(Citizen citizen, IEnumerable<string> purposes, CancellationToken ct = default)
    {
        try
        {
            citizen.SetConsents(purposes, clock.GetUtcNow());
        }
        catch (DomainException e)
        {
            return e.Message;
        }
        await db.SaveChangesAsync(ct);
        return null;
    }
}
