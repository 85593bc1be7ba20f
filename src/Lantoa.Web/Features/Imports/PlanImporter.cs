using System.Text.Json;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Documents;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Text;
using Lantoa.Domain.Units;
using Lantoa.Web.Features.Documents;
using Lantoa.Web.Features.Plans;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using PlanActivity = Lantoa.Domain.Plans.Activity;

namespace Lantoa.Web.Features.Imports;

/// <summary>What reading a file gave: the document, the plan understood from it, and an earlier import of the same file.</summary>
public sealed record ImportPreview(SourceDocument Document, ParsedPlan Plan, ExistingImport? SameFile)
{
    public bool CanCreate => Plan.IsPlan && !Document.Findings.Any(f => f.Severity == Severity.Error) && OtherProvince is null;

    /// <summary>The refusal of a plan of another province (<see cref="DocumentProvinceDetector.OtherProvince"/>), if it is one.</summary>
    public Finding? OtherProvince { get; init; }

    /// <summary>Every finding, the reader's first.</summary>
    public IReadOnlyList<Finding> Findings => Document.Findings.Concat(OtherProvince is null ? [] : [OtherProvince]).Concat(Plan.Findings).ToList();

    /// <summary>Every unit name the document writes that the resolver did not match, once each (folded), in order.</summary>
    public IReadOnlyList<ParsedUnit> UnknownUnits => PlanImporter.AllUnits(Plan).Where(u => !u.IsResolved)
        .DistinctBy(u => VietnameseText.FoldKey(u.Written)).ToList();
}

public sealed record ExistingImport(int PlanId, string PlanTitle, DateTimeOffset ImportedAt, bool PlanIsDraft);

/// <summary>A unit name picked by the user for a written name the resolver did not know.</summary>
/// <param name="CreateKind">Create a unit of this kind named as written (a name no catalogue knows, such as an enterprise).</param>
public sealed record UnitChoice(string Written, int? UnitId, int? GroupId, bool SaveAlias, UnitKind? CreateKind = null);

