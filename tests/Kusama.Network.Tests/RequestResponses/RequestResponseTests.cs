using Kusama.Core;
using Kusama.Network.Libp2p;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Transport;
using Kusama.Network.PeerSet;
using Kusama.Network.Protocols;
using Kusama.Network.RequestResponses;

namespace Kusama.Network.Tests.RequestResponses;

public class RequestResponseTests
{
    private static readonly RequestResponseProtocol Echo =
        new("/test/echo/1", ["/legacy/echo/1"], 1024, 1024 * 1024, TimeSpan.FromSeconds(10));

    private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token;

    private static DelegateRequestHandler Reversing(RequestResponseProtocol protocol) =>
        new(protocol, (request, _) =>
        {
            byte[] response = request.ToArray();
            Array.Reverse(response);
            return ValueTask.FromResult<byte[]?>(response);
        });

    [Fact]
    public void SubstrateProtocolsHaveTheirNamesLimitsAndTimeouts()
    {
        var names = new ProtocolNames(new Hash256(Enumerable.Repeat((byte)0xab, 32).ToArray()), "ksmcc3");
        RequestResponseProtocol sync = RequestResponseProtocol.Sync(names);
        RequestResponseProtocol state = RequestResponseProtocol.State(names);
        RequestResponseProtocol light = RequestResponseProtocol.Light(names);

        Assert.Equal((names.Sync, names.State, names.Light), (sync.Name, state.Name, light.Name));
        Assert.Equal(["/ksmcc3/sync/2"], sync.FallbackNames);
        Assert.Equal(["/ksmcc3/state/2"], state.FallbackNames);
        Assert.Equal(["/ksmcc3/light/2"], light.FallbackNames);
        Assert.All([sync, state, light], p => Assert.Equal((1 << 20, 16 << 20), (p.MaxRequestSize, p.MaxResponseSize)));
        Assert.Equal([20, 40, 15], [sync.Timeout.TotalSeconds, state.Timeout.TotalSeconds, light.Timeout.TotalSeconds]);
        Assert.Equal(20, sync.MaxConcurrentInboundRequests);
    }

    [Fact]
    public async Task ARequestGetsTheHandlersResponseAndTheHandlerSeesTheRequester()
    {
        DelegateRequestHandler handler = Reversing(Echo);
        await using LoopbackPeers peers = await LoopbackPeers.StartAsync(host => RequestResponseServer.Register(host.Handlers, handler));

        byte[] response = await RequestResponseClient.SendAsync(peers.Connection, Echo, new byte[] { 1, 2, 3 }, Timeout);
        byte[] second = await RequestResponseClient.SendAsync(peers.Connection, Echo, new byte[300], Timeout);

        Assert.Equal([3, 2, 1], response);
        Assert.Equal(300, second.Length);
        Assert.Equal(peers.Client.LocalPeerId, handler.LastPeer);
    }

    [Fact]
    public async Task AnEmptyRequestAndAnEmptyResponseAreFramedToo()
    {
        DelegateRequestHandler handler = new(Echo, (request, _) => ValueTask.FromResult<byte[]?>(request.Length == 0 ? [] : [9]));
        await using LoopbackPeers peers = await LoopbackPeers.StartAsync(host => RequestResponseServer.Register(host.Handlers, handler));

        byte[] response = await RequestResponseClient.SendAsync(peers.Connection, Echo, ReadOnlyMemory<byte>.Empty, Timeout);

        Assert.Empty(response);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public void ServerListensOnTheMainAndFallbackNames()
    {
        var handlers = new ProtocolHandlers();
        RequestResponseServer.Register(handlers, Reversing(Echo));
        Assert.Equal(["/legacy/echo/1", "/test/echo/1"], handlers.Protocols.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AServerKnowingOnlyTheFallbackNameIsReachedThroughIt()
    {
        RequestResponseProtocol legacyOnly = Echo with { Name = "/legacy/echo/1", FallbackNames = [] };
        await using LoopbackPeers peers = await LoopbackPeers.StartAsync(host => RequestResponseServer.Register(host.Handlers, Reversing(legacyOnly)));

        byte[] response = await RequestResponseClient.SendAsync(peers.Connection, Echo, new byte[] { 7, 8 }, Timeout);

        Assert.Equal([8, 7], response);
    }

    [Fact]
    public async Task APeerWithoutTheProtocolFailsAsUnsupported()
    {
        await using LoopbackPeers peers = await LoopbackPeers.StartAsync(_ => { });

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => RequestResponseClient.SendAsync(peers.Connection, Echo, new byte[] { 1 }, Timeout));

        Assert.Equal(RequestFailure.UnsupportedProtocol, e.Failure);
        Assert.Contains(peers.Server.LocalPeerId.ToString(), e.Message);
        Assert.Contains("/test/echo/1", e.Message);
    }

    [Fact]
    public async Task AHandlerReturningNullRefuses()
    {
        DelegateRequestHandler handler = new(Echo, (_, _) => ValueTask.FromResult<byte[]?>(null));
        await using LoopbackPeers peers = await LoopbackPeers.StartAsync(host => RequestResponseServer.Register(host.Handlers, handler));

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => RequestResponseClient.SendAsync(peers.Connection, Echo, new byte[] { 1 }, Timeout));

        Assert.Equal(RequestFailure.Refused, e.Failure);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task AnOversizedRequestIsNeverHandledAndTheSenderIsReported()
    {
        RequestResponseProtocol small = Echo with { MaxRequestSize = 16 };
        DelegateRequestHandler handler = Reversing(small);
        var reports = new TaskCompletionSource<(PeerId, ReputationChange)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using LoopbackPeers peers = await LoopbackPeers.StartAsync(host =>
            RequestResponseServer.Register(host.Handlers, handler, (peer, change) => reports.TrySetResult((peer, change))));

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => RequestResponseClient.SendAsync(peers.Connection, Echo, new byte[17], Timeout));
        (PeerId reported, ReputationChange change) = await reports.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(RequestFailure.Network, e.Failure);
        Assert.Equal(0, handler.Calls);
        Assert.Equal(peers.Client.LocalPeerId, reported);
        Assert.True(change.Value < 0);
    }

    [Fact]
    public async Task TheClientRefusesToSendARequestOverItsOwnLimit()
    {
        await using LoopbackPeers peers = await LoopbackPeers.StartAsync(host => RequestResponseServer.Register(host.Handlers, Reversing(Echo)));

        await Assert.ThrowsAsync<ArgumentException>(() => RequestResponseClient.SendAsync(peers.Connection, Echo, new byte[1025], Timeout));
    }

    [Fact]
    public async Task AResponseAnnouncedOverTheLimitFailsBeforeItsBytesArrive()
    {
        // The server announces a terabyte and sends nothing more: only the prefix can have been read.
        await using LoopbackPeers peers = await LoopbackPeers.StartAsync(host => host.Handlers.Register(Echo.Name, async (_, substream, ct) =>
        {
            await ReadRequestAsync(substream, ct);
            await substream.Stream.WriteAsync(UnsignedVarint.Encode(1UL << 40), ct);
            await Task.Delay(System.Threading.Timeout.Infinite, ct);
        }));

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => RequestResponseClient.SendAsync(peers.Connection, Echo, new byte[] { 1 }, Timeout));

        Assert.Equal(RequestFailure.ResponseTooLarge, e.Failure);
        Assert.Contains((1UL << 40).ToString(), e.Message);
    }

