using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantoa.Domain.Documents;
using Lantoa.Domain.Tests.Units;

namespace Lantoa.Domain.Tests.Documents;

/// <summary>The documented contract of <c>plan check --json</c> (docs/plan-json.md): names, types and formats.</summary>
public partial class PlanCheckJsonTests
{
    private static JsonElement Json(string seed, string province = "80")
    {
        var document = TextDocumentReader.Read(seed, Encoding.UTF8.GetBytes(SharedData.Seed(seed)));
        var plan = PlanDocumentParser.Parse(document, ProvinceNames.Of(province).Resolver);
        return JsonDocument.Parse(PlanCheckJson.From(plan).ToJson()).RootElement.Clone();
    }

    private static readonly Lazy<JsonElement> DayPlan = new(() => Json("longan-2024-ngay-cds.txt"));

    private static void HasProperties(JsonElement element, params string[] names)
    {
        foreach (var name in names)
            Assert.True(element.TryGetProperty(name, out _), $"missing \"{name}\" in {element}");
    }

    [Fact]
    public void The_top_level_fields_are_present_in_camel_case()
    {
        var root = DayPlan.Value;

        HasProperties(root, "schemaVersion", "documentNumber", "issuer", "parentIssuer", "place", "issuedOn", "title", "theme", "slogan",
            "legalBases", "activities", "responsibilities", "deadlines", "budgetTables", "participantTables", "taskTables",
            "legalDocumentLists", "appendices", "budget", "signer", "recipients", "findings", "purposes", "requirements", "province", "units");
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("database", root.GetProperty("units").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("province").ValueKind);   // parsed without province detection
        Assert.Equal("/KH-UBND", root.GetProperty("documentNumber").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("issuer").ValueKind);
        Assert.DoesNotContain(root.EnumerateObject(), p => char.IsUpper(p.Name[0]));
    }

    [Fact]
    public void Issued_on_is_an_iso_date_as_precise_as_written()
    {
        Assert.Equal("2024-09", DayPlan.Value.GetProperty("issuedOn").GetString());
        Assert.Matches(IsoPartialDate(), DayPlan.Value.GetProperty("issuedOn").GetString()!);

        var full = PlanDocumentParser.Parse(TextDocumentReader.Read("a.txt", Encoding.UTF8.GetBytes("Số: 5/KH-UBND\n\nLong An, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\n\nThử\n\nI. NỘI DUNG\n\n1. A\na) Cơ quan chủ trì: Sở Nội vụ.\n")));
        Assert.Equal("2024-03-05", JsonDocument.Parse(PlanCheckJson.From(full).ToJson()).RootElement.GetProperty("issuedOn").GetString());
    }

    [Fact]
    public void Activities_carry_units_as_objects_times_and_children()
    {
        var activities = DayPlan.Value.GetProperty("activities");
        var meeting = activities[1];
        var province = meeting.GetProperty("children")[0];

        HasProperties(province, "label", "path", "title", "lead", "coordinating", "start", "end", "timeText", "location", "participantCount",
            "budgetTotal", "children", "line", "budgetAppendix", "participantsAppendix");
        Assert.Equal("2.1", province.GetProperty("label").GetString());
        Assert.Equal("2024-10-10", province.GetProperty("start").GetString());
        Assert.Equal("2024-10-10", province.GetProperty("end").GetString());
        Assert.True(province.GetProperty("tentative").GetBoolean());
        Assert.Equal(400, province.GetProperty("participantCount").GetInt32());
        Assert.Equal(388_400_000, province.GetProperty("budgetTotal").GetInt64());
        Assert.Equal("Phụ lục II", province.GetProperty("budgetAppendix").GetString());

        var lead = province.GetProperty("lead")[0];
        Assert.Equal("Sở Thông tin và Truyền thông", lead.GetProperty("written").GetString());
        Assert.Equal("Sở Thông tin và Truyền thông", lead.GetProperty("canonicalName").GetString());
        Assert.Equal(JsonValueKind.Number, lead.GetProperty("unitId").ValueKind);
        Assert.True(lead.TryGetProperty("provinceCode", out _), "every unit object has provinceCode");
        Assert.False(lead.TryGetProperty("groupId", out _));

        var group = activities[0].GetProperty("lead")[1];
        Assert.Equal("UBND các huyện, thị xã, thành phố", group.GetProperty("written").GetString());
        Assert.Equal("UBND cấp huyện", group.GetProperty("canonicalName").GetString());
        Assert.Equal(JsonValueKind.Number, group.GetProperty("groupId").ValueKind);
        Assert.False(group.TryGetProperty("unitId", out _));

        var unknown = activities[2].GetProperty("coordinating")[1];
        Assert.False(unknown.TryGetProperty("canonicalName", out _));
        Assert.True(unknown.GetProperty("suggestions").GetArrayLength() > 0);
        HasProperties(unknown.GetProperty("suggestions")[0], "name", "score");
    }

