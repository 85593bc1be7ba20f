namespace Lantoa.Domain.Units;

/// <summary>Other names a unit or group goes by, cleaned the same way everywhere.</summary>
internal static class AliasList
{
    /// <summary>NFC, trimmed, blanks and case-insensitive duplicates dropped, and never the owner's own name.</summary>
    public static void Replace(List<string> target, IEnumerable<string> aliases, string ownName)
    {
        target.Clear();
        foreach (var a in aliases.Select(a => a.Trim().Normalize()).Where(a => a.Length > 0))
            if (!target.Contains(a, StringComparer.OrdinalIgnoreCase) && !string.Equals(a, ownName, StringComparison.OrdinalIgnoreCase))
                target.Add(a);
    }
}
