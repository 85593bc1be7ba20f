using System.Text.Json;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Teams;
using Lantoa.Domain.Text;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure;
using Npgsql;
using NpgsqlTypes;

namespace Lantoa.Web.Cli;

/// <summary>
/// The Teams module's part of `data generate` (TeamsModule.GeneratedTables): a Tổ CNSCĐ in every commune (and an
/// "IT Xanh" youth squad in every tenth) with five members each — the leader with a login of the role Tổ CNSCĐ
/// (tocnscd.{province}.{n}, the demo password) — and in every province a ten-day campaign 01/10–10/10 of the first plan
/// year on its DX Day plan's field activity, with the five categories of Tiền Giang's 2024 campaign, every commune taking
/// part with its households, and 42–82 logs per commune and day (just over 2 million rows nationally). A few communes fall
/// silent for the last four days, so the coverage page has communes to flag.
/// </summary>
public static partial class DataGenerate
{
    private static readonly string[] CampaignCategoryNames =
    [
        "Hướng dẫn sử dụng dịch vụ công trực tuyến", "Hướng dẫn thanh toán không dùng tiền mặt",
        "Hướng dẫn mua bán trên sàn thương mại điện tử", "Bảo vệ bản thân và gia đình trên môi trường mạng",
        "Tìm kiếm thông tin hiệu quả trên Internet",
    ];

