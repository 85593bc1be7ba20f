namespace Lantoa.Web.Infrastructure.Files;

/// <summary>The upload workers are all busy and their queue is full: the caller answers 503 "Hệ thống đang bận".</summary>
public sealed class UploadWorkersBusyException() : Exception("Hệ thống đang bận xử lý các tệp tải lên khác. Vui lòng thử lại sau ít giây.");

/// <summary>
/// The bounded pool on which uploaded files (plan documents, .xlsx estimates and norms) are read: a few workers (half
/// the cores, at least one, or LANTOA_UPLOAD_WORKERS), a short queue in front of them, and a time budget per file
/// (<see cref="Budget"/>, 4 s, so that with the transfer and the page every upload is answered within 5 s) given to the reader as a cancellation token. Hostile files can then at most keep the
/// workers busy for their budget; the other cores keep serving everybody's pages, and an upload that finds the queue
/// full is told at once that the system is busy instead of piling up.
/// </summary>
public sealed class UploadWorkers : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private int _pending;

    public UploadWorkers(int? workers = null, int? queue = null, TimeSpan? budget = null, TimeSpan? queueWait = null)
    {
        Workers = workers ?? FromEnvironment("LANTOA_UPLOAD_WORKERS") ?? Math.Max(1, Environment.ProcessorCount / 2);
        if (Workers < 1) throw new ArgumentOutOfRangeException(nameof(workers));
        QueueLength = queue ?? Math.Max(4, 4 * Workers);
        Budget = budget ?? TimeSpan.FromSeconds(4);
        QueueWait = queueWait ?? TimeSpan.FromSeconds(10);
        _slots = new SemaphoreSlim(Workers, Workers);
    }

    /// <summary>How many files are read at once.</summary>
    public int Workers { get; }

    /// <summary>How many more may wait for a worker; beyond that an upload is refused as busy.</summary>
    public int QueueLength { get; }

    /// <summary>The time one file may take to read, once a worker has it.</summary>
    public TimeSpan Budget { get; }

    /// <summary>The longest an upload waits for a worker before it is refused as busy.</summary>
    public TimeSpan QueueWait { get; }

    /// <summary>Files being read or waiting now.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>
    /// Runs <paramref name="work"/> on a worker with a token cancelled after <see cref="Budget"/> (or when
    /// <paramref name="aborted"/> is: the client went away). Throws <see cref="UploadWorkersBusyException"/> when the
    /// queue is full or no worker frees up within <see cref="QueueWait"/>.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken aborted = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Interlocked.Increment(ref _pending) > Workers + QueueLength)
        {
            Interlocked.Decrement(ref _pending);
            throw new UploadWorkersBusyException();
        }

        try
        {
            if (!await _slots.WaitAsync(QueueWait, aborted)) throw new UploadWorkersBusyException();
            try
            {
                using var budget = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                budget.CancelAfter(Budget);
                var token = budget.Token;
                return await Task.Run(() => work(token), CancellationToken.None);
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    public void Dispose() => _slots.Dispose();

    private static int? FromEnvironment(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var n) && n > 0 ? n : null;
}
