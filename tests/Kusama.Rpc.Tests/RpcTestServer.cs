using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Kusama.Rpc.Tests;

/// <summary>A real server on an ephemeral port with a small module of test methods.</summary>
internal sealed class RpcTestServer : IAsyncDisposable
{
    private RpcTestServer(RpcServer server, RpcServerOptions options)
    {
        Server = server;
        Options = options;
    }

    public RpcServer Server { get; }

    public RpcServerOptions Options { get; }

    public IPEndPoint EndPoint => Server.LocalEndPoints[0];

    public Uri WebSocketUri => new($"ws://127.0.0.1:{EndPoint.Port}");

    public Uri HttpUri => new($"http://127.0.0.1:{EndPoint.Port}/");

    public static async Task<RpcTestServer> StartAsync(RpcModule module, Action<RpcServerOptions>? configure = null, Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null)
    {
        var options = new RpcServerOptions { Port = 0, Cors = RpcCors.All };
        configure?.Invoke(options);
        var server = new RpcServer(options, module, loggerFactory);
        await server.StartAsync();
        return new RpcTestServer(server, options);
    }

    public async Task<RpcTestClient> ConnectAsync() => await RpcTestClient.ConnectAsync(WebSocketUri);

    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string body, string? origin = null, string contentType = "application/json")
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, HttpUri) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (origin is not null) request.Headers.Add("Origin", origin);
        using HttpResponseMessage response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
