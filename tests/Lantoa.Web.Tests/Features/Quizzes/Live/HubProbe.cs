using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantoa.Web.Features.Quizzes.Live;
using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Features.Quizzes.Live;

/// <summary>
/// A SignalR client of the live hub over a real WebSocket, speaking the JSON hub protocol itself (negotiate, handshake,
/// invocations, completions; records end with 0x1E), with the cookies of a staff sign-in, a citizen sign-in or a guest's
/// join — what a browser holds. The tests call the hub's methods as a page's script would.
/// </summary>
internal sealed partial class HubProbe : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private readonly ClientWebSocket _ws = new();
    private readonly StringBuilder _buffer = new();
    private readonly Decoder _utf8 = Encoding.UTF8.GetDecoder();
    private int _next;

    private HubProbe(TestApp app, CookieContainer cookies)
    {
        App = app;
        Cookies = cookies;
        Http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
    }

    public TestApp App { get; }
    public CookieContainer Cookies { get; }
    public HttpClient Http { get; }

    /// <summary>Messages the server pushed ("changed", "answered") while waiting for completions.</summary>
    public List<string> Pushed { get; } = [];

    public static HubProbe For(TestApp app) => new(app, new CookieContainer());

    public async Task<HubProbe> StaffAsync(string user)
    {
        await PostAsync("/Account/Login", new() { ["UserName"] = user, ["Password"] = Lantoa.Web.DemoData.DemoSeeder.DemoPassword });
        return this;
    }

    public async Task<HubProbe> CitizenAsync(string login)
    {
        await PostAsync("/cong-dan/dang-nhap", new() { ["Login"] = login, ["Password"] = Lantoa.Web.DemoData.DemoSeeder.DemoPassword });
        return this;
    }

    /// <summary>Joins the show with its code as the page's form does (a citizen joins under their name).</summary>
    public async Task<HubProbe> JoinAsync(string code, string name)
    {
        var r = await PostAsync("/rung-chuong-vang/" + code, new() { ["Name"] = name });
        Assert.True(r.StatusCode == HttpStatusCode.Redirect, $"join answered {(int)r.StatusCode}");
        var page = await (await Http.GetAsync("/rung-chuong-vang/" + code)).Content.ReadAsStringAsync();
        Token = WebUtility.HtmlDecode(PlayerTokenRegex().Match(page).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(Token), "the player's page holds the hub token");
        return this;
    }

    public async Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string> fields)
    {
        var html = await (await Http.GetAsync(url)).Content.ReadAsStringAsync();
        var token = TokenRegex().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("no antiforgery token on " + url);
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await Http.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>The player's hub token, read from the player's page after joining (null: not a player).</summary>
    public string? Token { get; private set; }

    [GeneratedRegex("data-token=\"([^\"]+)\"")]
    private static partial Regex PlayerTokenRegex();

    [GeneratedRegex("__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    public async Task<HubProbe> ConnectAsync()
    {
        var negotiate = await Http.PostAsync(LiveShows.HubPath + "/negotiate?negotiateVersion=1", null);
        using var doc = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync());
        var token = doc.RootElement.GetProperty("connectionToken").GetString();
        _ws.Options.Cookies = Cookies;
        var uri = new UriBuilder(App.BaseAddress) { Scheme = "ws", Path = LiveShows.HubPath, Query = "id=" + Uri.EscapeDataString(token!) }.Uri;
        await _ws.ConnectAsync(uri, CancellationToken.None);
        await SendAsync("{\"protocol\":\"json\",\"version\":1}");
        var handshake = await ReceiveAsync();
        Assert.Equal("{}", handshake);
        return this;
    }

    /// <summary>Invokes a hub method and returns its result (the server's completion).</summary>
    public async Task<JsonElement> InvokeAsync(string target, params object?[] args)
    {
        var id = (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target, arguments = args }));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var text = await ReceiveAsync(timeout.Token);
            using var doc = JsonDocument.Parse(text);
            var type = doc.RootElement.GetProperty("type").GetInt32();
            if (type == 1) { Pushed.Add(doc.RootElement.GetProperty("target").GetString()!); continue; }
            if (type != 3 || doc.RootElement.GetProperty("invocationId").GetString() != id) continue;
            if (doc.RootElement.TryGetProperty("error", out var error)) throw new InvalidOperationException("hub error: " + error.GetString());
            return doc.RootElement.GetProperty("result").Clone();
        }
    }

    private Task SendAsync(string json) =>
        _ws.SendAsync(Encoding.UTF8.GetBytes(json + Separator), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task<string> ReceiveAsync(CancellationToken ct = default)
    {
        var bytes = new byte[64 * 1024];
        while (true)
        {
            var text = _buffer.ToString();
            var end = text.IndexOf(Separator);
            if (end >= 0)
            {
                _buffer.Remove(0, end + 1);
                return text[..end];
            }
            var r = await _ws.ReceiveAsync(bytes, ct);
            if (r.MessageType == WebSocketMessageType.Close) throw new InvalidOperationException("the hub closed the connection");
            var chars = new char[r.Count + 4];
            _buffer.Append(chars, 0, _utf8.GetChars(bytes, 0, r.Count, chars, 0));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_ws.State == WebSocketState.Open)
            try { await _ws.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None); } catch (WebSocketException) { }
        _ws.Dispose();
        Http.Dispose();
    }
}
