using Lantoa.Domain.Users;

namespace Lantoa.Domain.Tests.Users;

public class UserTests
{
    private static readonly DateTimeOffset Now = new(2024, 9, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private static User NewUser(int? provinceId = 1, params Role[] roles) =>
        new("canbo.stttt", "Nguyễn Văn A", provinceId, 10, roles.Length == 0 ? [Role.UnitOfficer] : roles, Now);

    // ---- construction ----

    [Fact]
    public void User_name_is_trimmed_and_lower_cased()
    {
        var user = new User("  CanBo.STTTT@LongAn ", "Nguyễn Văn A", 1, 10, [Role.UnitOfficer], Now);

        Assert.Equal("canbo.stttt@longan", user.UserName);
        Assert.Equal("Nguyễn Văn A", user.DisplayName);
        Assert.Equal(Now, user.CreatedAt);
        Assert.Equal(1, user.ProvinceId);
        Assert.Equal(10, user.UnitId);
        Assert.True(user.IsActive);
        Assert.Equal(0, user.FailedLogins);
        Assert.Null(user.LockoutEnd);
        Assert.False(string.IsNullOrEmpty(user.SecurityStamp));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_user_name_is_refused(string userName)
    {
        var ex = Assert.Throws<DomainException>(() => new User(userName, "A", 1, 10, [Role.Admin], Now));
        Assert.Equal("Tên đăng nhập không được để trống.", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Blank_display_name_falls_back_to_the_user_name(string displayName)
    {
        var user = new User("QuanTri", displayName, 1, null, [Role.Admin], Now);

        Assert.Equal("quantri", user.DisplayName);
    }

    [Fact]
    public void Two_users_get_different_security_stamps() =>
        Assert.NotEqual(NewUser().SecurityStamp, NewUser().SecurityStamp);


    // ---- roles ----

    [Fact]
    public void Constructor_requires_at_least_one_role()
    {
        var ex = Assert.Throws<DomainException>(() => new User("a", "A", 1, 10, [], Now));
        Assert.Equal("Người dùng phải có ít nhất một vai trò.", ex.Message);
    }

    [Fact]
    public void SetRoles_requires_at_least_one_role_and_keeps_the_old_ones()
    {
        var user = NewUser(1, Role.Coordinator, Role.Leadership);
        var stamp = user.SecurityStamp;

        var ex = Assert.Throws<DomainException>(() => user.SetRoles([]));

        Assert.Equal("Người dùng phải có ít nhất một vai trò.", ex.Message);
        Assert.Equal([Role.Coordinator, Role.Leadership], user.Roles);
        Assert.Equal(stamp, user.SecurityStamp);
    }

    [Fact]
    public void SetRoles_replaces_deduplicates_and_changes_the_security_stamp()
    {
        var user = NewUser(1, Role.UnitOfficer);
        var stamp = user.SecurityStamp;

        user.SetRoles([Role.Coordinator, Role.Admin, Role.Coordinator]);

        Assert.Equal([Role.Coordinator, Role.Admin], user.Roles);
        Assert.NotEqual(stamp, user.SecurityStamp);
        Assert.False(string.IsNullOrEmpty(user.SecurityStamp));
    }

    [Fact]
    public void SetRoles_changes_the_stamp_even_for_the_same_roles()
    {
        var user = NewUser(1, Role.UnitOfficer);
        var stamp = user.SecurityStamp;

        user.SetRoles([Role.UnitOfficer]);

        Assert.NotEqual(stamp, user.SecurityStamp);
    }

    // ---- password ----

    [Fact]
    public void SetPasswordHash_stores_the_hash_and_changes_the_security_stamp()
    {
        var user = NewUser();
        var stamp = user.SecurityStamp;

        user.SetPasswordHash("AQAAAAIAAYagAAAAE...");
        var second = user.SecurityStamp;
        user.SetPasswordHash("AQAAAAIAAYagAAAAF...");

        Assert.Equal("AQAAAAIAAYagAAAAF...", user.PasswordHash);
        Assert.NotEqual(stamp, second);
        Assert.NotEqual(second, user.SecurityStamp);
    }

    // ---- lockout ----

    [Fact]
    public void Four_failed_logins_do_not_lock()
    {
        var user = NewUser();

        for (var i = 0; i < User.MaxFailedLogins - 1; i++) user.RecordFailedLogin(Now);

        Assert.Equal(4, user.FailedLogins);
        Assert.False(user.IsLockedOut(Now));
        Assert.Null(user.LockoutEnd);
    }

    [Fact]
    public void Fifth_failed_login_locks_for_15_minutes()
    {
        var user = NewUser();
        var fifth = Now.AddMinutes(2);

        for (var i = 0; i < 4; i++) user.RecordFailedLogin(Now.AddSeconds(i * 10));
        user.RecordFailedLogin(fifth);

        Assert.Equal(5, User.MaxFailedLogins);
        Assert.Equal(TimeSpan.FromMinutes(15), User.LockoutDuration);
        Assert.Equal(fifth.AddMinutes(15), user.LockoutEnd);
        Assert.True(user.IsLockedOut(fifth));
        Assert.True(user.IsLockedOut(fifth.AddMinutes(15).AddTicks(-1)));
        Assert.False(user.IsLockedOut(fifth.AddMinutes(15)));
        Assert.False(user.IsLockedOut(fifth.AddMinutes(16)));
        Assert.Equal(0, user.FailedLogins);
    }

    [Fact]
    public void After_the_lockout_five_more_failures_lock_again()
    {
        var user = NewUser();
        for (var i = 0; i < 5; i++) user.RecordFailedLogin(Now);
        var later = Now.AddMinutes(30);
        Assert.False(user.IsLockedOut(later));

        for (var i = 0; i < 4; i++) user.RecordFailedLogin(later);
        Assert.False(user.IsLockedOut(later));
        user.RecordFailedLogin(later);

        Assert.True(user.IsLockedOut(later));
        Assert.Equal(later.AddMinutes(15), user.LockoutEnd);
    }

    [Fact]
    public void Successful_login_resets_the_count()
    {
        var user = NewUser();
        for (var i = 0; i < 4; i++) user.RecordFailedLogin(Now);

        user.RecordSuccessfulLogin();
        Assert.Equal(0, user.FailedLogins);

        for (var i = 0; i < 4; i++) user.RecordFailedLogin(Now);
        Assert.False(user.IsLockedOut(Now));
        Assert.Equal(4, user.FailedLogins);
    }

    [Fact]
    public void Successful_login_clears_a_lockout()
    {
        var user = NewUser();
        for (var i = 0; i < 5; i++) user.RecordFailedLogin(Now);

        user.RecordSuccessfulLogin();

        Assert.Null(user.LockoutEnd);
        Assert.False(user.IsLockedOut(Now));
    }

    [Fact]
    public void Unlock_clears_the_lockout_and_the_count()
    {
        var user = NewUser();
        for (var i = 0; i < 5; i++) user.RecordFailedLogin(Now);
        user.RecordFailedLogin(Now);
        Assert.True(user.IsLockedOut(Now));
        Assert.Equal(1, user.FailedLogins);

        user.Unlock();

        Assert.False(user.IsLockedOut(Now));
        Assert.Null(user.LockoutEnd);
        Assert.Equal(0, user.FailedLogins);
    }

    [Fact]
    public void Lockout_does_not_change_the_security_stamp()
    {
        var user = NewUser();
        var stamp = user.SecurityStamp;

        for (var i = 0; i < 5; i++) user.RecordFailedLogin(Now);
        user.Unlock();

        Assert.Equal(stamp, user.SecurityStamp);
    }
}