    [Fact]
    public async Task AResponseOverTheClientsLimitIsTooLarge()
    {
        DelegateRequestHandler handler = new(Echo, (_, _) => ValueTask.FromResult<byte[]?>(new byte[5000]));
        await using LoopbackPeers peers = await LoopbackPeers.StartAsync(host => RequestResponseServer.Register(host.Handlers, handler));

        var e = await Assert.ThrowsAsync<RequestFailedException>(() =>
            RequestResponseClient.SendAsync(peers.Connection, Echo with { MaxResponseSize = 4999 }, new byte[] { 1 }, Timeout));

        Assert.Equal(RequestFailure.ResponseTooLarge, e.Failure);
    }

    [Fact]
    public async Task APeerThatNeverAnswersTimesOut()
    {
        await using LoopbackPeers peers = await LoopbackPeers.StartAsync(host => host.Handlers.Register(Echo.Name, async (_, substream, ct) =>
        {
            await ReadRequestAsync(substream, ct);
            await Task.Delay(System.Threading.Timeout.Infinite, ct);
        }));

        var e = await Assert.ThrowsAsync<RequestFailedException>(() =>
            RequestResponseClient.SendAsync(peers.Connection, Echo with { Timeout = TimeSpan.FromMilliseconds(200) }, new byte[] { 1 }, Timeout));

        Assert.Equal(RequestFailure.Timeout, e.Failure);
    }

    [Fact]
    public async Task CancellingTheCallerIsNotATimeout()
    {
        await using LoopbackPeers peers = await LoopbackPeers.StartAsync(host => host.Handlers.Register(Echo.Name, async (_, substream, ct) =>
        {
            await ReadRequestAsync(substream, ct);
            await Task.Delay(System.Threading.Timeout.Infinite, ct);
        }));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RequestResponseClient.SendAsync(peers.Connection, Echo, new byte[] { 1 }, cancel.Token));
    }

    [Fact]
    public async Task RequestsBeyondTheInboundQueueAreRefused()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        RequestResponseProtocol one = Echo with { MaxConcurrentInboundRequests = 1 };
        DelegateRequestHandler handler = new(one, async (_, ct) =>
        {
            entered.TrySetResult();
            await release.Task.WaitAsync(ct);
            return [42];
        });
        RequestResponseServer server = null!;
        await using LoopbackPeers peers = await LoopbackPeers.StartAsync(host => server = RequestResponseServer.Register(host.Handlers, handler));

        Task<byte[]> first = RequestResponseClient.SendAsync(peers.Connection, Echo, new byte[] { 1 }, Timeout);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var e = await Assert.ThrowsAsync<RequestFailedException>(() => RequestResponseClient.SendAsync(peers.Connection, Echo, new byte[] { 2 }, Timeout));
        release.SetResult();

        Assert.Equal(RequestFailure.Refused, e.Failure);
        Assert.Equal([42], await first);
        Assert.Equal(1, server.RefusedOverflow);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task AFailingHandlerRefusesAndTheConnectionSurvives()
    {
        DelegateRequestHandler handler = new(Echo, (request, _) =>
            request.Span[0] == 0 ? throw new InvalidOperationException("handler bug") : ValueTask.FromResult<byte[]?>([1]));
        await using LoopbackPeers peers = await LoopbackPeers.StartAsync(host => RequestResponseServer.Register(host.Handlers, handler));

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => RequestResponseClient.SendAsync(peers.Connection, Echo, new byte[] { 0 }, Timeout));
        byte[] after = await RequestResponseClient.SendAsync(peers.Connection, Echo, new byte[] { 1 }, Timeout);

        Assert.Equal(RequestFailure.Refused, e.Failure);
        Assert.Equal([1], after);
    }

    private static async Task ReadRequestAsync(NegotiatedSubstream substream, CancellationToken cancellationToken)
    {
        // The prefix and payload of a short request, then the requester's FIN.
        var buffer = new byte[64];
        while (await substream.Stream.ReadAsync(buffer, cancellationToken) > 0) { }
    }
}
