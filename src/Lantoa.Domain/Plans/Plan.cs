using Lantoa.Domain.Dates;

namespace Lantoa.Domain.Plans;

/// <summary>
/// A Kế hoạch: header, purposes, legal bases, an activity tree, recipients and signature. Its status moves
/// draft → issued → in progress → closed; a closed plan is read-only.
/// </summary>
public sealed class Plan
{
    private readonly List<PlanLegalBasis> _legalBases = [];
    private readonly List<PlanDeadline> _deadlines = [];
    private readonly List<Activity> _activities = [];
    private readonly List<string> _recipients = [];
    private readonly List<PlanUnitBudget> _unitBudgets = [];
    private readonly List<PlanResponsibility> _responsibilities = [];
    private readonly List<PlanMilestone> _milestones = [];

    private Plan() { }

    public Plan(int provinceId, string title, PlanKind kind, int year, DateTimeOffset now)
    {
        ProvinceId = provinceId;
        SetTitle(title);
        Kind = kind;
        SetYear(year);
        Status = PlanStatus.Draft;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int? IssuingUnitId { get; set; }

    /// <summary>The issuing body as written: "ỦY BAN NHÂN DÂN TỈNH LONG AN".</summary>
    public string? IssuerName { get; set; }

    /// <summary>"140/KH-UBND"; a draft leaves the number blank: "/KH-UBND".</summary>
    public string? NumberSymbol { get; set; }

    public string? Place { get; set; }

    public PartialDate? IssuedOn
    {
        get => IssuedOnDate is { } d ? PartialDate.FromFirstDay(d, IssuedOnPrecision ?? DatePrecision.Day) : null;
        set
        {
            IssuedOnDate = value?.FirstDay;
            IssuedOnPrecision = value?.Precision;
        }
    }

    private DateOnly? IssuedOnDate { get; set; }
    private DatePrecision? IssuedOnPrecision { get; set; }
    public string Title { get; private set; } = "";
    public PlanKind Kind { get; set; }
    public int Year { get; private set; }
    public string? Theme { get; set; }
    public string? Slogan { get; set; }
    public string? Purposes { get; set; }
    public string? Requirements { get; set; }
    public IReadOnlyList<string> Recipients => _recipients;

    /// <summary>"TM. ỦY BAN NHÂN DÂN".</summary>
    public string? SignerAuthority { get; set; }

    /// <summary>"KT. CHỦ TỊCH".</summary>
    public string? SignerPrefix { get; set; }

    /// <summary>"PHÓ CHỦ TỊCH".</summary>
    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }
    public PlanStatus Status { get; private set; }
    public string SearchKey { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<PlanLegalBasis> LegalBases => _legalBases;
    public IReadOnlyList<PlanDeadline> Deadlines => _deadlines;
    public IReadOnlyList<Activity> Activities => _activities;

    /// <summary>The plan's total as its budget section states it ("Tổng kinh phí …: 640.925.000 đồng").</summary>
    public Budgets.Money? StatedBudgetTotal { get; set; }

    /// <summary>The budget section's prose ("IV. Kinh phí thực hiện"): sources and how the money is arranged.</summary>
    public string? BudgetNotes { get; set; }

    /// <summary>"Tiến độ thực hiện": the milestones, in document order.</summary>
    public IReadOnlyList<PlanMilestone> Milestones => _milestones;

    public void ReplaceMilestones(IEnumerable<PlanMilestone> milestones)
    {
        _milestones.Clear();
        var order = 0;
        foreach (var m in milestones)
        {
            m.SortOrder = ++order;
            _milestones.Add(m);
        }
    }

    // The plan's own window ("Thời gian: từ tháng 9/2025 đến ngày 15/11/2025"), stored flat.
    private DateOnly? WindowStart { get; set; }
    private DatePrecision? WindowStartPrecision { get; set; }
    private DateOnly? WindowEnd { get; set; }
    private DatePrecision? WindowEndPrecision { get; set; }
    private bool WindowTentative { get; set; }
    private string? WindowText { get; set; }

    /// <summary>When the plan as a whole runs, as its general part writes it; empty when it says nothing.</summary>
    public TimeWindow Window
    {
        get => new()
        {
            Start = WindowStart is { } s ? PartialDate.FromFirstDay(s, WindowStartPrecision ?? DatePrecision.Day) : null,
            End = WindowEnd is { } e ? PartialDate.FromFirstDay(e, WindowEndPrecision ?? DatePrecision.Day) : null,
            Tentative = WindowTentative,
            Text = WindowText,
        };
        set
        {
            if (value.Start is { } s && value.End is { } e && e.LastDay < s.FirstDay)
                throw new DomainException("Ngày kết thúc phải sau ngày bắt đầu.");
            WindowStart = value.Start?.FirstDay;
            WindowStartPrecision = value.Start?.Precision;
            WindowEnd = value.End?.FirstDay;
            WindowEndPrecision = value.End?.Precision;
            WindowTentative = value.Tentative;
            WindowText = string.IsNullOrWhiteSpace(value.Text) ? null : value.Text.Trim().Normalize();
        }
    }

    /// <summary>"V. Tổ chức thực hiện": one block per unit or group, with its duties, in document order.</summary>
    public IReadOnlyList<PlanResponsibility> Responsibilities => _responsibilities;

    public void ReplaceResponsibilities(IEnumerable<PlanResponsibility> responsibilities)
    {
        _responsibilities.Clear();
        var order = 0;
        foreach (var r in responsibilities)
        {
            r.SortOrder = ++order;
            _responsibilities.Add(r);
        }
    }

    /// <summary>The per-unit totals its budget section states ("Sở Thông tin và Truyền thông: 446.350.000 đồng").</summary>
    public IReadOnlyList<PlanUnitBudget> UnitBudgets => _unitBudgets;

    public void SetUnitBudget(int unitId, Budgets.Money amount, string? writtenName)
    {
        var existing = _unitBudgets.FirstOrDefault(b => b.UnitId == unitId);
        if (existing is not null) _unitBudgets.Remove(existing);
        _unitBudgets.Add(new PlanUnitBudget(unitId, amount, writtenName));
    }

    public void RemoveUnitBudget(int unitId) => _unitBudgets.RemoveAll(b => b.UnitId == unitId);

    public bool IsReadOnly => Status == PlanStatus.Closed;

    /// <summary>The day against which groups resolve to units when nothing more precise is known.</summary>
    public DateOnly ReferenceDay => IssuedOn?.FirstDay ?? new DateOnly(Year, 1, 1);

    public void SetTitle(string title)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Trích yếu kế hoạch không được để trống.");
        Title = title.Trim().Normalize();
    }

