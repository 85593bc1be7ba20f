using System.ComponentModel.DataAnnotations;
using Lantoa.Domain.Text;
using Lantoa.Domain.Units;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Units.Groups;

/// <summary>A unit group: its rule and explicit members, and who it resolves to on a chosen day.</summary>
public sealed class Edit(LantoaDb db, TimeProvider clock) : LantoaPage
{
    [BindProperty] public GroupForm Form { get; set; } = new();

    /// <summary>The record's version when the form was opened (hidden field): a save over someone else's change is refused (409).</summary>
    [BindProperty] public uint? Version { get; set; }
    [BindProperty(SupportsGet = true)] public string? On { get; set; }
    public int? Id { get; private set; }
    public bool CanManage { get; private set; }
    public IReadOnlyList<Unit> Candidates { get; private set; } = [];
    public IReadOnlyList<Unit> Resolved { get; private set; } = [];
    public DateOnly AsOf { get; private set; }

    public sealed class GroupForm
    {
        [Required(ErrorMessage = "Nhập tên nhóm."), StringLength(300, ErrorMessage = "Tên nhóm tối đa 300 ký tự.")]
        public string Name { get; set; } = "";
        public UnitKind? RuleKind { get; set; }
        public List<int> MemberIds { get; set; } = [];
        [StringLength(5000, ErrorMessage = "Tên gọi khác tối đa 5000 ký tự.")] public string? Aliases { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var (group, refusal) = await LoadAsync(id);
        if (refusal is not null) return refusal;
        if (group is not null)
        {
            Form = new GroupForm { Name = group.Name, RuleKind = group.RuleKind, MemberIds = group.Members.Select(m => m.UnitId).ToList(), Aliases = string.Join("\n", group.Aliases) };
            Version = db.VersionOf(group);
        }
        if (!Formats.TryReadDay(On, out var day))
        {
            ModelState.AddModelError(nameof(On), "Ngày phải có dạng dd/MM/yyyy.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        AsOf = day ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Resolved = group?.Resolve(Candidates, AsOf).OrderBy(u => u.Name, VietnameseText.Comparer).ToList() ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var (group, refusal) = await LoadAsync(id);
        if (refusal is not null) return refusal;
        if (!CanManage) return Denied();
        var known = Candidates.Select(u => u.Id).ToHashSet();
        if (Form.MemberIds.Any(m => !known.Contains(m))) ModelState.AddModelError("Form.MemberIds", "Có đơn vị không thuộc tỉnh.");
        if (Form.RuleKind is null && Form.MemberIds.Count == 0) ModelState.AddModelError("Form.RuleKind", "Chọn loại đơn vị hoặc ít nhất một đơn vị thành viên.");
        AsOf = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (!ModelState.IsValid) return Invalid();
        if (group is not null) db.ExpectVersion(group, Version);
        group ??= db.UnitGroups.Add(new UnitGroup(Actor.ProvinceId!.Value, Form.Name)).Entity;
        group.Rename(Form.Name);
        group.RuleKind = Form.RuleKind;
        group.SetMembers(Form.MemberIds);
        group.SetAliases((Form.Aliases ?? "").Split('\n'));
        group.RefreshSearchKey();
        await db.SaveChangesAsync();
        Flash("Đã lưu nhóm đơn vị.");
        return Redirect($"/Units/Groups/{group.Id}");
    }

    private async Task<(UnitGroup?, IActionResult?)> LoadAsync(string id)
    {
        UnitGroup? group = null;
        if (id != "New")
        {
            if (!int.TryParse(id, out var gid)) return (null, NotFoundPage());
            group = await db.UnitGroups.Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == gid);
            if (group is null || !AccessPolicy.CanReadProvince(Actor, group.ProvinceId)) return (null, NotFoundPage());
            Id = group.Id;
        }
        var provinceId = group?.ProvinceId ?? Actor.ProvinceId;
        if (provinceId is null) return (null, group is null ? Denied() : NotFoundPage());
        CanManage = AccessPolicy.CanManageCatalogue(Actor, provinceId.Value);
        if (group is null && !CanManage) return (null, Denied());
        Candidates = await db.Units.AsNoTracking().Where(u => u.ProvinceId == provinceId).ToListAsync();
        return (group, null);
    }
}
