using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Infrastructure.Data;

/// <summary>What the audit trail's hash chain says: whole, or the first entry that does not hold and why.</summary>
public sealed record AuditChainStatus(bool Intact, long? EntryId, string? Reason)
{
    /// <summary>In Vietnamese, for the audit page and the command line.</summary>
    public string Text => Intact
        ? "Chuỗi nhật ký nguyên vẹn: không mục nào bị sửa hay xóa ngoài Lantoa."
        : Reason switch
        {
            "altered" => $"Chuỗi nhật ký bị phá vỡ: mục #{EntryId} đã bị sửa ngoài Lantoa (nội dung không khớp mã băm).",
            "link" => $"Chuỗi nhật ký bị phá vỡ: ngay trước mục #{EntryId} có mục đã bị xóa hoặc chèn thêm ngoài Lantoa.",
            _ => $"Chuỗi nhật ký bị phá vỡ: các mục sau mục #{EntryId} đã bị xóa ngoài Lantoa.",
        };
}

/// <summary>
/// Verification of the audit trail's hash chain (migration 20261202_0404_audit_chain): every entry's hash recomputed in
/// PostgreSQL from its columns and the previous entry's hash. The chain itself is written by the database's trigger.
/// </summary>
public static class AuditChain
{
    public static async Task<AuditChainStatus> VerifyAsync(LantoaDb db, CancellationToken ct = default)
    {
        var breaks = await db.Database.SqlQueryRaw<ChainBreak>("SELECT entry_id AS \"EntryId\", reason AS \"Reason\" FROM audit_chain_breaks()")
            .ToListAsync(ct);
        return breaks.Count == 0 ? new AuditChainStatus(true, null, null) : new AuditChainStatus(false, breaks[0].EntryId, breaks[0].Reason);
    }

    private sealed record ChainBreak(long? EntryId, string Reason);
}