    public void SetYear(int year)
    {
        if (year is < 2000 or > 2100) throw new DomainException("Năm kế hoạch không hợp lệ.");
        Year = year;
    }

    public void SetRecipients(IEnumerable<string> recipients)
    {
        _recipients.Clear();
        _recipients.AddRange(recipients.Select(r => r.Trim().TrimStart('-', '+', ' ').Trim().Normalize()).Where(r => r.Length > 0));
    }

    public void ReplaceLegalBases(IEnumerable<PlanLegalBasis> bases)
    {
        _legalBases.Clear();
        var order = 0;
        foreach (var b in bases)
        {
            b.SortOrder = ++order;
            _legalBases.Add(b);
        }
    }

    public void AddDeadline(PlanDeadline deadline) => _deadlines.Add(deadline);

    public void RemoveDeadline(PlanDeadline deadline) => _deadlines.Remove(deadline);

    public Activity AddActivity(string label, string title, ActivityKind kind, Activity? parent = null)
    {
        EnsureEditable();
        if (parent is not null && !_activities.Contains(parent))
            throw new DomainException("Hoạt động cha không thuộc kế hoạch này.");
        var activity = new Activity(this, label, title, kind, parent, NextSortOrder());
        _activities.Add(activity);
        return activity;
    }

    /// <summary>Moves an activity under another parent (or to the top level); an activity cannot move under itself.</summary>
    public void Reparent(Activity activity, Activity? parent)
    {
        EnsureEditable();
        if (!_activities.Contains(activity)) throw new DomainException("Hoạt động không thuộc kế hoạch này.");
        if (parent is not null && !_activities.Contains(parent)) throw new DomainException("Hoạt động cha không thuộc kế hoạch này.");
        for (var a = parent; a is not null; a = a.Parent)
            if (a == activity) throw new DomainException("Không thể chuyển hoạt động vào chính nó hoặc hoạt động con của nó.");
        activity.MoveUnder(parent);
    }

    public void RemoveActivity(Activity activity)
    {
        EnsureEditable();
        foreach (var child in _activities.Where(a => a.Parent == activity).ToList()) RemoveActivity(child);
        _activities.Remove(activity);
    }

