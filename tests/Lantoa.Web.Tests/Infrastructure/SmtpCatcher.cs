using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Lantoa.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP listener on a free loopback port (RFC 5321's small core: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT):
/// what Lantoa's mailer sends arrives here over TCP and is kept, recipient and raw message, for the test to read.
/// </summary>
public sealed class SmtpCatcher : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly List<Message> _messages = [];
    private readonly SemaphoreSlim _arrived = new(0);

    public sealed record Message(IReadOnlyList<string> To, string Raw)
    {
        /// <summary>The six-digit code of "Mã xác minh: 123456" in the body (quoted-printable soft breaks removed).</summary>
        public string Code => Regex.Match(Raw.Replace("=\r\n", ""), @"minh: (\d{6})").Groups[1].Value;
    }

    public SmtpCatcher()
    {
        _listener.Start();
        _loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyList<Message> Messages
    {
        get
        {
            lock (_messages) return [.. _messages];
        }
    }

    /// <summary>The next message to <paramref name="to"/>: waits for its arrival (the mailer sends before the response returns).</summary>
    public async Task<Message> NextToAsync(string to, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            lock (_messages)
            {
                var i = _messages.FindIndex(m => m.To.Any(t => t.Contains(to, StringComparison.OrdinalIgnoreCase)));
                if (i >= 0)
                {
                    var m = _messages[i];
                    _messages.RemoveAt(i);
                    return m;
                }
            }
            await _arrived.WaitAsync(cts.Token);
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost SMTP ready");
        var to = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                case "HELO":
                    await writer.WriteLineAsync("250 localhost");
                    break;
                case "MAIL":
                    to.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    to.Add(line[(line.IndexOf(':') + 1)..].Trim().Trim('<', '>'));
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var raw = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } data && data != ".")
                        raw.Append(data.StartsWith("..", StringComparison.Ordinal) ? data[1..] : data).Append("\r\n");
                    lock (_messages) _messages.Add(new Message([.. to], raw.ToString()));
                    _arrived.Release();
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK"); // RSET, NOOP
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }
}