/// <summary>
/// Imports a plan document: reads and understands it (<see cref="PreviewAsync"/>, nothing written), then — once the
/// user has confirmed and picked units for unknown names — creates the draft plan, or replaces the draft that the same
/// file created before (<see cref="SaveAsync"/>), in one transaction: plan, activities and their parties and
/// assignments, deadlines, legal bases, responsibilities, estimates from the budget appendices, the stated budget
/// figures, and the import record with the source text and findings.
/// </summary>
public sealed class PlanImporter(LantoaDb db, UnitDirectory directory, AssignmentService assignments, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public Task<ImportPreview> PreviewAsync(int provinceId, string fileName, byte[] bytes, CancellationToken ct = default) =>
        PreviewAsync(provinceId, fileName, bytes, null, ct);

    /// <summary>
    /// The preview of an upload: the document is read and parsed on <paramref name="workers"/> (a bounded pool, a time
    /// budget as cancellation; <see cref="Lantoa.Web.Infrastructure.Files.UploadWorkersBusyException"/> when full), or
    /// here when null (the command line, the demo data).
    /// </summary>
    public async Task<ImportPreview> PreviewAsync(int provinceId, string fileName, byte[] bytes,
        Lantoa.Web.Infrastructure.Files.UploadWorkers? workers, CancellationToken ct = default)
    {
        var units = await directory.ForProvinceAsync(provinceId, ct);
        var province = await db.Provinces.Where(p => p.Id == provinceId).Select(p => new { p.Code, p.Name }).FirstAsync(ct);
        (SourceDocument Document, ParsedPlan Parsed) Understand(CancellationToken budget)
        {
            var read = DocumentReader.Read(fileName, bytes, budget);
            return (read, ImportProvince.Parse(read, province.Code, units.Resolver));
        }

        var (document, parsed) = workers is null ? Understand(ct) : await workers.RunAsync(Understand, ct);
        ExistingImport? same = null;
        if (document.ContentHash is { } hash)
        {
            same = await (from i in db.PlanImports
                          join p in db.Plans on i.PlanId equals p.Id
                          where i.ProvinceId == provinceId && i.ContentHash == hash
                          orderby i.Id descending
                          select new ExistingImport(p.Id, p.Title, i.ImportedAt, p.Status == PlanStatus.Draft)).FirstOrDefaultAsync(ct);
        }

        return new ImportPreview(document, parsed, same) { OtherProvince = DocumentProvinceDetector.OtherProvince(parsed, province.Code, "tỉnh " + province.Name) };
    }

    /// <summary>Creates the draft plan (or replaces the draft <paramref name="replacePlanId"/>); returns its id.</summary>
    public async Task<int> SaveAsync(int provinceId, ImportPreview preview, IReadOnlyList<UnitChoice> choices, int? userId,
        int? replacePlanId = null, CancellationToken ct = default)
    {
        if (!preview.CanCreate) throw new Lantoa.Domain.DomainException("Tệp này chưa đọc được thành kế hoạch; chưa tạo gì.");
        var units = await directory.ForProvinceAsync(provinceId, ct);
        var chosen = choices.Where(c => c.UnitId is not null || c.GroupId is not null)
            .ToDictionary(c => VietnameseText.FoldKey(c.Written), c => c);
        foreach (var c in chosen.Values)
        {
            if (c.UnitId is { } u && !units.UnitsById.ContainsKey(u)) throw new Lantoa.Domain.DomainException("Đơn vị được chọn không thuộc tỉnh này.");
            if (c.GroupId is { } g && !units.GroupsById.ContainsKey(g)) throw new Lantoa.Domain.DomainException("Nhóm được chọn không thuộc tỉnh này.");
        }

        var parsed = preview.Plan;
        var now = clock.GetUtcNow();
        var creating = choices.Where(c => c.CreateKind is not null && c.UnitId is null && c.GroupId is null && !string.IsNullOrWhiteSpace(c.Written))
            .DistinctBy(c => VietnameseText.FoldKey(c.Written)).ToList();
        return await db.InTransactionAsync(async () =>
        {
            await CreateUnitsAsync(provinceId, creating, chosen, ct);
            if (replacePlanId is { } old)
            {
                var previous = await db.Plans.FirstOrDefaultAsync(p => p.Id == old && p.ProvinceId == provinceId, ct)
                               ?? throw new Lantoa.Domain.DomainException("Không tìm thấy kế hoạch cần cập nhật.");
                if (previous.Status != PlanStatus.Draft) throw new Lantoa.Domain.DomainException("Chỉ cập nhật được kế hoạch đang là dự thảo.");
                db.Plans.Remove(previous);
                await db.SaveChangesAsync(ct);
            }

            var plan = BuildPlan(provinceId, parsed, now);
            db.Plans.Add(plan);
            var byParsed = AddActivities(plan, parsed, Resolve);
            AddResponsibilityParties(parsed, byParsed, Resolve);
            await db.SaveChangesAsync(ct);
            AddFundingSources(provinceId, plan, parsed);

            AddEstimates(provinceId, plan, parsed, byParsed, now);
            foreach (var b in parsed.BudgetSection?.Units ?? [])
                if (Resolve(b.Unit) is ({ } unitId, null)) plan.SetUnitBudget(unitId, b.Amount, b.Unit.Written);
            plan.ReplaceResponsibilities(parsed.Responsibilities.Select(r =>
            {
                var single = r.Units.Count == 1 ? Resolve(r.Units[0]) : (null, null);
                var heading = r.Heading ?? string.Join(", ", r.Units.Select(u => u.Written));
                // Duties addressed to no one in particular ("Các đơn vị báo cáo kết quả …") are everyone's.
                return new PlanResponsibility(string.IsNullOrWhiteSpace(heading) ? "Các cơ quan, đơn vị" : heading, single.UnitId, single.GroupId, r.Duties);
            }));
            var record = new PlanImport(provinceId, plan.Id, preview.Document.FileName, preview.Document.Format,
                preview.Document.ContentHash ?? "", SourceText(preview.Document), JsonSerializer.Serialize(preview.Findings, Json), userId, now);
            record.KeepLayout(parsed.Layout); // what the plan's fields do not hold, for a lossless export
            db.PlanImports.Add(record);
            SaveAliases(units, chosen.Values);
            await db.SaveChangesAsync(ct);
            AddPlanAssignments(plan, parsed, units, Resolve);
            AddObligations(provinceId, plan, parsed, Resolve);
            await assignments.SyncAsync(plan, plan.Activities, ct);
            await db.SaveChangesAsync(ct);
            directory.Forget(provinceId);
            return plan.Id;
        }, ct);

        (int? UnitId, int? GroupId) Resolve(ParsedUnit unit)
        {
            if (chosen.TryGetValue(VietnameseText.FoldKey(unit.Written), out var c)) return (c.UnitId, c.GroupId);
            return (unit.UnitId, unit.GroupId);
        }
    }

    private static Plan BuildPlan(int provinceId, ParsedPlan parsed, DateTimeOffset now)
    {
        var title = parsed.Title ?? Path.GetFileNameWithoutExtension(parsed.FileName);
        var year = parsed.IssuedOn?.FirstDay.Year ?? YearIn(title) ?? now.Year;
        var plan = new Plan(provinceId, title, KindGuess.Plan(title), year, now)
        {
            IssuerName = parsed.Issuer,
            NumberSymbol = parsed.DocumentNumber,
            Place = parsed.Place,
            IssuedOn = parsed.IssuedOn,
            Theme = parsed.Theme,
            Slogan = parsed.Slogan,
            Purposes = Join(parsed.Purposes),
            Requirements = Join(parsed.Requirements),
            SignerAuthority = parsed.Signer?.Authority,
            SignerPrefix = parsed.Signer?.Prefix,
            SignerTitle = parsed.Signer?.Title,
            SignerName = parsed.Signer?.Name,
            StatedBudgetTotal = parsed.BudgetSection?.StatedTotal,
            BudgetNotes = parsed.BudgetSection?.Text,
        };
        plan.SetRecipients(parsed.Recipients);
        plan.ReplaceLegalBases(
            parsed.LegalBases.Select(b => new PlanLegalBasis(b.Text, b.DocumentType, b.Symbol, b.Date, b.Issuer, b.Subject, LegalBasisKind.Basis, b.CitedWithin))
                .Concat(parsed.Proposals.Select(b => new PlanLegalBasis(b.Text, b.DocumentType, b.Symbol, b.Date, b.Issuer, b.Subject, LegalBasisKind.Proposal))));
        if (parsed.Window is { } window) plan.Window = window.Window with { Text = window.Text };
        plan.ReplaceMilestones(parsed.Milestones.Select(m => new PlanMilestone(m.Text, m.TimeText, m.Window, m.Units.Count == 0 ? null : string.Join("; ", m.Units.Select(u => u.Written)), m.IsReport)));
        foreach (var d in parsed.Deadlines)
        {
            var due = d.Window.LastDay ?? d.Due?.LastDay;
            if (due is { } day) plan.AddDeadline(new PlanDeadline(day, d.Text, d.Units.Count == 0 ? null : string.Join("; ", d.Units.Select(u => u.Written))));
        }

        plan.RefreshSearchKey();
        return plan;
    }

    private static Dictionary<ParsedActivity, PlanActivity> AddActivities(Plan plan, ParsedPlan parsed, Func<ParsedUnit, (int? UnitId, int? GroupId)> resolve)
    {
        var map = new Dictionary<ParsedActivity, PlanActivity>();
        var participantTables = parsed.ParticipantTables.Where(t => t.Label is not null).GroupBy(t => t.Label!).ToDictionary(g => g.Key, g => g.First());
        void Add(ParsedActivity source, PlanActivity? parent)
        {
            var activity = plan.AddActivity(source.Label, source.Title, KindGuess.Activity(source.Title), parent);
            map[source] = activity;
            activity.Content = source.Content;
            activity.Time = source.Time is { } time ? time with { Text = source.TimeText ?? time.Text } : TimeWindow.Empty with { Text = source.TimeText };
            activity.Location = source.Location;
            activity.ParticipantsText = source.ParticipantsText;
            activity.SetExpectedParticipants(source.ParticipantCount);
            activity.FormText = source.Form;
            activity.BudgetText = source.BudgetText;
            activity.StatedBudget = source.BudgetAmount;
            activity.Notes = source.Notes.Count == 0 ? null : string.Join("\n", source.Notes);
            if (source.ParticipantsAppendix is { } label && participantTables.TryGetValue(label, out var table))
            {
                activity.ParticipantTable = new ParticipantTable(table.Label, table.Title,
                    table.Rows.Select(r =>
                    {
                        var (u, g) = resolve(r.Unit);
                        return new ParticipantRow(r.Label, r.Unit.Written, r.Count, r.IsGroup, u, g);
                    }).ToList(), table.StatedTotal);
            }

            activity.SetParties(Parties(PartyRole.Lead, source.Lead).Concat(Parties(PartyRole.Coordinating, source.Coordinating)));
            foreach (var child in source.Children) Add(child, activity);
        }

        IEnumerable<ActivityParty> Parties(PartyRole role, IEnumerable<ParsedUnit> written)
        {
            var seen = new HashSet<(int?, int?)>();
            foreach (var unit in written)
            {
                var (u, g) = resolve(unit);
                if ((u is null && g is null) || !seen.Add((u, g))) continue;
                yield return u is { } id ? ActivityParty.ForUnit(role, id, unit.Written) : ActivityParty.ForGroup(role, g!.Value, unit.Written);
            }
        }

        foreach (var a in parsed.Activities) Add(a, null);
        return map;
    }

    /// <summary>
    /// A block of "Tổ chức thực hiện" that points to activities ("các nhiệm vụ tại Mục 4, Mục 5 Phần III") makes its
    /// units parties of them — leading, or coordinating when the block says "phối hợp" — unless they already are.
    /// </summary>
    private static void AddResponsibilityParties(ParsedPlan parsed, Dictionary<ParsedActivity, PlanActivity> activities, Func<ParsedUnit, (int? UnitId, int? GroupId)> resolve)
    {
        var byPath = activities.GroupBy(p => p.Key.Path).ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var block in parsed.Responsibilities)
        {
            foreach (var reference in block.Activities)
            {
                if (!byPath.TryGetValue(reference.Path, out var activity)) continue;
                var parties = activity.Parties.ToList();
                foreach (var unit in block.Units)
                {
                    var (u, g) = resolve(unit);
                    if (u is null && g is null) continue;
                    if (parties.Any(p => p.UnitId == u && p.GroupId == g)) continue;
                    parties.Add(u is { } id ? ActivityParty.ForUnit(reference.Role, id, unit.Written) : ActivityParty.ForGroup(reference.Role, g!.Value, unit.Written));
                }

                activity.SetParties(parties);
            }
        }
    }

    /// <summary>A block that names no activity is its units' work on the plan: one plan-level assignment per unit (groups fanned out as of the plan's day).</summary>
    private void AddPlanAssignments(Plan plan, ParsedPlan parsed, ProvinceUnits units, Func<ParsedUnit, (int? UnitId, int? GroupId)> resolve)
    {
        var day = plan.ReferenceDay;
        for (var k = 0; k < parsed.Responsibilities.Count && k < plan.Responsibilities.Count; k++)
        {
            var block = parsed.Responsibilities[k];
            if (block.Activities.Count > 0 || block.Units.Count == 0) continue;
            var stored = plan.Responsibilities[k];
            db.PlanAssignments.AddRange(PlanAssignment.For(plan.Id, stored.Id, block.Units.Select(resolve), g => units.Members(g, day).Select(u => u.Id)));
        }
    }

    /// <summary>The sources the budget part names ("Ngân sách tỉnh … theo Quyết định số …", "xã hội hóa"), with the amount it gives each.</summary>
    private void AddFundingSources(int provinceId, Plan plan, ParsedPlan parsed)
    {
        foreach (var s in parsed.BudgetSection?.Sources ?? [])
            db.FundingSources.Add(new FundingSource(provinceId, plan.Id, s.Kind, s.Name, s.Decision) { StatedAmount = s.Amount });
    }

    private void AddEstimates(int provinceId, Plan plan, ParsedPlan parsed, Dictionary<ParsedActivity, PlanActivity> activities, DateTimeOffset now)
    {
        foreach (var table in parsed.BudgetTables)
        {
            if (table.Estimate is not { } read || read.Lines.Count == 0) continue;
            var owner = table.Label is null ? null : activities.FirstOrDefault(a => a.Key.BudgetAppendix == table.Label).Value;
            var estimate = new Estimate(provinceId, plan.Id, owner?.Id, table.Title ?? read.Title, now)
            {
                AppendixLabel = table.Label ?? read.AppendixLabel,
                AttachedTo = read.AttachedTo,
                StatedTotal = read.StatedTotal,
            };
            estimate.ReplaceLines(read.Lines.Select(l => l.CloneFigures()));
            db.Estimates.Add(estimate);
        }
    }

    /// <summary>Each deadline the document states becomes an obligation owed by the units or groups it names.</summary>
    private void AddObligations(int provinceId, Plan plan, ParsedPlan parsed, Func<ParsedUnit, (int? UnitId, int? GroupId)> resolve)
    {
        foreach (var d in parsed.Deadlines)
        {
            var due = d.Window.LastDay ?? d.Due?.LastDay;
            var stored = plan.Deadlines.FirstOrDefault(x => x.DueOn == due && x.Description == d.Text.Trim().Normalize());
            if (stored is null) continue;
            var obligation = Lantoa.Domain.Tracking.Obligation.FromDeadline(provinceId, plan.Id, stored);
            obligation.SetParties(d.Units.Select(u => resolve(u) switch
            {
                ({ } unit, _) => Lantoa.Domain.Tracking.ObligationParty.ForUnit(unit, u.Written),
                (null, { } group) => Lantoa.Domain.Tracking.ObligationParty.ForGroup(group, u.Written),
                _ => null,
            }).OfType<Lantoa.Domain.Tracking.ObligationParty>());
            db.Obligations.Add(obligation);
        }
    }

    /// <summary>Units created from the review page for names no catalogue knows; each name then points at its new unit.</summary>
    private async Task CreateUnitsAsync(int provinceId, IReadOnlyList<UnitChoice> creating, Dictionary<string, UnitChoice> chosen, CancellationToken ct)
    {
        if (creating.Count == 0) return;
        var created = creating.Select(c =>
        {
            var unit = new Unit(provinceId, WrittenName(c.Written), c.CreateKind!.Value);
            unit.RefreshSearchKey();
            db.Units.Add(unit);
            return (Choice: c, Unit: unit);
        }).ToList();
        await db.SaveChangesAsync(ct);
        foreach (var (c, unit) in created) chosen[VietnameseText.FoldKey(c.Written)] = c with { UnitId = unit.Id, SaveAlias = false };
    }

    /// <summary>The name as written, without a closing full stop or semicolon.</summary>
    private static string WrittenName(string written) => written.Trim().TrimEnd('.', ';', ',').Trim();

    private void SaveAliases(ProvinceUnits units, IEnumerable<UnitChoice> choices)
    {
        foreach (var c in choices.Where(c => c.SaveAlias && c.UnitId is not null))
        {
            var unit = db.Units.Local.FirstOrDefault(u => u.Id == c.UnitId) ?? db.Units.Find(c.UnitId!.Value);
            if (unit is null || unit.Aliases.Any(a => VietnameseText.FoldKey(a) == VietnameseText.FoldKey(c.Written))) continue;
            unit.SetAliases(unit.Aliases.Append(c.Written));
            unit.RefreshSearchKey();
        }

        // A group chosen for the name is remembered the same way: the name becomes one of the group's aliases.
        foreach (var c in choices.Where(c => c.SaveAlias && c.GroupId is not null))
        {
            var group = db.UnitGroups.Local.FirstOrDefault(g => g.Id == c.GroupId) ?? db.UnitGroups.Find(c.GroupId!.Value);
            if (group is null || VietnameseText.FoldKey(group.Name) == VietnameseText.FoldKey(c.Written)
                || group.Aliases.Any(a => VietnameseText.FoldKey(a) == VietnameseText.FoldKey(c.Written))) continue;
            group.SetAliases(group.Aliases.Append(c.Written));
            group.RefreshSearchKey();
        }
    }

    /// <summary>Every unit name a parsed plan writes: leads, coordinating units, responsibilities, budget shares, participants, deadlines.</summary>
    public static IEnumerable<ParsedUnit> AllUnits(ParsedPlan plan) =>
        plan.AllActivities().SelectMany(a => a.Lead.Concat(a.Coordinating))
            .Concat(plan.Responsibilities.SelectMany(r => r.Units))
            .Concat(plan.BudgetSection?.Units.Select(u => u.Unit) ?? [])
            .Concat(plan.ParticipantTables.SelectMany(t => t.Rows.Where(r => !r.IsGroup).Select(r => r.Unit)))
            .Concat(plan.Deadlines.SelectMany(d => d.Units));

    /// <summary>The document as lines of text, as the review page shows it: paragraphs, and tables with tab-separated cells.</summary>
    public static string SourceText(SourceDocument document) => string.Join("\n", document.Blocks.Select(b => b switch
    {
        SourceParagraph p => p.Display,
        SourceTable t => string.Join("\n", t.Rows.Select(r => string.Join("\t", r))),
        _ => "",
    }));

    private static string? Join(IReadOnlyList<string> lines) => lines.Count == 0 ? null : string.Join("\n", lines);

    private static int? YearIn(string title)
    {
        var m = System.Text.RegularExpressions.Regex.Match(title, @"\b(20\d\d)\b(?!.*\b20\d\d\b)");
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
