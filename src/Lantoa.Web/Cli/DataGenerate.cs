using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Lantoa.Domain.Geography;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Text;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Units;
using Lantoa.Domain.Units.Catalogue;
using Lantoa.Domain.Users;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Geography;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Lantoa.Web.Cli;

/// <summary>
/// `data generate --scale national|small`: a national-scale dataset in a database of its own (default lantoa_national),
/// for the benchmarks. The 34 provinces and 3.321 communes of the 2025 reform (from data/admin-units), each province's
/// People's Committee, departments and mass organisations and one committee per commune; 50 plans per province per year
/// with 8–12 activities whose parties fan out to every commune; obligations with submissions, progress reports with a
/// figure and their history, weekly and monthly targets with their entries; teams and field logs (DataGenerate.Teams.cs);
/// a quiz per province with a closed round of attempts, ranked after the load (DataGenerate.Quizzes.cs). Everything is decided by a fixed seed (the
/// same command gives the same rows), written with binary COPY (ids chosen here, sequences reset afterwards), then
/// analysed. Plans start from 01/07/2025, the day the new communes exist; reports, entries and submissions stop the day
/// before the dataset's "as of" day, 16/11 of the last year.
/// </summary>
public static partial class DataGenerate
{
    /// <summary>Comment put on a database this command created: a later run may replace it without --replace.</summary>
    public const string Marker = "lantoa data generate";

    private const int Seed = 20250701;

    /// <param name="QuizAttempts">Attempts in the first province's quiz round (the others have 2.000).</param>
    public sealed record Scale(string Name, IReadOnlyList<string>? ProvinceCodes, int PlansPerYear, int QuizAttempts);

    public static readonly Scale National = new("national", null, 50, 1_000_000);

    /// <summary>Lai Châu (38 communes) and Huế (40): the two smallest, for a quick run and the tests.</summary>
    public static readonly Scale Small = new("small", ["12", "46"], 5, 10_000);

    /// <summary>The last day of a dataset's records is the day before this one: 16/11 of the last plan year.</summary>
    public static DateOnly AsOfDay(int firstYear, int years) => new(firstYear + years - 1, 11, 16);

    public static Command Build()
    {
        var scale = new Option<string>("--scale") { Description = "national (34 tỉnh, 3.321 xã, 50 kế hoạch mỗi tỉnh mỗi năm) hoặc small (2 tỉnh, 5 kế hoạch mỗi năm).", Required = true };
        var year = new Option<int>("--year") { Description = "Năm đầu tiên của các kế hoạch (mặc định 2025, sớm nhất 2025).", DefaultValueFactory = _ => 2025 };
        var years = new Option<int>("--years") { Description = "Số năm kế hoạch (mặc định 2: 2025 và 2026).", DefaultValueFactory = _ => 2 };
        var database = new Option<string?>("--database") { Description = "Tên CSDL được tạo mới (mặc định lantoa_national hoặc lantoa_small)." };
        var replace = new Option<bool>("--replace") { Description = "Cho phép xóa một CSDL cùng tên đã có dữ liệu khác." };
        var generate = new Command("generate", "Sinh bộ dữ liệu quy mô toàn quốc (hoặc nhỏ) vào một CSDL riêng để đo hiệu năng.")
            { scale, year, years, database, replace };
        generate.SetAction((pr, ct) => RunAsync(pr.GetValue(scale)!, pr.GetValue(year), pr.GetValue(years), pr.GetValue(database), pr.GetValue(replace), ct));
        return new Command("data", "Dữ liệu sinh để đo hiệu năng.") { generate };
    }

    private static async Task<int> RunAsync(string scaleName, int firstYear, int years, string? database, bool replace, CancellationToken ct)
    {
        var scale = scaleName.Trim().ToLowerInvariant() switch
        {
            "national" => National,
            "small" => Small,
            _ => null,
        };
        if (scale is null) return Refuse($"Quy mô \"{scaleName}\" không hợp lệ: dùng national hoặc small.");
        if (firstYear is < 2025 or > 2100)
            return Refuse("Năm phải từ 2025: dữ liệu sinh theo đơn vị hành chính sau ngày 01/07/2025.");
        if (years is < 1 or > 5) return Refuse("Số năm phải từ 1 đến 5.");
        var name = database ?? $"lantoa_{scale.Name}";
        if (!DatabaseName().IsMatch(name)) return Refuse($"Tên CSDL \"{name}\" không hợp lệ (chữ thường, số, dấu gạch dưới).");

        await using var runtime = await LantoaRuntime.StartAsync(LantoaRuntime.Configuration(), Console.Error, ct);
        return await GenerateAsync(runtime.OwnerConnectionString, scale, firstYear, years, name, replace, ct);
    }

