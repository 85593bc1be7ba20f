namespace Lantoa.Web.Features.Events;

/// <summary>
/// How many registrations run against the database at once (a singleton). A burst of citizens registering for one
/// session queues on the session's row lock anyway; queueing here instead keeps the rest of the connection pool free
/// for every other request (sign-in lookups of the same burst among them), so 500 at once end in 201s and 409s, not in
/// a pool that ran dry (503). A waiting request that the client abandons leaves the queue.
/// </summary>
public sealed class RegistrationGate
{
    /// <summary>Registrations in flight at once: enough to keep PostgreSQL busy, far below the pool's 100.</summary>
    public const int Width = 16;

    private readonly SemaphoreSlim _slots = new(Width, Width);

    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try { return await work(); }
        finally { _slots.Release(); }
    }
}
