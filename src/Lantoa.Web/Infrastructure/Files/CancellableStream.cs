namespace Lantoa.Web.Infrastructure.Files;

/// <summary>
/// A read-only view of a stream that checks a cancellation token at every read, so a library that takes no token
/// (XDocument.Load, a zip reader) still stops when an upload's time budget runs out.
/// </summary>
public sealed class CancellableStream(Stream inner, CancellationToken ct) : Stream
{
    public override int Read(byte[] buffer, int offset, int count)
    {
        ct.ThrowIfCancellationRequested();
        return inner.Read(buffer, offset, count);
    }

    public override int Read(Span<byte> buffer)
    {
        ct.ThrowIfCancellationRequested();
        return inner.Read(buffer);
    }

    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
