using System.ComponentModel.DataAnnotations;
using Lantoa.Domain.Text;
using Lantoa.Domain.Units;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Units;

/// <summary>
/// One unit. Coordinators and admins edit everything (name, kind, parent, validity, aliases); an officer of the unit
/// edits only its contact details; others read.
/// </summary>
public sealed class Edit(LantoaDb db) : LantoaPage
{
    [BindProperty] public UnitForm Form { get; set; } = new();

    /// <summary>The record's version when the form was opened (hidden field): a save over someone else's change is refused (409).</summary>
    [BindProperty] public uint? Version { get; set; }
    public int? Id { get; private set; }
    public bool CanManage { get; private set; }
    public bool CanEditProfile { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Parents { get; private set; } = [];

    public sealed class UnitForm
    {
        [Required(ErrorMessage = "Nhập tên đơn vị."), StringLength(300, ErrorMessage = "Tên đơn vị tối đa 300 ký tự.")]
        public string Name { get; set; } = "";
        [StringLength(100, ErrorMessage = "Tên viết tắt tối đa 100 ký tự.")] public string? ShortName { get; set; }
        public UnitKind Kind { get; set; } = UnitKind.Department;
        public int? ParentId { get; set; }
        [StringLength(10)] public string? ValidFrom { get; set; }
        [StringLength(10)] public string? ValidTo { get; set; }
        [StringLength(5000, ErrorMessage = "Tên gọi khác tối đa 5000 ký tự.")] public string? Aliases { get; set; }
        [StringLength(200, ErrorMessage = "Người liên hệ tối đa 200 ký tự.")] public string? ContactPerson { get; set; }
        [StringLength(50, ErrorMessage = "Số điện thoại tối đa 50 ký tự."), RegularExpression(@"^[0-9 +().\-]*$", ErrorMessage = "Số điện thoại chỉ gồm chữ số và + ( ) . -")]
        public string? ContactPhone { get; set; }
        [StringLength(200), EmailAddress(ErrorMessage = "Thư điện tử không hợp lệ.")] public string? ContactEmail { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var (unit, refusal) = await LoadAsync(id);
        if (refusal is not null) return refusal;
        if (unit is not null)
            Form = new UnitForm
            {
                Name = unit.Name, ShortName = unit.ShortName, Kind = unit.Kind, ParentId = unit.ParentId,
                ValidFrom = Formats.Day(unit.ValidFrom), ValidTo = Formats.Day(unit.ValidTo),
                Aliases = string.Join("\n", unit.Aliases), ContactPerson = unit.ContactPerson,
                ContactPhone = unit.ContactPhone, ContactEmail = unit.ContactEmail,
            };
        if (unit is not null) Version = db.VersionOf(unit);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var (unit, refusal) = await LoadAsync(id);
        if (refusal is not null) return refusal;
        if (!CanManage && !CanEditProfile) return Denied();
        if (!CanManage)
        {
            // An officer changes contact details only: the other fields keep their saved values.
            foreach (var key in ModelState.Keys.Where(k => k is not ("Form.ContactPerson" or "Form.ContactPhone" or "Form.ContactEmail")).ToList())
                ModelState.Remove(key);
        }
        var okFrom = Formats.TryReadDay(Form.ValidFrom, out var from);
        var okTo = Formats.TryReadDay(Form.ValidTo, out var to);
        if (CanManage)
        {
            if (!okFrom) ModelState.AddModelError("Form.ValidFrom", "Ngày có hiệu lực phải có dạng dd/MM/yyyy.");
            if (!okTo) ModelState.AddModelError("Form.ValidTo", "Ngày hết hiệu lực phải có dạng dd/MM/yyyy.");
            if (from is not null && to is not null && to < from) ModelState.AddModelError("Form.ValidTo", "Ngày hết hiệu lực phải sau ngày có hiệu lực.");
            if (Form.ParentId is { } pid && (pid == unit?.Id || !Parents.Any(p => p.Id == pid)))
                ModelState.AddModelError("Form.ParentId", "Đơn vị trực thuộc không hợp lệ.");
        }
        if (!ModelState.IsValid) return Invalid();

        if (unit is not null) db.ExpectVersion(unit, Version);
        if (CanManage)
        {
            unit ??= db.Units.Add(new Unit(Actor.ProvinceId!.Value, Form.Name, Form.Kind)).Entity;
            unit.Rename(Form.Name);
            unit.ShortName = string.IsNullOrWhiteSpace(Form.ShortName) ? null : Form.ShortName.Trim();
            unit.Kind = Form.Kind;
            unit.ParentId = Form.ParentId;
            unit.SetValidity(from, to);
            unit.SetAliases((Form.Aliases ?? "").Split('\n'));
            unit.RefreshSearchKey();
        }
        unit!.ContactPerson = Blank(Form.ContactPerson);
        unit.ContactPhone = Blank(Form.ContactPhone);
        unit.ContactEmail = Blank(Form.ContactEmail);
        await db.SaveChangesAsync();
        Flash("Đã lưu đơn vị.");
        return Redirect($"/Units/{unit.Id}");
    }

    private async Task<(Unit?, IActionResult?)> LoadAsync(string id)
    {
        Unit? unit = null;
        if (id != "New")
        {
            if (!int.TryParse(id, out var unitId)) return (null, NotFoundPage());
            unit = await db.Units.FirstOrDefaultAsync(u => u.Id == unitId);
            if (unit is null || !AccessPolicy.CanReadProvince(Actor, unit.ProvinceId)) return (null, NotFoundPage());
            Id = unit.Id;
        }
        var provinceId = unit?.ProvinceId ?? Actor.ProvinceId;
        if (provinceId is null) return (null, unit is null ? Denied() : NotFoundPage());
        CanManage = AccessPolicy.CanManageCatalogue(Actor, provinceId.Value);
        CanEditProfile = unit is not null && AccessPolicy.CanEditUnitProfile(Actor, provinceId.Value, unit.Id);
        if (unit is null && !CanManage) return (null, Denied());
        Parents = await db.Units.AsNoTracking()
            .Where(u => u.ProvinceId == provinceId && u.Kind != UnitKind.CommuneCommittee)
            .OrderBy(u => EF.Functions.Collate(u.Name, "vi-x-icu"))
            .Select(u => new ValueTuple<int, string>(u.Id, u.Name)).ToListAsync();
        return (unit, null);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
