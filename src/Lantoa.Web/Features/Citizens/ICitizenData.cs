namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// What another module holds about a citizen (quiz attempts, votes, registrations): it adds its part to the citizen's
/// export and, when the account is deleted, removes the person from it — results that must stay are kept, pointing at
/// the anonymous citizen id. Register with <c>services.AddScoped&lt;ICitizenData, X&gt;()</c>; runs inside the deletion's
/// transaction.
/// </summary>
public interface ICitizenData
{
    /// <summary>The key of its part in the export ("quizAttempts").</summary>
    string Section { get; }

    Task<object?> ExportAsync(int citizenId, CancellationToken ct);

    Task ForgetAsync(int citizenId, CancellationToken ct);
}
