using BenchmarkDotNet.Attributes;
using Kusama.Crypto.Ed25519;
using Kusama.Network.Libp2p.Noise;
using Kusama.Network.Libp2p.Yamux;

namespace Kusama.Benchmarks.Network;

/// <summary>
/// The Noise encrypt/decrypt and yamux frame paths over an in-memory duplex pipe (no TCP): the micro-level view behind
/// <c>kusama benchmark network</c>. Each benchmark moves 1 MiB.
/// </summary>
[MemoryDiagnoser]
public class NoiseYamuxBenchmarks
{
    private const int Total = 1024 * 1024;
    private readonly byte[] _chunk = new byte[64 * 1024];
    private readonly byte[] _sink = new byte[64 * 1024];
    private NoiseCipherState _cipher = null!;
    private byte[] _frame = [];
    private NoiseTransportStream _initiator = null!;
    private NoiseTransportStream _responder = null!;
    private YamuxSession _client = null!;
    private YamuxSession _server = null!;
    private YamuxStream _outbound = null!;
    private YamuxStream _inbound = null!;

    [GlobalSetup]
    public void Setup()
    {
        new Random(42).NextBytes(_chunk);
        _cipher = new NoiseCipherState(new byte[32]);
        _frame = new byte[NoiseTransportStream.MaxPlaintextPerFrame + NoiseCipherState.TagSize];
        (_initiator, _responder) = ConnectNoise();
        (NoiseTransportStream yamuxDialer, NoiseTransportStream yamuxListener) = ConnectNoise();
        _client = new YamuxSession(yamuxDialer, isClient: true);
        _server = new YamuxSession(yamuxListener, isClient: false);
        _outbound = _client.OpenStreamAsync().AsTask().GetAwaiter().GetResult();
        _inbound = _server.AcceptStreamAsync().AsTask().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cipher.Dispose();
        _initiator.Dispose();
        _responder.Dispose();
        _client.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>ChaCha20-Poly1305 alone: 1 MiB in maximal Noise frames.</summary>
    [Benchmark]
    public void NoiseEncrypt1MiB()
    {
        for (int done = 0; done < Total; done += NoiseTransportStream.MaxPlaintextPerFrame)
        {
            int chunk = Math.Min(NoiseTransportStream.MaxPlaintextPerFrame, Total - done);
            _cipher.Encrypt(ReadOnlySpan<byte>.Empty, _chunk.AsSpan(0, Math.Min(chunk, _chunk.Length)), _frame);
        }
    }

    /// <summary>Noise transport: 1 MiB written in 64 KiB writes, encrypted, framed, read back and decrypted.</summary>
    [Benchmark]
    public Task NoiseTransport1MiB() => PushAsync(_initiator, _responder);

    /// <summary>Noise + yamux: 1 MiB through one substream (16 KiB Data frames, window updates, credit on consumption).</summary>
    [Benchmark]
    public Task YamuxOverNoise1MiB() => PushAsync(_outbound, _inbound);

    private async Task PushAsync(Stream source, Stream sink)
    {
        Task reader = Task.Run(async () =>
        {
            int total = 0;
            while (total < Total) total += await sink.ReadAsync(_sink).ConfigureAwait(false);
        });
        for (int done = 0; done < Total; done += _chunk.Length) await source.WriteAsync(_chunk).ConfigureAwait(false);
        await reader.ConfigureAwait(false);
    }

    private static (NoiseTransportStream Initiator, NoiseTransportStream Responder) ConnectNoise()
    {
        (DuplexPipeStream a, DuplexPipeStream b) = DuplexPipeStream.CreatePair();
        using var initiatorIdentity = Ed25519KeyPair.FromSeed(Enumerable.Repeat((byte)1, 32).ToArray());
        using var responderIdentity = Ed25519KeyPair.FromSeed(Enumerable.Repeat((byte)2, 32).ToArray());
        Task<NoiseTransportStream> initiator = NoiseHandshake.InitiateAsync(a, initiatorIdentity);
        NoiseTransportStream responder = NoiseHandshake.RespondAsync(b, responderIdentity).GetAwaiter().GetResult();
        return (initiator.GetAwaiter().GetResult(), responder);
    }
}