    /// <summary>The dataset into database <paramref name="name"/> of the server of <paramref name="ownerConnection"/>
    /// (also used by `bench dashboard --quick`, which makes its small dataset when it has none).</summary>
    internal static async Task<int> GenerateAsync(string ownerConnection, Scale scale, int firstYear, int years, string name, bool replace, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        if (await RefusalAsync(ownerConnection, name, replace, ct) is { } refusal) return Refuse(refusal);
        var cs = await BenchCommands.FreshDatabaseAsync(ownerConnection, name, ct);
        var asOf = AsOfDay(firstYear, years);
        await using (var conn = new NpgsqlConnection(cs))
        {
            await conn.OpenAsync(ct);
            var comment = $"{Marker} --scale {scale.Name} --year {firstYear} --years {years}; as-of {asOf:yyyy-MM-dd}";
            await using var cmd = new NpgsqlCommand($"COMMENT ON DATABASE {name} IS '{comment}'", conn);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await MigrationRunner.MigrateAsync(cs, ct);
        Console.WriteLine($"CSDL {name}: quy mô {scale.Name}, kế hoạch các năm {firstYear}–{firstYear + years - 1}, dữ liệu đến hết ngày {asOf.AddDays(-1):dd/MM/yyyy}.");

        var generator = new Generator(cs, scale, firstYear, years, asOf, Console.Out);
        await generator.RunAsync(ct);

        long size;
        await using (var conn = new NpgsqlConnection(cs))
        {
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand("SELECT pg_database_size(current_database())", conn);
            size = (long)(await cmd.ExecuteScalarAsync(ct))!;
        }
        Console.WriteLine();
        Console.WriteLine("Số dòng theo bảng:");
        foreach (var (table, rows) in generator.Counts)
            Console.WriteLine($"  {table,-24} {N(rows),12}");
        Console.WriteLine($"  {"báo cáo + chỉ tiêu",-24} {N(generator.ReportAndTargetRows),12}  (progress_reports + report_figures + target_entries + obligation_submissions)");
        Console.WriteLine($"Dung lượng CSDL: {N(size / 1024 / 1024)} MB");
        Console.WriteLine($"Thời gian: {S(total.Elapsed)} s");
        return 0;
    }

    private static int Refuse(string message)
    {
        Console.Error.WriteLine($"Lỗi: {message}");
        return 2;
    }

    /// <summary>A database may be replaced when it does not exist, was made by this command, or holds no tables.</summary>
    private static async Task<string?> RefusalAsync(string baseConnection, string name, bool replace, CancellationToken ct)
    {
        if (replace) return null;
        // Unpooled: the database may be dropped right after, and a pooled connection to it would be killed under the next user.
        var builder = new NpgsqlConnectionStringBuilder(baseConnection) { Database = "postgres", Pooling = false };
        await using (var conn = new NpgsqlConnection(builder.ConnectionString))
        {
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand(
                "SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = @n", conn);
            cmd.Parameters.AddWithValue("n", name);
            var comment = await cmd.ExecuteScalarAsync(ct) as string;
            if (comment is null || comment.StartsWith(Marker, StringComparison.Ordinal)) return null;
        }
        builder.Database = name;
        await using (var conn = new NpgsqlConnection(builder.ConnectionString))
        {
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", conn);
            if ((long)(await cmd.ExecuteScalarAsync(ct))! == 0) return null;
        }
        return $"CSDL {name} đã có dữ liệu không do lệnh này tạo; chọn tên khác (--database) hoặc thêm --replace để xóa nó.";
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();

    // ----- what the plans are made of -----

    private enum Communes { None, Lead, Coordinating }

    /// <summary>A kind of activity: what it is called, who leads it, whether the communes take part, the figure its reports give.</summary>
    private sealed record ActivityTemplate(string Title, ActivityKind Kind, string? LeadKey, Communes Communes, string[] CoordinatingKeys,
        string FigureName, string FigureUnit, int FigureMin, int FigureMax, string? Content = null, bool MonthlyTarget = false);

    private static readonly ActivityTemplate[] Templates =
    [
        new("Tuyên truyền về chuyển đổi số trên cổng, trang thông tin điện tử và mạng xã hội của các cơ quan, địa phương",
            ActivityKind.Communications, "so-khcn", Communes.Coordinating, ["bao-ptth", "so-vhttdl"], "Tin, bài đã đăng tải", "bài", 4, 60,
            "Đăng tải tin, bài, video, infographic về chuyển đổi số, chính quyền số, kinh tế số, xã hội số."),
        new("Treo băng rôn, khẩu hiệu, pano, áp phích tuyên truyền hưởng ứng Ngày Chuyển đổi số quốc gia",
            ActivityKind.Communications, "so-vhttdl", Communes.Coordinating, ["so-khcn"], "Băng rôn, khẩu hiệu đã treo", "cái", 2, 40),
        new("Tuyên truyền về chuyển đổi số trên hệ thống truyền thanh cơ sở",
            ActivityKind.Communications, null, Communes.Lead, ["bao-ptth"], "Lượt phát thanh", "lượt", 4, 120),
        new("Tập huấn kỹ năng số cho thành viên Tổ Công nghệ số cộng đồng",
            ActivityKind.Training, "so-khcn", Communes.Coordinating, ["so-noi-vu"], "Người được tập huấn", "người", 10, 200),
        new("Ra quân hướng dẫn người dân sử dụng dịch vụ công trực tuyến toàn trình",
            ActivityKind.FieldCampaign, null, Communes.Lead, ["tinh-doan", "so-khcn"], "Người dân được hướng dẫn", "người", 20, 1500,
            "Tổ Công nghệ số cộng đồng, đoàn viên thanh niên hướng dẫn người dân nộp hồ sơ, thanh toán trực tuyến.", MonthlyTarget: true),
        new("Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử VNeID mức độ 2",
            ActivityKind.FieldCampaign, "cong-an", Communes.Coordinating, ["tinh-doan"], "Tài khoản được kích hoạt", "tài khoản", 50, 3000),
        new("Phổ cập kỹ năng số cho người dân theo phong trào “Bình dân học vụ số”",
            ActivityKind.Training, null, Communes.Lead, ["so-khcn", "so-gddt", "mttq"], "Người dân được phổ cập kỹ năng số", "người", 30, 2500),
        new("Hỗ trợ hộ kinh doanh, hợp tác xã đưa sản phẩm lên sàn thương mại điện tử",
            ActivityKind.Promotion, "so-cong-thuong", Communes.Coordinating, ["buu-dien", "hoi-nong-dan"], "Hộ kinh doanh được hỗ trợ", "hộ", 2, 80),
        new("Thúc đẩy thanh toán không dùng tiền mặt tại chợ, trường học, cơ sở y tế",
            ActivityKind.Promotion, null, Communes.Lead, ["so-cong-thuong", "vnpt", "viettel"], "Điểm chấp nhận thanh toán số", "điểm", 3, 150),
        new("Tổ chức Ngày hội Chuyển đổi số cấp xã",
            ActivityKind.MeetingCeremony, null, Communes.Lead, ["tinh-doan", "vnpt", "viettel"], "Người tham dự", "người", 50, 600),
        new("Tổ chức cuộc thi trực tuyến tìm hiểu về chuyển đổi số, an toàn thông tin mạng",
            ActivityKind.QuizContest, "tinh-doan", Communes.Coordinating, ["so-khcn", "so-gddt"], "Lượt người dự thi", "lượt", 20, 2000),
        new("Cuộc thi sáng tác video clip, ảnh về chuyển đổi số",
            ActivityKind.SubmissionContest, "bao-ptth", Communes.None, ["so-vhttdl", "tinh-doan"], "Tác phẩm dự thi", "tác phẩm", 10, 300),
        new("Triển lãm, trưng bày giải pháp, sản phẩm công nghệ số",
            ActivityKind.Exhibition, "so-khcn", Communes.None, ["vnpt", "viettel", "buu-dien"], "Gian trưng bày", "gian", 5, 40),
        new("Diễn tập ứng cứu sự cố bảo đảm an toàn thông tin mạng",
            ActivityKind.Drill, "so-khcn", Communes.None, ["cong-an", "vnpt", "viettel"], "Đội tham gia diễn tập", "đội", 3, 20),
        new("Hội nghị sơ kết công tác chuyển đổi số",
            ActivityKind.Conference, "van-phong-ubnd", Communes.Coordinating, ["so-khcn"], "Đại biểu tham dự", "người", 2, 10),
        new("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
            ActivityKind.Other, null, Communes.Lead, ["so-noi-vu", "van-phong-ubnd"], "Hồ sơ được số hóa", "hồ sơ", 100, 5000),
        new("Cập nhật, làm sạch dữ liệu dân cư, đất đai phục vụ Đề án 06",
            ActivityKind.Other, null, Communes.Lead, ["cong-an", "so-nnmt"], "Bản ghi dữ liệu được cập nhật", "bản ghi", 200, 8000),
        new("Khuyến mại gói cước dữ liệu di động, hỗ trợ điện thoại thông minh cho hộ nghèo",
            ActivityKind.Promotion, "vnpt", Communes.Coordinating, ["viettel", "mttq"], "Hộ được hỗ trợ", "hộ", 5, 120),
        new("Lễ phát động hưởng ứng Ngày Chuyển đổi số quốc gia",
            ActivityKind.MeetingCeremony, "so-khcn", Communes.None, ["van-phong-ubnd", "mttq", "tinh-doan"], "Người tham dự", "người", 150, 500),
        new("Hội thảo ứng dụng chuyển đổi số trong sản xuất nông nghiệp",
            ActivityKind.Conference, "so-nnmt", Communes.Coordinating, ["hoi-nong-dan", "so-khcn"], "Đại biểu tham dự", "người", 2, 15),
        new("Rà soát, gắn địa chỉ số cho hộ gia đình, cơ sở kinh doanh",
            ActivityKind.Other, null, Communes.Lead, ["buu-dien", "cong-an"], "Địa chỉ số được gắn", "địa chỉ", 50, 4000),
    ];

    /// <summary>The weekly one, in most plans: each commune posts at least one article a week (a weekly target).</summary>
    private static readonly ActivityTemplate WeeklyPosting = new(
        "Đăng tải tin, bài về chuyển đổi số trên trang thông tin điện tử của xã, phường (mỗi tuần ít nhất 01 tin, bài)",
        ActivityKind.Communications, null, Communes.Lead, ["so-khcn"], "Tin, bài đã đăng tải", "bài", 4, 40,
        "Mỗi tuần đăng tải ít nhất 01 tin, bài về hoạt động chuyển đổi số của địa phương.");

    /// <summary>Departments, mass organisations, press, police and enterprises of a province after 01/07/2025.
    /// {cap}: "tỉnh" or "thành phố"; {ten}: the province's name.</summary>
    private static readonly (string Key, string Name, string? ShortName, UnitKind Kind)[] ProvinceUnits =
    [
        ("van-phong-ubnd", "Văn phòng UBND {cap}", null, UnitKind.Department),
        ("so-noi-vu", "Sở Nội vụ", null, UnitKind.Department),
        ("so-tai-chinh", "Sở Tài chính", null, UnitKind.Department),
        ("so-khcn", "Sở Khoa học và Công nghệ", "Sở KH&CN", UnitKind.Department),
        ("so-tu-phap", "Sở Tư pháp", null, UnitKind.Department),
        ("so-cong-thuong", "Sở Công Thương", null, UnitKind.Department),
        ("so-nnmt", "Sở Nông nghiệp và Môi trường", null, UnitKind.Department),
        ("so-xay-dung", "Sở Xây dựng", null, UnitKind.Department),
        ("so-gddt", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT", UnitKind.Department),
        ("so-y-te", "Sở Y tế", null, UnitKind.Department),
        ("so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTT&DL", UnitKind.Department),
        ("so-dttg", "Sở Dân tộc và Tôn giáo", null, UnitKind.Department),
        ("thanh-tra", "Thanh tra {cap}", null, UnitKind.Department),
        ("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam {cap}", "Ủy ban MTTQ Việt Nam {cap}", UnitKind.MassOrganisation),
        ("tinh-doan", "{doan}", null, UnitKind.MassOrganisation),
        ("hoi-lhpn", "Hội Liên hiệp Phụ nữ {cap}", null, UnitKind.MassOrganisation),
        ("hoi-nong-dan", "Hội Nông dân {cap}", null, UnitKind.MassOrganisation),
        ("ldld", "Liên đoàn Lao động {cap}", null, UnitKind.MassOrganisation),
        ("hoi-ccb", "Hội Cựu chiến binh {cap}", null, UnitKind.MassOrganisation),
        ("bao-ptth", "Báo và Phát thanh, Truyền hình {ten}", null, UnitKind.Press),
        ("cong-an", "Công an {cap}", null, UnitKind.PoliceMilitary),
        ("vnpt", "VNPT {ten}", null, UnitKind.Enterprise),
        ("viettel", "Viettel {ten}", null, UnitKind.Enterprise),
        ("buu-dien", "Bưu điện {cap} {ten}", null, UnitKind.Enterprise),
    ];

    private static readonly string[] CommunicationTitles =
    [
        "Kế hoạch tuyên truyền về chuyển đổi số năm {y}",
        "Kế hoạch thông tin, tuyên truyền về Đề án 06 năm {y}",
        "Kế hoạch tuyên truyền phổ cập kỹ năng số cho người dân năm {y}",
        "Kế hoạch tuyên truyền về thanh toán không dùng tiền mặt năm {y}",
        "Kế hoạch tuyên truyền bảo đảm an toàn thông tin mạng năm {y}",
    ];

    private static readonly string[] OtherTitles =
    [
        "Kế hoạch phát triển chính quyền số năm {y}",
        "Kế hoạch phát triển kinh tế số và xã hội số năm {y}",
        "Kế hoạch triển khai phong trào “Bình dân học vụ số” năm {y}",
        "Kế hoạch nâng cao chất lượng cung cấp dịch vụ công trực tuyến năm {y}",
        "Kế hoạch phát triển hạ tầng số năm {y}",
        "Kế hoạch số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm {y}",
        "Kế hoạch hoạt động của Tổ Công nghệ số cộng đồng năm {y}",
        "Kế hoạch thúc đẩy thương mại điện tử năm {y}",
        "Kế hoạch triển khai nền tảng địa chỉ số năm {y}",
        "Kế hoạch bảo đảm an toàn thông tin mạng năm {y}",
        "Kế hoạch chuyển đổi số trong sản xuất nông nghiệp năm {y}",
        "Kế hoạch chuyển đổi số ngành giáo dục năm {y}",
        "Kế hoạch chuyển đổi số ngành y tế năm {y}",
    ];

    private static readonly string[] Signers =
    [
        "Nguyễn Văn Hùng", "Trần Thị Thu Hà", "Lê Minh Tuấn", "Phạm Quốc Bảo", "Võ Thị Kim Ngân", "Đặng Văn Thành",
        "Huỳnh Thanh Bình", "Bùi Thị Hồng Nhung", "Hoàng Đức Long", "Ngô Thị Mai Phương",
    ];

    private static readonly string[] FocalPeople =
    [
        "Nguyễn Thị Lan", "Trần Văn Phúc", "Lê Thị Hoa", "Phạm Văn Dũng", "Võ Minh Khang", "Đỗ Thị Thanh Tâm",
        "Huỳnh Văn Tài", "Bùi Thị Ngọc Ánh", "Dương Quốc Việt", "Lý Thị Bích Trâm",
    ];

    private static readonly string[] NotDoneReasons =
    [
        "Địa phương chưa được bố trí kinh phí thực hiện.",
        "Trùng thời gian với nhiệm vụ trọng tâm khác của địa phương, đề nghị chuyển sang kỳ sau.",
        "Chưa có cán bộ phụ trách sau khi sắp xếp bộ máy.",
    ];

    private const string ReturnComment = "Đề nghị bổ sung minh chứng (hình ảnh, đường dẫn bài viết) và số liệu cụ thể.";
    private const string CommuneGroupWritten = "UBND các xã, phường";

    // ----- the generator -----

    private sealed class Prov
    {
        public int Id;
        public string Code = "";
        public string Name = "";
        public string Cap = "";
        public int AdminUnitId;
        public int CommitteeId;
        public readonly Dictionary<string, int> Units = new();
        public readonly Dictionary<int, string> UnitNames = new();
        public int[] Communes = [];
        public int[] Officers = [];
        public int CommuneGroup;
        public int DepartmentGroup;
        public int Coordinator;
        public readonly List<PlanRow> Plans = [];
        public readonly List<Obl> Obligations = [];
    }

    private sealed class PlanRow
    {
        public int Id;
        public required Prov P;
        public int Year;
        public PlanKind Kind;
        public string Title = "";
        public string Number = "";
        public DateOnly Issued;
        public PlanStatus Status;
        public string SearchKey = "";
        public string Signer = "";
        public readonly List<Act> Activities = [];
        public int DeadlineId;
        public DateOnly DueOn;
        public string DeadlineText = "";
    }

    private sealed class Act
    {
        public int Id;
        public required PlanRow Plan;
        public required ActivityTemplate T;
        public int Sort;
        public DateOnly Start;
        public DateOnly End;
        public bool Weekly;
        public int? LeadUnit;
        public int[] Coordinating = [];

        /// <summary>The periods of its target that ended before the as-of day (weeks or months).</summary>
        public TargetPeriod[] TargetPeriods = [];
        public TargetPeriodKind? TargetKind;
    }

    private sealed class Obl
    {
        public int Id;
        public required PlanRow Plan;
        public string Title = "";
        public ObligationRecurrence Recurrence;
        public DateOnly From;
        public DateOnly To;
        public int? Day;
        public int? PlanDeadlineId;
        public IReadOnlyList<DateOnly> DueDates = [];
    }

    private readonly record struct Asg(int Id, Act A, int UnitId, int Commune, PartyRole Role, int? Via);

    private readonly record struct Rep(ProgressStatus Status, ReportState State, decimal Figure, DateOnly From, DateOnly To,
        DateTime CreatedAt, DateTime? SubmittedAt, DateTime? ReviewedAt, DateTime UpdatedAt);

    private sealed partial class Generator(string cs, Scale scale, int firstYear, int years, DateOnly asOf, TextWriter log)
    {
        private static readonly DateOnly ReformDay = AdminUnitImporter.ReformDay;
        private readonly DateOnly _last = asOf.AddDays(-1);
        private readonly List<Prov> _provinces = [];
        private readonly List<(string Table, long Rows)> _counts = [];
        private readonly Dictionary<string, int> _base = new();
        private string _passwordHash = "";

        public IReadOnlyList<(string Table, long Rows)> Counts => _counts;

        public long ReportAndTargetRows => _counts
            .Where(c => c.Table is "progress_reports" or "report_figures" or "target_entries" or "obligation_submissions").Sum(c => c.Rows);

        public async Task RunAsync(CancellationToken ct)
        {
            var sw = Stopwatch.StartNew();
            await using (var services = LantoaWeb.CommandLineServices(cs))
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AdminUnitImporter>().ImportAsync(AdminUnitImporter.DefaultDirectory(), ct);
                var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<User>>();
                // One hash of the demo password for every generated login: hashing thousands of times would take minutes.
                _passwordHash = hasher.HashPassword(new User("bench", "bench", null, null, [Role.UnitOfficer], DateTimeOffset.UnixEpoch), DemoSeeder.DemoPassword);
            }
            await CountAsync("admin_units", ct);
            log.WriteLine($"  đơn vị hành chính: {S(sw.Elapsed)} s");

            await using var conn = new NpgsqlConnection(cs);
            await conn.OpenAsync(ct);
            // Every module's tables, in the module list's order (parents before children); each has its writer below.
            var tables = LantoaModules.All.SelectMany(m => m.GeneratedTables).ToList();
            var writers = Writers();
            if (tables.FirstOrDefault(t => !writers.ContainsKey(t.Name)) is { } unknown)
                throw new InvalidOperationException($"data generate has no writer for the table {unknown.Name}");
            if (writers.Keys.FirstOrDefault(name => tables.All(t => t.Name != name)) is { } orphan)
                throw new InvalidOperationException($"data generate has a writer for the table {orphan}, which no module declares");
            // Where a generated table's rows start numbering (a table keyed otherwise, as quiz_rounds, has no id column).
            foreach (var table in tables.Where(t => t.Columns.StartsWith("id,", StringComparison.Ordinal)))
                _base[table.Name] = await ScalarIntAsync(conn, $"SELECT coalesce(max(id), 0) FROM {table.Name}", ct);

            await LoadGeographyAsync(conn, ct);
            BuildPlans();

            // The big tables' secondary indexes, unique and foreign-key constraints are set aside during the load and put back
            // after it: an index is built once instead of row by row, and a foreign key is checked by one join instead of a
            // trigger per row (the constraints are the migrations' own, read from the catalogue).
            var bigTables = tables.Where(t => t.Big).Select(t => t.Name).ToArray();
            var shape = await SetAsideAsync(conn, bigTables, ct);

            // Triggers (the progress counters) would fire per loaded row; the modules' AfterGenerate fills what they keep.
            foreach (var table in tables) await ExecAsync(conn, $"ALTER TABLE {table.Name} DISABLE TRIGGER USER", ct);
            foreach (var table in tables) await CopyAsync(table.Name, table.Columns, writers[table.Name], ct);
            foreach (var table in tables) await ExecAsync(conn, $"ALTER TABLE {table.Name} ENABLE TRIGGER USER", ct);

            var step = Stopwatch.StartNew();
            await ExecAsync(conn, "SET maintenance_work_mem = '512MB'", ct);
            foreach (var restore in shape) await ExecAsync(conn, restore, ct);
            log.WriteLine($"  chỉ mục và ràng buộc ({shape.Count}, kiểm tra khóa ngoại): {S(step.Elapsed)} s");

            step.Restart();
            foreach (var sql in LantoaModules.All.SelectMany(m => m.AfterGenerate)) await ExecAsync(conn, sql, ct);
            if (LantoaModules.All.Any(m => m.AfterGenerate.Any()))
                log.WriteLine($"  bảng tổng hợp (tính từ dữ liệu đã nạp): {S(step.Elapsed)} s");

            step.Restart();
            await ResetSequencesAsync(conn, ct);
            await ExecAsync(conn, "ANALYZE", ct);
            log.WriteLine($"  đặt lại sequence + ANALYZE: {S(step.Elapsed)} s");

            await RankQuizRoundsAsync(conn, ct);
        }

        /// <summary>The writer of each table a module declares (<see cref="ILantoaModule.GeneratedTables"/>): the methods of
        /// this class marked [Writes("table")], here and in the modules' files DataGenerate.&lt;Module&gt;.cs — a module's
        /// writers need no entry in a list of this file.</summary>
        private Dictionary<string, Func<NpgsqlBinaryImporter, long>> Writers() =>
            typeof(Generator).GetMethods(BindingFlags.Instance | BindingFlags.NonPublic)
                .Select(m => (Method: m, m.GetCustomAttribute<WritesAttribute>()?.Table))
                .Where(x => x.Table is not null)
                .ToDictionary(x => x.Table!, x => x.Method.CreateDelegate<Func<NpgsqlBinaryImporter, long>>(this));

        /// <summary>Marks the writer of a generated table.</summary>
        [AttributeUsage(AttributeTargets.Method)]
        private sealed class WritesAttribute(string table) : Attribute
        {
            public string Table { get; } = table;
        }

        // ----- geography, units, groups, users -----

        private async Task LoadGeographyAsync(NpgsqlConnection conn, CancellationToken ct)
        {
            var wanted = scale.ProvinceCodes?.ToHashSet();
            var provinces = new Dictionary<string, Prov>();
            await using (var cmd = new NpgsqlCommand(
                             "SELECT id, code, name FROM admin_units WHERE source = @s AND level = 'Province' ORDER BY code", conn))
            {
                cmd.Parameters.AddWithValue("s", AdminUnitImporter.After);
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var code = reader.GetString(1);
                    if (wanted is not null && !wanted.Contains(code)) continue;
                    var full = reader.GetString(2);
                    var city = full.StartsWith("Thành phố ", StringComparison.Ordinal);
                    var p = new Prov
                    {
                        AdminUnitId = reader.GetInt32(0), Code = code,
                        Name = city ? full["Thành phố ".Length..] : full.StartsWith("Tỉnh ", StringComparison.Ordinal) ? full["Tỉnh ".Length..] : full,
                        Cap = city ? "thành phố" : "tỉnh",
                    };
                    provinces[code] = p;
                    _provinces.Add(p);
                }
            }
            if (_provinces.Count == 0) throw new InvalidOperationException("Chưa có đơn vị hành chính sau ngày 01/07/2025 (data/admin-units).");

            var communes = new Dictionary<string, List<(int AdminId, string Code, string Name)>>();
            await using (var cmd = new NpgsqlCommand(
                             "SELECT id, province_code, code, name FROM admin_units WHERE source = @s AND level = 'Commune' ORDER BY province_code, code", conn))
            {
                cmd.Parameters.AddWithValue("s", AdminUnitImporter.After);
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var code = reader.GetString(1);
                    if (!provinces.ContainsKey(code)) continue;
                    if (!communes.TryGetValue(code, out var list)) communes[code] = list = [];
                    list.Add((reader.GetInt32(0), reader.GetString(2), reader.GetString(3)));
                }
            }

            int provinceId = _base["provinces"], unitId = _base["units"], groupId = _base["unit_groups"], userId = _base["users"];
            foreach (var p in _provinces)
            {
                p.Id = ++provinceId;
                p.CommitteeId = ++unitId;
                p.UnitNames[p.CommitteeId] = $"Ủy ban nhân dân {p.Cap} {p.Name}";
                foreach (var u in ProvinceUnits)
                {
                    p.Units[u.Key] = ++unitId;
                    p.UnitNames[unitId] = Fill(u.Name, p);
                }
                var list = communes.GetValueOrDefault(p.Code) ?? [];
                p.Communes = new int[list.Count];
                for (var i = 0; i < list.Count; i++)
                {
                    p.Communes[i] = ++unitId;
                    p.UnitNames[unitId] = UnitCatalogue.CommitteeName(list[i].Name);
                }
                _communeAdmin[p.Code] = list.Select(c => (c.AdminId, c.Code)).ToArray();
                p.CommuneGroup = ++groupId;
                p.DepartmentGroup = ++groupId;
                p.Coordinator = ++userId;
                p.Officers = new int[list.Count];
                for (var i = 0; i < list.Count; i++) p.Officers[i] = ++userId;
            }
        }

        private readonly Dictionary<string, (int Id, string Code)[]> _communeAdmin = new();

        private static string Fill(string template, Prov p) => VietnameseText.Normalize(template
            .Replace("{doan}", p.Cap == "tỉnh" ? "Tỉnh Đoàn" : "Thành Đoàn")
            .Replace("{cap}", p.Cap).Replace("{ten}", p.Name));

        [Writes("provinces")]
        private long WriteProvinces(NpgsqlBinaryImporter w)
        {
            foreach (var p in _provinces)
            {
                w.StartRow();
                w.Write(p.Id, NpgsqlDbType.Integer);
                w.Write(p.Code, NpgsqlDbType.Text);
                w.Write(p.Name, NpgsqlDbType.Text);
            }
            return _provinces.Count;
        }

        [Writes("units")]
        private long WriteUnits(NpgsqlBinaryImporter w)
        {
            long n = 0;
            foreach (var p in _provinces)
            {
                var committee = new Unit(p.Id, p.UnitNames[p.CommitteeId], UnitKind.ProvincialCommittee) { Key = "ubnd-tinh", ShortName = $"UBND {p.Cap} {p.Name}" };
                committee.SetAliases([$"UBND {p.Cap}"]);
                n += UnitRow(w, p.CommitteeId, committee, null, p.AdminUnitId, null);
                foreach (var u in ProvinceUnits)
                {
                    var unit = new Unit(p.Id, Fill(u.Name, p), u.Kind) { Key = u.Key, ShortName = u.ShortName is null ? null : Fill(u.ShortName, p) };
                    n += UnitRow(w, p.Units[u.Key], unit, p.CommitteeId, null, null);
                }
                var admin = _communeAdmin[p.Code];
                for (var i = 0; i < p.Communes.Length; i++)
                {
                    var unit = new Unit(p.Id, p.UnitNames[p.Communes[i]], UnitKind.CommuneCommittee) { Key = $"{UnitKind.CommuneCommittee}-{admin[i].Code}" };
                    n += UnitRow(w, p.Communes[i], unit, p.CommitteeId, admin[i].Id, ReformDay);
                }
            }
            return n;
        }

        private static int UnitRow(NpgsqlBinaryImporter w, int id, Unit unit, int? parent, int? adminUnit, DateOnly? validFrom)
        {
            unit.RefreshSearchKey();
            w.StartRow();
            w.Write(id, NpgsqlDbType.Integer);
            w.Write(unit.ProvinceId, NpgsqlDbType.Integer);
            w.Text(unit.Key);
            w.Write(unit.Name, NpgsqlDbType.Text);
            w.Text(unit.ShortName);
            w.Write(unit.Kind.ToString(), NpgsqlDbType.Text);
            w.Int(parent);
            w.Int(adminUnit);
            w.Date(validFrom);
            w.Write(unit.Aliases.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            w.Write(unit.SearchKey, NpgsqlDbType.Text);
            return 1;
        }

        [Writes("unit_groups")]
        private long WriteGroups(NpgsqlBinaryImporter w)
        {
            long n = 0;
            foreach (var p in _provinces)
            {
                var communes = new UnitGroup(p.Id, "UBND cấp xã") { Key = "ubnd-cap-xa", RuleKind = UnitKind.CommuneCommittee };
                communes.SetAliases([CommuneGroupWritten, "UBND các xã, phường, đặc khu"]);
                var departments = new UnitGroup(p.Id, $"Các sở, ngành {p.Cap}") { Key = "cac-so-nganh", RuleKind = UnitKind.Department };
                departments.SetAliases([$"Các sở, ban, ngành {p.Cap}"]);
                foreach (var (id, g) in new[] { (p.CommuneGroup, communes), (p.DepartmentGroup, departments) })
                {
                    g.RefreshSearchKey();
                    w.StartRow();
                    w.Write(id, NpgsqlDbType.Integer);
                    w.Write(p.Id, NpgsqlDbType.Integer);
                    w.Write(g.Key!, NpgsqlDbType.Text);
                    w.Write(g.Name, NpgsqlDbType.Text);
                    w.Write(g.RuleKind!.Value.ToString(), NpgsqlDbType.Text);
                    w.Write(g.Aliases.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                    w.Write(g.SearchKey, NpgsqlDbType.Text);
                    n++;
                }
            }
            return n;
        }

        [Writes("users")]
        private long WriteUsers(NpgsqlBinaryImporter w)
        {
            long n = 0;
            var created = At(ReformDay, 8, 0);
            foreach (var p in _provinces)
            {
                var khcn = p.Units["so-khcn"];
                n += UserRow(w, p.Coordinator, $"dieuphoi.{p.Code}", $"Điều phối {p.UnitNames[khcn]} {p.Cap} {p.Name}", Role.Coordinator, khcn, p.Id, created);
                for (var i = 0; i < p.Communes.Length; i++)
                    n += UserRow(w, p.Officers[i], $"xa.{p.Code}.{i + 1}", $"Cán bộ {p.UnitNames[p.Communes[i]]}", Role.UnitOfficer, p.Communes[i], p.Id, created);
            }
            n += WriteTeamLogins(w, created);
            return n;
        }

        private int UserRow(NpgsqlBinaryImporter w, int id, string userName, string displayName, Role role, int unit, int province, DateTime created)
        {
            w.StartRow();
            w.Write(id, NpgsqlDbType.Integer);
            w.Write(userName, NpgsqlDbType.Text);
            w.Write(VietnameseText.Normalize(displayName), NpgsqlDbType.Text);
            w.Write(_passwordHash, NpgsqlDbType.Text);
            w.Write(new[] { role.ToString() }, NpgsqlDbType.Array | NpgsqlDbType.Text);
            w.Write(unit, NpgsqlDbType.Integer);
            w.Write(province, NpgsqlDbType.Integer);
            w.Write($"{Mix((ulong)id):x16}{Mix((ulong)id ^ 0xABCDEF):x16}", NpgsqlDbType.Text);
            w.Write(created, NpgsqlDbType.TimestampTz);
            return 1;
        }

        // ----- plans, activities, obligations (in memory: tens of thousands of rows) -----

        private void BuildPlans()
        {
            int planId = _base["plans"], activityId = _base["activities"], deadlineId = _base["plan_deadlines"], obligationId = _base["obligations"];
            var now = new DateTimeOffset(firstYear, 1, 1, 0, 0, 0, TimeSpan.Zero);
            foreach (var p in _provinces)
            {
                var random = new Random(Seed ^ int.Parse(p.Code, CultureInfo.InvariantCulture) * 7919);
                for (var y = firstYear; y < firstYear + years; y++)
                {
                    var windowStart = new DateOnly(y, 1, 1) < ReformDay ? ReformDay : new DateOnly(y, 1, 1);
                    var yearEnd = new DateOnly(y, 12, 31);
                    var titles = new Dictionary<string, int>();
                    for (var i = 0; i < scale.PlansPerYear; i++)
                    {
                        var kind = i switch { 0 => PlanKind.DxDay, 1 => PlanKind.DxWeek, _ when i % 3 == 2 => PlanKind.Communications, _ => PlanKind.Other };
                        var title = kind switch
                        {
                            PlanKind.DxDay => $"Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm {y} trên địa bàn {p.Cap} {p.Name}",
                            PlanKind.DxWeek => $"Kế hoạch tổ chức Tuần lễ Chuyển đổi số {p.Cap} {p.Name} năm {y}",
                            PlanKind.Communications => CommunicationTitles[random.Next(CommunicationTitles.Length)].Replace("{y}", y.ToString(CultureInfo.InvariantCulture)),
                            _ => OtherTitles[random.Next(OtherTitles.Length)].Replace("{y}", y.ToString(CultureInfo.InvariantCulture)),
                        };
                        var seen = titles.GetValueOrDefault(title);
                        titles[title] = seen + 1;
                        if (seen > 0) title += $" (đợt {seen + 1})";

                        // DX Day and DX Week plans are issued in September; the others early in the year (from 01/07 in 2025).
                        var issued = kind is PlanKind.DxDay or PlanKind.DxWeek
                            ? new DateOnly(y, 9, 1).AddDays(random.Next(0, 10))
                            : windowStart.AddDays(random.Next(3, y == ReformDay.Year ? 45 : 100));
                        var plan = new PlanRow
                        {
                            Id = ++planId, P = p, Year = y, Kind = kind, Title = VietnameseText.Normalize(title), Issued = issued,
                            Number = $"{20 + i * 6 + random.Next(0, 6)}/KH-UBND",
                            Status = y < asOf.Year ? (random.NextDouble() < 0.85 ? PlanStatus.Closed : PlanStatus.InProgress)
                                : random.NextDouble() < 0.9 ? PlanStatus.InProgress : PlanStatus.Issued,
                            Signer = Signers[random.Next(Signers.Length)],
                        };
                        var domain = new Plan(p.Id, plan.Title, kind, y, now) { NumberSymbol = plan.Number, Theme = kind == PlanKind.DxDay ? Theme : null };
                        domain.RefreshSearchKey();
                        plan.SearchKey = domain.SearchKey;

                        var count = random.Next(8, 13);
                        var chosen = Templates.OrderBy(_ => random.Next()).Take(count).ToList();
                        var sort = 0;
                        if (random.NextDouble() < 0.92)
                        {
                            var start = issued.AddDays(random.Next(5, 15));
                            plan.Activities.Add(NewActivity(plan, WeeklyPosting, ++activityId, ++sort, start, yearEnd, weekly: true, p));
                        }
                        foreach (var t in chosen)
                        {
                            DateOnly start;
                            if (kind is PlanKind.DxDay or PlanKind.DxWeek) start = new DateOnly(y, 9, 20).AddDays(random.Next(0, 31));
                            else
                            {
                                var latest = Math.Max(6, yearEnd.AddDays(-20).DayNumber - issued.DayNumber);
                                start = issued.AddDays(random.Next(5, latest));
                            }
                            var days = t.Kind switch
                            {
                                ActivityKind.MeetingCeremony or ActivityKind.Exhibition or ActivityKind.Conference or ActivityKind.Drill => random.Next(1, 3),
                                ActivityKind.Training => random.Next(1, 6),
                                ActivityKind.QuizContest or ActivityKind.SubmissionContest => random.Next(30, 61),
                                _ => random.Next(20, 121),
                            };
                            var end = start.AddDays(days - 1);
                            if (end > yearEnd) end = yearEnd;
                            plan.Activities.Add(NewActivity(plan, t, ++activityId, ++sort, start, end, weekly: false, p));
                        }

                        plan.DueOn = kind == PlanKind.DxDay ? new DateOnly(y, 10, 31) : new DateOnly(y, 12, random.Next(0, 2) == 0 ? 10 : 15);
                        plan.DeadlineId = ++deadlineId;
                        plan.DeadlineText = $"UBND các xã, phường báo cáo kết quả thực hiện Kế hoạch về {p.UnitNames[p.Units["so-khcn"]]} trước ngày {plan.DueOn:dd/MM/yyyy}";
                        var once = ObligationSchedule.Once(plan.DueOn);
                        p.Obligations.Add(new Obl
                        {
                            Id = ++obligationId, Plan = plan, Title = plan.DeadlineText, Recurrence = once.Recurrence, From = once.From, To = once.To,
                            PlanDeadlineId = plan.DeadlineId, DueDates = once.DueDates(),
                        });
                        if (i % 4 == 3)
                        {
                            var monthly = ObligationSchedule.Monthly(issued, yearEnd, 25);
                            p.Obligations.Add(new Obl
                            {
                                Id = ++obligationId, Plan = plan, Title = "Báo cáo tiến độ thực hiện Kế hoạch hằng tháng (trước ngày 25)",
                                Recurrence = monthly.Recurrence, From = monthly.From, To = monthly.To, Day = monthly.Day, DueDates = monthly.DueDates(),
                            });
                        }
                        p.Plans.Add(plan);
                    }
                }
            }
        }

        private const string Theme = "Chuyển đổi số toàn dân, toàn diện để nâng cao năng suất lao động, sức cạnh tranh và hiệu quả hoạt động";

        private Act NewActivity(PlanRow plan, ActivityTemplate t, int id, int sort, DateOnly start, DateOnly end, bool weekly, Prov p)
        {
            var act = new Act { Id = id, Plan = plan, T = t, Sort = sort, Start = start, End = end, Weekly = weekly };
            if (t.Communes != Communes.Lead) act.LeadUnit = p.Units[t.LeadKey!];
            act.Coordinating = t.CoordinatingKeys.Select(k => p.Units[k]).Where(u => u != act.LeadUnit).Distinct().Order().ToArray();
            if (weekly || t.MonthlyTarget)
            {
                act.TargetKind = weekly ? TargetPeriodKind.Week : TargetPeriodKind.Month;
                act.TargetPeriods = TargetPeriod.Covering(act.TargetKind.Value, start, end).Where(x => x.LastDay <= _last).ToArray();
            }
            return act;
        }

        [Writes("plans")]
        private long WritePlans(NpgsqlBinaryImporter w)
        {
            long n = 0;
            foreach (var p in _provinces)
            {
                string[] recipients = ["Bộ Khoa học và Công nghệ;", $"TT. Tỉnh ủy, TT. HĐND {p.Cap};", $"CT, các PCT UBND {p.Cap};",
                    $"Các sở, ngành {p.Cap};", "UBND các xã, phường;", "Lưu: VT."];
                if (p.Cap == "thành phố") recipients[1] = "TT. Thành ủy, TT. HĐND thành phố;";
                var issuer = $"ỦY BAN NHÂN DÂN {p.Cap.ToUpper(LantoaWeb.Vietnamese)} {p.Name.ToUpper(LantoaWeb.Vietnamese)}";
                foreach (var plan in p.Plans)
                {
                    var created = At(plan.Issued, 9, 0);
                    w.StartRow();
                    w.Write(plan.Id, NpgsqlDbType.Integer);
                    w.Write(p.Id, NpgsqlDbType.Integer);
                    w.Write(p.CommitteeId, NpgsqlDbType.Integer);
                    w.Write(issuer, NpgsqlDbType.Text);
                    w.Write(plan.Number, NpgsqlDbType.Text);
                    w.Write(p.Name, NpgsqlDbType.Text);
                    w.Write(plan.Issued, NpgsqlDbType.Date);
                    w.Write("Day", NpgsqlDbType.Text);
                    w.Write(plan.Title, NpgsqlDbType.Text);
                    w.Write(plan.Kind.ToString(), NpgsqlDbType.Text);
                    w.Write(plan.Year, NpgsqlDbType.Integer);
                    w.Text(plan.Kind == PlanKind.DxDay ? Theme : null);
                    w.Write($"Đẩy mạnh chuyển đổi số toàn diện trên địa bàn {p.Cap}; nâng cao nhận thức, kỹ năng số của cán bộ, công chức và người dân.", NpgsqlDbType.Text);
                    w.Write("Các cơ quan, đơn vị, địa phương triển khai đúng tiến độ, báo cáo kết quả đúng thời hạn.", NpgsqlDbType.Text);
                    w.Write(recipients, NpgsqlDbType.Array | NpgsqlDbType.Text);
                    w.Write("TM. ỦY BAN NHÂN DÂN", NpgsqlDbType.Text);
                    w.Write("KT. CHỦ TỊCH", NpgsqlDbType.Text);
                    w.Write("PHÓ CHỦ TỊCH", NpgsqlDbType.Text);
                    w.Write(plan.Signer, NpgsqlDbType.Text);
                    w.Write(plan.Status.ToString(), NpgsqlDbType.Text);
                    w.Write(plan.SearchKey, NpgsqlDbType.Text);
                    w.Write(created, NpgsqlDbType.TimestampTz);
                    w.Write(created, NpgsqlDbType.TimestampTz);
                    n++;
                }
            }
            return n;
        }

        [Writes("plan_deadlines")]
        private long WriteDeadlines(NpgsqlBinaryImporter w)
        {
            long n = 0;
            foreach (var plan in _provinces.SelectMany(p => p.Plans))
            {
                w.StartRow();
                w.Write(plan.DeadlineId, NpgsqlDbType.Integer);
                w.Write(plan.Id, NpgsqlDbType.Integer);
                w.Write(plan.DueOn, NpgsqlDbType.Date);
                w.Write(plan.DeadlineText, NpgsqlDbType.Text);
                w.Write(CommuneGroupWritten, NpgsqlDbType.Text);
                n++;
            }
            return n;
        }

        [Writes("activities")]
        private long WriteActivities(NpgsqlBinaryImporter w)
        {
            long n = 0;
            foreach (var a in _provinces.SelectMany(p => p.Plans).SelectMany(p => p.Activities))
            {
                var single = a.Start == a.End;
                var isEvent = a.T.Kind is ActivityKind.MeetingCeremony or ActivityKind.Exhibition or ActivityKind.Conference or ActivityKind.Drill;
                w.StartRow();
                w.Write(a.Id, NpgsqlDbType.Integer);
                w.Write(a.Plan.Id, NpgsqlDbType.Integer);
                w.Write(a.Sort, NpgsqlDbType.Integer);
                w.Write(a.Sort.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Text);
                w.Write(a.T.Title, NpgsqlDbType.Text);
                w.Text(a.T.Content);
                w.Write(a.T.Kind.ToString(), NpgsqlDbType.Text);
                w.Write(a.Start, NpgsqlDbType.Date);
                w.Write("Day", NpgsqlDbType.Text);
                w.Write(a.End, NpgsqlDbType.Date);
                w.Write("Day", NpgsqlDbType.Text);
                w.Write(a.Weekly ? nameof(Recurrence.Weekly) : nameof(Recurrence.None), NpgsqlDbType.Text);
                w.Write(a.Weekly ? $"Hằng tuần, từ ngày {a.Start:dd/MM/yyyy} đến ngày {a.End:dd/MM/yyyy}"
                    : single ? $"Ngày {a.Start:dd/MM/yyyy}" : $"Từ ngày {a.Start:dd/MM/yyyy} đến ngày {a.End:dd/MM/yyyy}", NpgsqlDbType.Text);
                w.Text(isEvent ? (a.T.Communes == Communes.Lead ? "Hội trường UBND các xã, phường" : $"Hội trường UBND {a.Plan.P.Cap}") : null);
                w.Int(isEvent ? a.T.FigureMax : null);
                n++;
            }
            return n;
        }

        [Writes("activity_parties")]
        private long WriteParties(NpgsqlBinaryImporter w)
        {
            long id = _base["activity_parties"];
            foreach (var p in _provinces)
                foreach (var a in p.Plans.SelectMany(x => x.Activities))
                {
                    if (a.LeadUnit is { } lead) Party(w, ++id, a.Id, PartyRole.Lead, lead, null, p.UnitNames[lead]);
                    else Party(w, ++id, a.Id, PartyRole.Lead, null, p.CommuneGroup, CommuneGroupWritten);
                    foreach (var u in a.Coordinating) Party(w, ++id, a.Id, PartyRole.Coordinating, u, null, p.UnitNames[u]);
                    if (a.T.Communes == Communes.Coordinating) Party(w, ++id, a.Id, PartyRole.Coordinating, null, p.CommuneGroup, CommuneGroupWritten);
                }
            return id - _base["activity_parties"];
        }

        private static void Party(NpgsqlBinaryImporter w, long id, int activity, PartyRole role, int? unit, int? group, string written)
        {
            w.StartRow();
            w.Write((int)id, NpgsqlDbType.Integer);
            w.Write(activity, NpgsqlDbType.Integer);
            w.Write(role.ToString(), NpgsqlDbType.Text);
            w.Int(unit);
            w.Int(group);
            w.Write(written, NpgsqlDbType.Text);
        }

        [Writes("obligations")]
        private long WriteObligations(NpgsqlBinaryImporter w)
        {
            long n = 0;
            foreach (var o in _provinces.SelectMany(p => p.Obligations))
            {
                w.StartRow();
                w.Write(o.Id, NpgsqlDbType.Integer);
                w.Write(o.Plan.P.Id, NpgsqlDbType.Integer);
                w.Write(o.Plan.Id, NpgsqlDbType.Integer);
                w.Int(o.PlanDeadlineId);
                w.Write(o.Title, NpgsqlDbType.Text);
                w.Write(CommuneGroupWritten, NpgsqlDbType.Text);
                w.Write(o.Recurrence.ToString(), NpgsqlDbType.Text);
                w.Write(o.From, NpgsqlDbType.Date);
                w.Write(o.To, NpgsqlDbType.Date);
                w.Int(o.Day);
                n++;
            }
            return n;
        }

        [Writes("obligation_parties")]
        private long WriteObligationParties(NpgsqlBinaryImporter w)
        {
            long id = _base["obligation_parties"];
            foreach (var p in _provinces)
                foreach (var o in p.Obligations)
                {
                    w.StartRow();
                    w.Write((int)++id, NpgsqlDbType.Integer);
                    w.Write(o.Id, NpgsqlDbType.Integer);
                    w.Write(p.CommuneGroup, NpgsqlDbType.Integer);
                    w.Write(CommuneGroupWritten, NpgsqlDbType.Text);
                }
            return id - _base["obligation_parties"];
        }

        // ----- the big tables: each pass walks the same assignments in the same order and decides by their ids -----

        private IEnumerable<Asg> Assignments()
        {
            var id = _base["assignments"];
            foreach (var p in _provinces)
                foreach (var plan in p.Plans)
                    foreach (var a in plan.Activities)
                    {
                        // In AssignmentPlanner's order: leads, then coordinating units, each by unit id.
                        if (a.LeadUnit is { } lead) yield return new Asg(++id, a, lead, -1, PartyRole.Lead, null);
                        else
                            for (var i = 0; i < p.Communes.Length; i++) yield return new Asg(++id, a, p.Communes[i], i, PartyRole.Lead, p.CommuneGroup);
                        foreach (var u in a.Coordinating) yield return new Asg(++id, a, u, -1, PartyRole.Coordinating, null);
                        if (a.T.Communes == Communes.Coordinating)
                            for (var i = 0; i < p.Communes.Length; i++) yield return new Asg(++id, a, p.Communes[i], i, PartyRole.Coordinating, p.CommuneGroup);
                    }
        }

        [Writes("assignments")]
        private long WriteAssignments(NpgsqlBinaryImporter w)
        {
            long n = 0;
            foreach (var s in Assignments())
            {
                w.StartRow();
                w.Write(s.Id, NpgsqlDbType.Integer);
                w.Write(s.A.Plan.Id, NpgsqlDbType.Integer);
                w.Write(s.A.Id, NpgsqlDbType.Integer);
                w.Write(s.UnitId, NpgsqlDbType.Integer);
                w.Write(s.Role == PartyRole.Lead ? "Lead" : "Coordinating", NpgsqlDbType.Text);
                w.Int(s.Via);
                // Most units acknowledge what they were given, a few days after the plan is issued.
                var ackDay = s.A.Plan.Issued.AddDays(1 + (int)(U(s.Id, 20) * 10));
                if (ackDay <= _last && U(s.Id, 21) < 0.65)
                {
                    w.Write(At(ackDay, 8 + (int)(U(s.Id, 22) * 9), (int)(U(s.Id, 23) * 60)), NpgsqlDbType.TimestampTz);
                    w.Write(FocalPeople[(int)(U(s.Id, 24) * FocalPeople.Length)], NpgsqlDbType.Text);
                }
                else
                {
                    w.WriteNull();
                    w.WriteNull();
                }
                n++;
            }
            return n;
        }

        /// <summary>How reliable a commune is, the same in every table: some report and submit almost always, others rarely.</summary>
        private static double Diligence(int unitId) => U(unitId, 99);

        /// <summary>Whether an assignment has a progress report, and what it says. Only communes report here (they have logins).</summary>
        private bool TryReport(in Asg s, out Rep r)
        {
            r = default;
            var a = s.A;
            if (s.Commune < 0 || a.Start > _last.AddDays(-3)) return false;
            var d = Diligence(s.UnitId);
            if (U(s.Id, 1) >= 0.35 + 0.55 * d) return false;
            var finished = a.End < _last;
            var to = finished ? a.End : _last;
            var x = U(s.Id, 2);
            var status = finished
                ? x < 0.84 ? ProgressStatus.Done : x < 0.93 ? ProgressStatus.InProgress : ProgressStatus.NotDone
                : x < 0.9 ? ProgressStatus.InProgress : ProgressStatus.NotStarted;
            var y = U(s.Id, 3);
            var state = y < 0.12 ? ReportState.Draft : y < 0.40 ? ReportState.Submitted : y < 0.45 ? ReportState.Returned : ReportState.Approved;
            var createdDay = Min(to.AddDays((int)(U(s.Id, 4) * 7)), _last);
            var created = At(createdDay, 8 + (int)(U(s.Id, 5) * 4), (int)(U(s.Id, 6) * 60));
            DateTime? submitted = null, reviewed = null;
            var updated = created;
            if (state != ReportState.Draft)
            {
                var day = Min(createdDay.AddDays((int)(U(s.Id, 7) * 3)), _last);
                submitted = Max(At(day, 13 + (int)(U(s.Id, 8) * 4), (int)(U(s.Id, 9) * 60)), created.AddMinutes(30));
                updated = submitted.Value;
                if (state != ReportState.Submitted)
                {
                    var reviewDay = TrackingCalendar.LocalDay(new DateTimeOffset(submitted.Value)).AddDays(1 + (int)(U(s.Id, 10) * 8));
                    if (reviewDay > _last) state = ReportState.Submitted;
                    else
                    {
                        reviewed = At(reviewDay, 8 + (int)(U(s.Id, 11) * 3), (int)(U(s.Id, 12) * 60));
                        updated = reviewed.Value;
                    }
                }
            }
            var t = a.T;
            var full = t.FigureMin + (int)(U(s.Id, 13) * (t.FigureMax - t.FigureMin + 1));
            decimal figure = status switch
            {
                ProgressStatus.Done => full,
                ProgressStatus.InProgress => Math.Max(1, full / 2),
                _ => 0,
            };
            r = new Rep(status, state, figure, a.Start, to, created, submitted, reviewed, updated);
            return true;
        }

        private string Narrative(in Asg s, in Rep r) => r.Status switch
        {
            ProgressStatus.Done => $"Đã hoàn thành: {VietnameseText.LowerFirst(s.A.T.Title)}. {s.A.T.FigureName}: {Number(r.Figure)} {s.A.T.FigureUnit}.",
            ProgressStatus.InProgress => $"Đang triển khai: {VietnameseText.LowerFirst(s.A.T.Title)}; đến nay {VietnameseText.LowerFirst(s.A.T.FigureName)} {Number(r.Figure)} {s.A.T.FigureUnit}.",
            ProgressStatus.NotStarted => "Chưa triển khai, địa phương dự kiến thực hiện trong kỳ tới.",
            _ => "Không thực hiện được trong kỳ.",
        };

        private static string? Reason(in Asg s, in Rep r) =>
            r.Status == ProgressStatus.NotDone ? NotDoneReasons[(int)(U(s.Id, 14) * NotDoneReasons.Length)] : null;

        [Writes("progress_reports")]
        private long WriteReports(NpgsqlBinaryImporter w)
        {
            long id = _base["progress_reports"];
            foreach (var s in Assignments())
            {
                if (!TryReport(s, out var r)) continue;
                var p = s.A.Plan.P;
                var officer = p.Officers[s.Commune];
                w.StartRow();
                w.Write((int)++id, NpgsqlDbType.Integer);
                w.Write(p.Id, NpgsqlDbType.Integer);
                w.Write(s.A.Plan.Id, NpgsqlDbType.Integer);
                w.Write(s.Id, NpgsqlDbType.Integer);
                w.Write(s.UnitId, NpgsqlDbType.Integer);
                w.Write(officer, NpgsqlDbType.Integer);
                w.Write(r.Status.ToString(), NpgsqlDbType.Text);
                w.Text(Reason(s, r));
                w.Write(Narrative(s, r), NpgsqlDbType.Text);
                w.Write(r.From, NpgsqlDbType.Date);
                w.Write(r.To, NpgsqlDbType.Date);
                w.Write(r.State.ToString(), NpgsqlDbType.Text);
                w.Text(r.State == ReportState.Returned ? ReturnComment : null);
                w.Ts(r.SubmittedAt);
                w.Int(r.SubmittedAt is null ? null : officer);
                w.Ts(r.State == ReportState.Approved ? r.ReviewedAt : null);
                w.Int(r.State == ReportState.Approved ? p.Coordinator : null);
                w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
                w.Write(r.UpdatedAt, NpgsqlDbType.TimestampTz);
            }
            return id - _base["progress_reports"];
        }

        [Writes("report_figures")]
        private long WriteFigures(NpgsqlBinaryImporter w)
        {
            long report = _base["progress_reports"], id = _base["report_figures"];
            foreach (var s in Assignments())
            {
                if (!TryReport(s, out var r)) continue;
                w.StartRow();
                w.Write((int)++id, NpgsqlDbType.Integer);
                w.Write((int)++report, NpgsqlDbType.Integer);
                w.Write(1, NpgsqlDbType.Integer);
                w.Write(s.A.T.FigureName, NpgsqlDbType.Text);
                w.Write(r.Figure, NpgsqlDbType.Numeric);
                w.Write(s.A.T.FigureUnit, NpgsqlDbType.Text);
            }
            return id - _base["report_figures"];
        }

        /// <summary>The history the app keeps: a version when a report is sent, another when it is approved or returned.</summary>
        [Writes("report_versions")]
        private long WriteVersions(NpgsqlBinaryImporter w)
        {
            long report = _base["progress_reports"], id = _base["report_versions"];
            foreach (var s in Assignments())
            {
                if (!TryReport(s, out var r)) continue;
                ++report;
                if (r.SubmittedAt is null) continue;
                var p = s.A.Plan.P;
                var figures = $"{s.A.T.FigureName}: {TrackingCalendar.Number(r.Figure, 4)} {s.A.T.FigureUnit}";
                Version(w, ++id, report, ReportAction.Submitted, p.Officers[s.Commune], r.SubmittedAt.Value, null, s, r, figures);
                if (r.ReviewedAt is { } at)
                    Version(w, ++id, report, r.State == ReportState.Returned ? ReportAction.Returned : ReportAction.Approved, p.Coordinator, at,
                        r.State == ReportState.Returned ? ReturnComment : null, s, r, figures);
            }
            return id - _base["report_versions"];
        }

        private void Version(NpgsqlBinaryImporter w, long id, long report, ReportAction action, int user, DateTime at, string? comment, in Asg s, in Rep r, string figures)
        {
            w.StartRow();
            w.Write((int)id, NpgsqlDbType.Integer);
            w.Write((int)report, NpgsqlDbType.Integer);
            w.Write(1, NpgsqlDbType.Integer);
            w.Write(action.ToString(), NpgsqlDbType.Text);
            w.Write(user, NpgsqlDbType.Integer);
            w.Write(at, NpgsqlDbType.TimestampTz);
            w.Text(comment);
            w.Write(r.Status.ToString(), NpgsqlDbType.Text);
            w.Text(Reason(s, r));
            w.Write(r.From, NpgsqlDbType.Date);
            w.Write(r.To, NpgsqlDbType.Date);
            w.Write(Narrative(s, r), NpgsqlDbType.Text);
            w.Write(figures, NpgsqlDbType.Text);
            w.Write(0, NpgsqlDbType.Integer);
        }

        /// <summary>Every commune's weekly posting target; a monthly target on six in ten communes' citizen-guidance campaigns.</summary>
        private static bool HasTarget(in Asg s) =>
            s.Commune >= 0 && s.Role == PartyRole.Lead && s.A.TargetKind is not null && (s.A.Weekly || U(s.Id, 30) < 0.6);

        [Writes("targets")]
        private long WriteTargets(NpgsqlBinaryImporter w)
        {
            long id = _base["targets"];
            foreach (var s in Assignments())
            {
                if (!HasTarget(s)) continue;
                var weekly = s.A.Weekly;
                w.StartRow();
                w.Write((int)++id, NpgsqlDbType.Integer);
                w.Write(s.A.Plan.P.Id, NpgsqlDbType.Integer);
                w.Write(s.A.Plan.Id, NpgsqlDbType.Integer);
                w.Write(s.Id, NpgsqlDbType.Integer);
                w.Write(s.UnitId, NpgsqlDbType.Integer);
                w.Write(weekly ? "tin, bài về chuyển đổi số đăng trên trang thông tin điện tử" : "người dân được hướng dẫn sử dụng dịch vụ công trực tuyến", NpgsqlDbType.Text);
                w.Write(weekly ? "Mỗi tuần đăng tải ít nhất 01 tin, bài" : "Mỗi tháng hướng dẫn ít nhất 30 người dân", NpgsqlDbType.Text);
                w.Write(weekly ? 1m : 30m, NpgsqlDbType.Numeric);
                w.Write(s.A.TargetKind!.Value.ToString(), NpgsqlDbType.Text);
                w.Write(nameof(TargetComparison.AtLeast), NpgsqlDbType.Text);
                w.Write(s.A.Start, NpgsqlDbType.Date);
                w.Write(s.A.End, NpgsqlDbType.Date);
            }
            return id - _base["targets"];
        }

        [Writes("target_entries")]
        private long WriteTargetEntries(NpgsqlBinaryImporter w)
        {
            long target = _base["targets"], id = _base["target_entries"];
            foreach (var s in Assignments())
            {
                if (!HasTarget(s)) continue;
                ++target;
                var d = Diligence(s.UnitId);
                var officer = s.A.Plan.P.Officers[s.Commune];
                var periods = s.A.TargetPeriods;
                for (var k = 0; k < periods.Length; k++)
                {
                    var key = target * 128 + k;
                    if (U(key, 40) >= 0.6 + 0.38 * d) continue;   // a period nobody entered
                    var x = U(key, 41);
                    decimal value = s.A.Weekly
                        ? x < 0.12 * (1.3 - d) ? 0 : x < 0.75 ? 1 : x < 0.93 ? 2 : 3
                        : (int)((5 + x * 55) * (0.5 + d));
                    var at = At(Min(periods[k].LastDay.AddDays((int)(U(key, 42) * 4)), _last), 16, (int)(U(key, 43) * 60));
                    w.StartRow();
                    w.Write((int)++id, NpgsqlDbType.Integer);
                    w.Write((int)target, NpgsqlDbType.Integer);
                    w.Write(periods[k].Key, NpgsqlDbType.Text);
                    w.Write(value, NpgsqlDbType.Numeric);
                    w.Write(officer, NpgsqlDbType.Integer);
                    w.Write(at, NpgsqlDbType.TimestampTz);
                    w.Write(at, NpgsqlDbType.TimestampTz);
                }
            }
            return id - _base["target_entries"];
        }

        /// <summary>Seven in ten communes submit what they owe (the diligent ones more often); a quarter of those who do are late.</summary>
        [Writes("obligation_submissions")]
        private long WriteSubmissions(NpgsqlBinaryImporter w)
        {
            long id = _base["obligation_submissions"];
            foreach (var p in _provinces)
                foreach (var o in p.Obligations)
                    for (var k = 0; k < o.DueDates.Count; k++)
                    {
                        var due = o.DueDates[k];
                        if (due > _last) break;
                        for (var i = 0; i < p.Communes.Length; i++)
                        {
                            var key = ((long)o.Id * 64 + k) * 4096 + i;
                            var d = Diligence(p.Communes[i]);
                            if (U(key, 50) >= 0.45 + 0.5 * d) continue;
                            var late = U(key, 51) < 0.35 * (1.15 - d);
                            var day = late ? due.AddDays(1 + (int)(U(key, 52) * 12)) : due.AddDays(-(int)(U(key, 52) * 6));
                            if (day > _last) continue;                     // not yet submitted
                            var at = At(day, 8 + (int)(U(key, 53) * 9), (int)(U(key, 54) * 60));
                            w.StartRow();
                            w.Write((int)++id, NpgsqlDbType.Integer);
                            w.Write(o.Id, NpgsqlDbType.Integer);
                            w.Write(p.Communes[i], NpgsqlDbType.Integer);
                            w.Write(due, NpgsqlDbType.Date);
                            w.Write(at, NpgsqlDbType.TimestampTz);
                            w.Write(day, NpgsqlDbType.Date);
                            w.Write(p.Officers[i], NpgsqlDbType.Integer);
                        }
                    }
            return id - _base["obligation_submissions"];
        }

        // ----- database helpers -----

        /// <summary>TRUNCATE and COPY … FREEZE in one transaction: rows arrive frozen and visible, so no VACUUM pass is needed
        /// before index-only scans. The database is new and loaded parent before child: TRUNCATE … CASCADE meets only empty tables.</summary>
        private async Task CopyAsync(string table, string columns, Func<NpgsqlBinaryImporter, long> rows, CancellationToken ct)
        {
            var sw = Stopwatch.StartNew();
            await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cs) { CommandTimeout = 0 }.ConnectionString);
            await conn.OpenAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            await ExecAsync(conn, $"TRUNCATE {table} CASCADE", ct);
            long n;
            await using (var writer = await conn.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY, FREEZE)", ct))
            {
                writer.Timeout = TimeSpan.FromHours(1);
                n = rows(writer);
                await writer.CompleteAsync(ct);
            }
            await tx.CommitAsync(ct);
            _counts.Add((table, n));
            var rate = sw.Elapsed.TotalSeconds > 0.5 ? $" ({N((long)(n / sw.Elapsed.TotalSeconds))} dòng/s)" : "";
            log.WriteLine($"  {table}: {N(n)} dòng, {S(sw.Elapsed)} s{rate}");
        }

        private async Task CountAsync(string table, CancellationToken ct)
        {
            await using var conn = new NpgsqlConnection(cs);
            await conn.OpenAsync(ct);
            _counts.Add((table, await ScalarIntAsync(conn, $"SELECT count(*) FROM {table}", ct)));
        }

        /// <summary>Drops the tables' unique and foreign-key constraints and their other indexes (not the primary keys);
        /// returns the statements that put them back: unique constraints, indexes, then foreign keys.</summary>
        private static async Task<List<string>> SetAsideAsync(NpgsqlConnection conn, string[] tables, CancellationToken ct)
        {
            var constraints = new List<(string Table, string Name, string Definition, char Type)>();
            await using (var cmd = new NpgsqlCommand(
                             "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype FROM pg_constraint c " +
                             "WHERE c.contype IN ('f', 'u') AND c.conrelid::regclass::text = ANY(@t) ORDER BY 1, 2", conn))
            {
                cmd.Parameters.AddWithValue("t", tables);
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) constraints.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetChar(3)));
            }
            var indexes = new List<(string Name, string Definition)>();
            await using (var cmd = new NpgsqlCommand(
                             "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public' AND i.tablename = ANY(@t) " +
                             "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) ORDER BY i.tablename, i.indexname", conn))
            {
                cmd.Parameters.AddWithValue("t", tables);
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
            foreach (var c in constraints.Where(c => c.Type == 'f')) await ExecAsync(conn, $"ALTER TABLE {c.Table} DROP CONSTRAINT {c.Name}", ct);
            foreach (var c in constraints.Where(c => c.Type == 'u')) await ExecAsync(conn, $"ALTER TABLE {c.Table} DROP CONSTRAINT {c.Name}", ct);
            foreach (var i in indexes) await ExecAsync(conn, $"DROP INDEX {i.Name}", ct);
            return
            [
                .. constraints.Where(c => c.Type == 'u').Select(c => $"ALTER TABLE {c.Table} ADD CONSTRAINT {c.Name} {c.Definition}"),
                .. indexes.Select(i => i.Definition),
                .. constraints.Where(c => c.Type == 'f').Select(c => $"ALTER TABLE {c.Table} ADD CONSTRAINT {c.Name} {c.Definition}"),
            ];
        }

        /// <summary>Every identity column continues after the largest id, so that the app's own inserts work.</summary>
        private static async Task ResetSequencesAsync(NpgsqlConnection conn, CancellationToken ct)
        {
            var columns = new List<(string Table, string Column)>();
            await using (var cmd = new NpgsqlCommand(
                             "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'", conn))
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) columns.Add((reader.GetString(0), reader.GetString(1)));
            foreach (var (table, column) in columns)
                await ExecAsync(conn,
                    $"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), coalesce((SELECT max({column}) FROM {table}), 0) + 1, false)", ct);
        }

        private static async Task ExecAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
        {
            await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
            await cmd.ExecuteNonQueryAsync(ct);
        }

        private static async Task<int> ScalarIntAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
        {
            await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
            return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }

        private static string Number(decimal value) => TrackingCalendar.Number(value, 0);

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
    }

    /// <summary>Numbers as Vietnamese write them: 1.234.567 and 12,5.</summary>
    internal static string N(long n) => n.ToString("N0", LantoaWeb.Vietnamese);

    internal static string S(TimeSpan t) => t.TotalSeconds.ToString("0.0", LantoaWeb.Vietnamese);

    /// <summary>A local (Vietnam, UTC+7) time of day as the UTC instant PostgreSQL stores.</summary>
    private static DateTime At(DateOnly day, int hour, int minute) =>
        day.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Utc) - TrackingCalendar.VietnamOffset;

    // ----- deterministic randomness: a row's choices are a function of its id, so every pass agrees -----

    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>A number in [0, 1) fixed by the seed, an id and what it is for (salt).</summary>
    private static double U(long id, int salt) => (Mix(Mix((ulong)id * 1_000_003UL + (ulong)salt) ^ Seed) >> 11) * (1.0 / (1UL << 53));

    // ----- binary COPY with nulls -----

    private static void Text(this NpgsqlBinaryImporter w, string? value)
    {
        if (value is null) w.WriteNull();
        else w.Write(value, NpgsqlDbType.Text);
    }

    private static void Int(this NpgsqlBinaryImporter w, int? value)
    {
        if (value is null) w.WriteNull();
        else w.Write(value.Value, NpgsqlDbType.Integer);
    }

    private static void Date(this NpgsqlBinaryImporter w, DateOnly? value)
    {
        if (value is null) w.WriteNull();
        else w.Write(value.Value, NpgsqlDbType.Date);
    }

    private static void Ts(this NpgsqlBinaryImporter w, DateTime? value)
    {
        if (value is null) w.WriteNull();
        else w.Write(value.Value, NpgsqlDbType.TimestampTz);
    }
}