    [Fact]
    public void Tables_deadlines_signer_and_findings_follow_the_contract()
    {
        var root = DayPlan.Value;

        var budget = root.GetProperty("budgetTables")[0];
        HasProperties(budget, "label", "title", "items", "statedTotal", "computedTotal");
        Assert.Equal(388_400_000, budget.GetProperty("statedTotal").GetInt64());
        Assert.Equal(388_400_000, budget.GetProperty("computedTotal").GetInt64());
        var water = budget.GetProperty("items").EnumerateArray().First(i => i.GetProperty("content").GetString() == "Nước uống");
        HasProperties(water, "label", "content", "unit", "quantity", "unitPrice", "amount");
        Assert.Equal("Người", water.GetProperty("unit").GetString());
        Assert.Equal(400, water.GetProperty("quantity").GetDecimal());
        Assert.Equal(40_000, water.GetProperty("unitPrice").GetInt64());
        Assert.Equal(16_000_000, water.GetProperty("amount").GetInt64());

        var participants = root.GetProperty("participantTables")[0];
        HasProperties(participants, "title", "rows", "statedTotal", "computedTotal");
        Assert.Equal(400, participants.GetProperty("statedTotal").GetInt32());
        var row = participants.GetProperty("rows")[1];
        HasProperties(row, "label", "unit", "count");
        Assert.Equal(JsonValueKind.Object, row.GetProperty("unit").ValueKind);
        HasProperties(row.GetProperty("unit"), "written");

        var deadline = root.GetProperty("deadlines")[0];
        HasProperties(deadline, "due", "text", "units");
        Assert.Equal("2024-09-15", deadline.GetProperty("due").GetString());
        Assert.Equal("UBND các huyện, thị xã, thành phố", deadline.GetProperty("units")[0].GetProperty("written").GetString());

        var basis = root.GetProperty("legalBases")[0];
        Assert.Equal(("505/QĐ-TTg", "Quyết định", "2022-04-22", "Thủ tướng Chính phủ"),
            (basis.GetProperty("symbol").GetString(), basis.GetProperty("type").GetString(), basis.GetProperty("date").GetString(), basis.GetProperty("issuer").GetString()));

        var signer = root.GetProperty("signer");
        HasProperties(signer, "authority", "title", "name");
        Assert.Equal("Phạm Tấn Hòa", signer.GetProperty("name").GetString());
        Assert.Equal(14, root.GetProperty("recipients").GetArrayLength());

        var responsibility = root.GetProperty("responsibilities")[0];
        HasProperties(responsibility, "unit", "units", "duties");
        Assert.Equal("Sở Thông tin và Truyền thông", responsibility.GetProperty("unit").GetProperty("written").GetString());
        Assert.Equal(JsonValueKind.Number, responsibility.GetProperty("unit").GetProperty("unitId").ValueKind);
        var several = root.GetProperty("responsibilities")[6];
        Assert.Equal("Báo Long An, Đài Phát thanh và Truyền hình Long An", several.GetProperty("unit").GetProperty("written").GetString());
        Assert.False(several.GetProperty("unit").TryGetProperty("canonicalName", out _));
        Assert.Equal(2, several.GetProperty("units").GetArrayLength());

        foreach (var finding in root.GetProperty("findings").EnumerateArray())
        {
            HasProperties(finding, "severity", "code", "message", "line");
            Assert.Contains(finding.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
        }
    }

    [Fact]
    public void Task_tables_are_in_the_json_of_the_communications_plan()
    {
        var root = Json("longan-2024-tuyen-truyen-cds.txt");

        var table = root.GetProperty("taskTables")[0];
        HasProperties(table, "label", "title", "rows");
        var row = table.GetProperty("rows")[1];
        HasProperties(row, "label", "task", "lead", "coordinating", "timeText", "start", "end", "note");
        Assert.Equal("1.1", row.GetProperty("label").GetString());
        Assert.Equal("Thường xuyên", row.GetProperty("timeText").GetString());
    }

    [Fact]
    public void Vietnamese_is_written_unescaped()
    {
        var document = TextDocumentReader.Read("a.txt", Encoding.UTF8.GetBytes(SharedData.Seed("tiengiang-2024-ngay-cds.txt")));
        var json = PlanCheckJson.From(PlanDocumentParser.Parse(document)).ToJson();

        Assert.Contains("Ngày Chuyển đổi số tỉnh Tiền Giang", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u1", json, StringComparison.Ordinal);
        Assert.Contains("\n  \"", json, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$")]
    private static partial Regex IsoPartialDate();
}