    /// <summary>
    /// Moves the status one step. A draft becomes issued only through <see cref="Issue"/> (with its number and date);
    /// the only backward step is <see cref="Withdraw"/> (issued → draft, before work starts).
    /// </summary>
    public void ChangeStatus(PlanStatus next)
    {
        var allowed = (Status, next) switch
        {
            (PlanStatus.Draft, PlanStatus.Issued) => true,
            (PlanStatus.Issued, PlanStatus.InProgress) => true,
            (PlanStatus.Issued, PlanStatus.Draft) => true,
            (PlanStatus.InProgress, PlanStatus.Closed) => true,
            _ => false,
        };
        if (!allowed)
            throw new DomainException($"Không thể chuyển kế hoạch từ \"{Status.Vietnamese()}\" sang \"{next.Vietnamese()}\".");
        if (next == PlanStatus.Issued) EnsureIssuable(NumberSymbol, IssuedOn);
        Status = next;
    }

    /// <summary>The steps a status button may take (issuing and withdrawing have their own forms).</summary>
    public IEnumerable<PlanStatus> NextStatuses() => Status switch
    {
        PlanStatus.Draft => [PlanStatus.Issued],
        PlanStatus.Issued => [PlanStatus.InProgress, PlanStatus.Draft],
        PlanStatus.InProgress => [PlanStatus.Closed],
        _ => [],
    };

    /// <summary>Whether the plan has been issued (ban hành): issued, in progress or closed. Only then does it reach units.</summary>
    public bool IsIssued => Status.IsIssued();

    /// <summary>
    /// Ban hành: the draft becomes the plan units work by, under its number and symbol ("140/KH-UBND", with a number) and
    /// its day of issue (a full date). Until then its assignments reach no unit.
    /// </summary>
    public void Issue(string? numberSymbol, PartialDate? issuedOn)
    {
        if (Status != PlanStatus.Draft)
            throw new DomainException($"Chỉ ban hành được kế hoạch đang là dự thảo (kế hoạch này: \"{Status.Vietnamese()}\").");
        EnsureIssuable(numberSymbol, issuedOn);
        NumberSymbol = numberSymbol!.Trim().Normalize();
        IssuedOn = issuedOn;
        Status = PlanStatus.Issued;
        RefreshSearchKey();
    }

    /// <summary>Thu hồi: an issued plan on which no work has started goes back to draft, and out of the units' work.</summary>
    public void Withdraw()
    {
        if (Status != PlanStatus.Issued)
            throw new DomainException($"Chỉ thu hồi được kế hoạch đã ban hành và chưa thực hiện (kế hoạch này: \"{Status.Vietnamese()}\").");
        Status = PlanStatus.Draft;
    }

    private static void EnsureIssuable(string? numberSymbol, PartialDate? issuedOn)
    {
        if (string.IsNullOrWhiteSpace(numberSymbol))
            throw new DomainException("Nhập số, ký hiệu của kế hoạch khi ban hành (ví dụ 140/KH-UBND).");
        if (!DocumentSymbol.TryParse(numberSymbol.Trim(), out var symbol) || string.IsNullOrEmpty(symbol.Number))
            throw new DomainException($"Số, ký hiệu \"{numberSymbol.Trim()}\" chưa có số văn bản; khi ban hành phải ghi đủ, ví dụ 140/KH-UBND.");
        if (issuedOn is null || issuedOn.Value.Precision != DatePrecision.Day)
            throw new DomainException("Nhập ngày ban hành đủ ngày, tháng, năm (dd/MM/yyyy).");
    }

    public void Touch(DateTimeOffset now) => UpdatedAt = now;