    private static readonly string[] MemberOrganisations = ["UBND xã", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Bưu điện", "VNPT", "Công an xã"];

    private const int MembersPerTeam = 5;
    private const int CampaignDays = 10;

    private sealed partial class Generator
    {
        private sealed record TeamRow(int Id, Prov P, int CommuneIndex, string CommuneCode, string CommuneName, TeamKind Kind, int? LoginId);

        private sealed record CampaignRow(int Id, Prov P, int PlanId, int ActivityId, DateOnly StartsOn);

        private List<TeamRow>? _teams;
        private List<CampaignRow>? _campaigns;

        /// <summary>Teams and campaigns with their ids, decided once (the users' writer needs the logins first).</summary>
        private void PlanTeams()
        {
            if (_teams is not null) return;
            var login = _provinces.SelectMany(p => p.Officers.Append(p.Coordinator)).DefaultIfEmpty(_base["users"]).Max();
            int teamId = _base["teams"], campaignId = _base["field_campaigns"];
            _teams = [];
            _campaigns = [];
            foreach (var p in _provinces)
            {
                var admin = _communeAdmin[p.Code];
                for (var i = 0; i < p.Communes.Length; i++)
                {
                    var name = p.UnitNames[p.Communes[i]];
                    name = name.StartsWith("UBND ", StringComparison.Ordinal) ? name["UBND ".Length..] : name;
                    name = char.ToUpper(name[0], LantoaWeb.Vietnamese) + name[1..];
                    _teams.Add(new TeamRow(++teamId, p, i, admin[i].Code, name, TeamKind.Community, ++login));
                    if (i % 10 == 0) _teams.Add(new TeamRow(++teamId, p, i, admin[i].Code, name, TeamKind.YouthSquad, null));
                }
                var plan = p.Plans.FirstOrDefault(x => x.Kind == PlanKind.DxDay) ?? p.Plans.FirstOrDefault();
                if (plan is null || plan.Activities.Count == 0) continue;
                var activity = plan.Activities.FirstOrDefault(a => a.T.Kind == ActivityKind.FieldCampaign) ?? plan.Activities[0];
                _campaigns.Add(new CampaignRow(++campaignId, p, plan.Id, activity.Id, new DateOnly(plan.Year, 10, 1)));
            }
        }

        private long WriteTeamLogins(NpgsqlBinaryImporter w, DateTime created)
        {
            PlanTeams();
            long n = 0;
            foreach (var t in _teams!.Where(t => t.LoginId is not null))
            {
                w.StartRow();
                w.Write(t.LoginId!.Value, NpgsqlDbType.Integer);
                w.Write($"tocnscd.{t.P.Code}.{t.CommuneIndex + 1}", NpgsqlDbType.Text);
                w.Write(VietnameseText.Normalize($"Tổ trưởng Tổ CNSCĐ {t.CommuneName}"), NpgsqlDbType.Text);
                w.Write(_passwordHash, NpgsqlDbType.Text);
                w.Write(new[] { Role.TeamMember.ToString() }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.WriteNull();
                w.Write(t.P.Id, NpgsqlDbType.Integer);
                w.Write($"{Mix((ulong)t.LoginId):x16}{Mix((ulong)t.LoginId ^ 0xABCDEF):x16}", NpgsqlDbType.Text);
                w.Write(created, NpgsqlDbType.TimestampTz);
                n++;
            }
            return n;
        }

        [Writes("teams")]
        private long WriteTeams(NpgsqlBinaryImporter w)
        {
            PlanTeams();
            var created = At(ReformDay, 8, 0);
            foreach (var t in _teams!)
            {
                w.StartRow();
                w.Write(t.Id, NpgsqlDbType.Integer);
                w.Write(t.P.Id, NpgsqlDbType.Integer);
                w.Write(t.CommuneCode, NpgsqlDbType.Text);
                w.Write(VietnameseText.Normalize(t.Kind == TeamKind.Community ? $"Tổ công nghệ số cộng đồng {t.CommuneName}" : $"Đội hình IT Xanh {t.CommuneName}"), NpgsqlDbType.Text);
                w.Write(t.Kind.ToString(), NpgsqlDbType.Text);
                w.WriteNull();
                w.Write(created, NpgsqlDbType.TimestampTz);
            }
            return _teams.Count;
        }

        [Writes("team_members")]
        private long WriteTeamMembers(NpgsqlBinaryImporter w)
        {
            PlanTeams();
            var id = _base["team_members"];
            foreach (var t in _teams!)
                for (var k = 0; k < MembersPerTeam; k++)
                {
                    ++id;
                    var role = k == 0 ? MemberRole.Leader : k == 1 ? MemberRole.Deputy : MemberRole.Member;
                    w.StartRow();
                    w.Write(id, NpgsqlDbType.Integer);
                    w.Write(t.Id, NpgsqlDbType.Integer);
                    w.Write(VietnameseText.Normalize(FocalPeople[(int)(U(id, 51) * FocalPeople.Length)]), NpgsqlDbType.Text);
                    w.Write(role.ToString(), NpgsqlDbType.Text);
                    w.Write(t.Kind == TeamKind.YouthSquad ? "Đoàn Thanh niên" : MemberOrganisations[(int)(U(id, 52) * MemberOrganisations.Length)], NpgsqlDbType.Text);
                    w.Write($"09{10_000_000 + id:D8}", NpgsqlDbType.Text);
                    w.Int(k == 0 ? t.LoginId : null);
                }
            return id - _base["team_members"];
        }

        private static readonly JsonSerializerOptions CampaignJson = new(JsonSerializerDefaults.Web);

        [Writes("field_campaigns")]
        private long WriteFieldCampaigns(NpgsqlBinaryImporter w)
        {
            PlanTeams();
            var categories = JsonSerializer.Serialize(CampaignCategoryNames.Select(n => new CampaignCategory(CampaignCategories.KeyOf(n), n)), CampaignJson);
            foreach (var c in _campaigns!)
            {
                w.StartRow();
                w.Write(c.Id, NpgsqlDbType.Integer);
                w.Write(c.P.Id, NpgsqlDbType.Integer);
                w.Write(c.PlanId, NpgsqlDbType.Integer);
                w.Write(c.ActivityId, NpgsqlDbType.Integer);
                w.Write($"Chiến dịch ra quân của Tổ công nghệ số cộng đồng {c.P.Cap} {c.P.Name} năm {c.StartsOn.Year}", NpgsqlDbType.Text);
                w.Write(c.StartsOn, NpgsqlDbType.Date);
                w.Write(c.StartsOn.AddDays(CampaignDays - 1), NpgsqlDbType.Date);
                w.Write(categories, NpgsqlDbType.Jsonb);
            }
            return _campaigns.Count;
        }

        /// <summary>A commune's households, the denominator of coverage: 3.000–12.000, fixed by its team.</summary>
        private static int Households(TeamRow t) => 3_000 + (int)(U(t.Id, 46) * 9_000);

        [Writes("campaign_communes")]
        private long WriteCampaignCommunes(NpgsqlBinaryImporter w)
        {
            PlanTeams();
            var id = _base["campaign_communes"];
            foreach (var c in _campaigns!)
                foreach (var t in _teams!.Where(t => t.P == c.P && t.Kind == TeamKind.Community))
                {
                    var households = Households(t);
                    w.StartRow();
                    w.Write(++id, NpgsqlDbType.Integer);
                    w.Write(c.Id, NpgsqlDbType.Integer);
                    w.Write(t.CommuneCode, NpgsqlDbType.Text);
                    w.Write(households, NpgsqlDbType.Integer);
                    w.Write(households * 3 / 10, NpgsqlDbType.Integer);
                    w.Write(households * 6 / 10, NpgsqlDbType.Integer);
                }
            return id - _base["campaign_communes"];
        }

        [Writes("field_logs")]
        private long WriteFieldLogs(NpgsqlBinaryImporter w)
        {
            PlanTeams();
            long id = _base["field_logs"];
            var keys = CampaignCategoryNames.Select(CampaignCategories.KeyOf).ToArray();
            Span<byte> guid = stackalloc byte[16];
            foreach (var c in _campaigns!)
                foreach (var t in _teams!.Where(t => t.P == c.P && t.Kind == TeamKind.Community))
                {
                    var silence = U(t.Id, 42);
                    for (var d = 0; d < CampaignDays; d++)
                    {
                        // 0,5 % of communes never log; 3 % stop after the sixth day (flagged "ba ngày chưa ghi nhận").
                        if (silence < 0.005 || (silence < 0.035 && d >= CampaignDays - 4)) continue;
                        var date = c.StartsOn.AddDays(d);
                        var count = 42 + (int)(U(t.Id * 16L + d, 41) * 41);
                        for (var k = 0; k < count; k++)
                        {
                            ++id;
                            BitConverter.TryWriteBytes(guid[..8], Mix((ulong)id));
                            BitConverter.TryWriteBytes(guid[8..], Mix((ulong)id ^ 0x5EED_F1E1_D106UL));
                            var households = 1 + (int)(U(id, 43) * 6);
                            w.StartRow();
                            w.Write(id, NpgsqlDbType.Bigint);
                            w.Write(new Guid(guid), NpgsqlDbType.Uuid);
                            w.Write(c.Id, NpgsqlDbType.Integer);
                            w.Write(t.Id, NpgsqlDbType.Integer);
                            w.Write(t.LoginId!.Value, NpgsqlDbType.Integer);
                            w.Write(t.CommuneCode, NpgsqlDbType.Text);
                            w.Text(U(id, 47) < 0.2 ? null : $"Ấp {1 + (int)(U(id, 48) * 8)}");
                            w.Write(keys[(int)(U(id, 45) * keys.Length)], NpgsqlDbType.Text);
                            w.Write(date, NpgsqlDbType.Date);
                            w.Write(households, NpgsqlDbType.Integer);
                            w.Write(households + (int)(U(id, 44) * 6), NpgsqlDbType.Integer);
                            if (id % 10 == 0) w.Write($"{{\"Cài đặt VNeID mức 2\": {1 + (int)(U(id, 49) * 5)}}}", NpgsqlDbType.Jsonb);
                            else w.WriteNull();
                            w.WriteNull();
                            w.Write(At(date, 8 + (int)(U(id, 50) * 10), (int)(id % 60)), NpgsqlDbType.TimestampTz);
                        }
                    }
                }
            return id - _base["field_logs"];
        }
    }
}