    /// <summary>Folds title, number, theme, slogan and year into <see cref="SearchKey"/>, for diacritics-insensitive search.</summary>
    public void RefreshSearchKey() =>
        SearchKey = Text.VietnameseText.Fold(string.Join(" ", Title, NumberSymbol, Theme, Slogan, Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public void EnsureEditable()
    {
        if (IsReadOnly) throw new DomainException("Kế hoạch đã kết thúc, không thể sửa.");
    }

    /// <summary>Activities in reading order: parents before children, siblings by sort order.</summary>
    public IReadOnlyList<Activity> ActivitiesInOrder()
    {
        var result = new List<Activity>();
        void Walk(Activity? parent)
        {
            foreach (var a in _activities.Where(a => a.Parent == parent).OrderBy(a => a.SortOrder))
            {
                result.Add(a);
                Walk(a);
            }
        }
        Walk(null);
        return result;
    }

    private int NextSortOrder() => _activities.Count == 0 ? 1 : _activities.Max(a => a.SortOrder) + 1;
}

/// <summary>Why a document is cited in the preamble.</summary>
public enum LegalBasisKind
{
    /// <summary>"Căn cứ …", "Thực hiện …": a document the plan is based on.</summary>
    Basis,

    /// <summary>"Theo đề nghị của … tại Tờ trình số …": what the plan was proposed by; written back as "Theo đề nghị …", never "Căn cứ".</summary>
    Proposal,
}

/// <summary>A document the plan is based on ("Căn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ …").</summary>
public sealed class PlanLegalBasis
{
    private PlanLegalBasis() { }

    public PlanLegalBasis(string text, string? documentType, string? symbol, DateOnly? documentDate, string? issuer, string? subject,
        LegalBasisKind kind = LegalBasisKind.Basis, string? citedWithin = null)
    {
        Kind = kind;
        CitedWithin = string.IsNullOrWhiteSpace(citedWithin) ? null : citedWithin.Trim().Normalize();
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException("Căn cứ không được để trống.");
        Text = text.Trim().Normalize();
        DocumentType = documentType;
        Symbol = symbol;
        DocumentDate = documentDate;
        Issuer = issuer;
        Subject = subject;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int SortOrder { get; set; }
    public string Text { get; private set; } = "";
    public string? DocumentType { get; private set; }
    public string? Symbol { get; private set; }
    public DateOnly? DocumentDate { get; private set; }
    public string? Issuer { get; private set; }
    public string? Subject { get; private set; }

    public LegalBasisKind Kind { get; private set; }

    /// <summary>The symbol of the citation this document is written inside ("… triển khai Quyết định số 505/QĐ-TTg …"), when it is.</summary>
    public string? CitedWithin { get; private set; }
}

/// <summary>A date by which something is owed ("báo cáo kết quả … trước ngày 31/10/2024").</summary>
public sealed class PlanDeadline
{
    private PlanDeadline() { }

    public PlanDeadline(DateOnly dueOn, string description, string? owedBy)
    {
        if (string.IsNullOrWhiteSpace(description)) throw new DomainException("Nội dung hạn không được để trống.");
        DueOn = dueOn;
        Description = description.Trim().Normalize();
        OwedBy = string.IsNullOrWhiteSpace(owedBy) ? null : owedBy.Trim().Normalize();
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public string Description { get; private set; } = "";
    public string? OwedBy { get; private set; }
}

/// <summary>A unit's share of the plan's budget as the document states it.</summary>
public sealed class PlanUnitBudget
{
    private PlanUnitBudget() { }

    public PlanUnitBudget(int unitId, Budgets.Money amount, string? writtenName)
    {
        if (amount.IsNegative) throw new DomainException("Kinh phí không được âm.");
        UnitId = unitId;
        Amount = amount;
        WrittenName = string.IsNullOrWhiteSpace(writtenName) ? null : writtenName.Trim().Normalize();
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int UnitId { get; private set; }
    public Budgets.Money Amount { get; private set; }
    public string? WrittenName { get; private set; }
}

/// <summary>
/// One block of "Tổ chức thực hiện": the unit (or group) as written — "Sở Thông tin và Truyền thông", "UBND các huyện,
/// thị xã, thành phố" — what it resolved to, and its duties as paragraphs.
/// </summary>
public sealed class PlanResponsibility
{
    private readonly List<string> _duties = [];

    private PlanResponsibility() { }

    public PlanResponsibility(string writtenUnit, int? unitId, int? groupId, IEnumerable<string> duties)
    {
        if (string.IsNullOrWhiteSpace(writtenUnit)) throw new DomainException("Tên đơn vị không được để trống.");
        if (unitId is not null && groupId is not null) throw new DomainException("Chỉ chọn một đơn vị hoặc một nhóm.");
        WrittenUnit = writtenUnit.Trim().Normalize();
        UnitId = unitId;
        GroupId = groupId;
        _duties.AddRange(duties.Select(d => d.Trim().Normalize()).Where(d => d.Length > 0));
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int SortOrder { get; set; }
    public string WrittenUnit { get; private set; } = "";
    public int? UnitId { get; private set; }
    public int? GroupId { get; private set; }
    public IReadOnlyList<string> Duties => _duties;
}
