using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Kusama.Crypto.Ed25519;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Noise;
using Kusama.Network.Libp2p.Transport;

namespace Kusama.Node.Benchmarking;

/// <summary>
/// <c>kusama benchmark network</c>: bulk throughput on loopback TCP through each layer of the libp2p stack — raw socket
/// copy (the reference, measured in the same run), Noise alone, Noise + Yamux with one substream and with several — and
/// the round-trip latency of a 1-byte request/response on a yamux substream.
/// </summary>
public sealed class NetworkBenchmark(TextWriter output)
{
    /// <summary>The sink protocol: the receiver counts bytes until the sender's FIN, then answers with the u64be count.</summary>
    public const string SinkProtocol = "/kusama-bench/sink/1";

    /// <summary>The echo protocol: every byte read is written back at once.</summary>
    public const string EchoProtocol = "/kusama-bench/echo/1";

    /// <summary>Application write size on every layer, so the rows compare the stack and not the caller's buffering.</summary>
    public const int ChunkSize = 64 * 1024;

    /// <summary>Runs every measurement, pushing <paramref name="megabytes"/> MiB per row, and prints the table.</summary>
    public async Task RunAsync(int megabytes, int streams, int roundTrips, CancellationToken cancellationToken = default)
    {
        long bytes = (long)megabytes * 1024 * 1024;
        output.WriteLine($"Network benchmark: {megabytes} MiB per row over loopback TCP, {ChunkSize / 1024} KiB writes, {Environment.ProcessorCount} cores");
        double raw = await MeasureRawTcpAsync(bytes, cancellationToken).ConfigureAwait(false);
        double noise = await MeasureNoiseAsync(bytes, cancellationToken).ConfigureAwait(false);
        await using var pair = await HostPair.StartAsync(cancellationToken).ConfigureAwait(false);
        double yamuxOne = await MeasureYamuxAsync(pair.Connection, bytes, 1, cancellationToken).ConfigureAwait(false);
        double yamuxMany = await MeasureYamuxAsync(pair.Connection, bytes, streams, cancellationToken).ConfigureAwait(false);
        var (p50, p99) = await MeasureRoundTripAsync(pair.Connection, roundTrips, cancellationToken).ConfigureAwait(false);

        output.WriteLine($"| {"layer",-34} | {"MB/s",10} | {"vs raw TCP",10} |");
        output.WriteLine($"|{new string('-', 36)}|{new string('-', 12)}|{new string('-', 12)}|");
        WriteRow("raw TCP (reference)", raw, raw);
        WriteRow("Noise", noise, raw);
        WriteRow("Noise + Yamux, 1 substream", yamuxOne, raw);
        WriteRow($"Noise + Yamux, {streams} substreams", yamuxMany, raw);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Yamux 1 substream / raw TCP: {yamuxOne / raw:0.000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"1-byte round trip on a yamux substream ({roundTrips:N0} round trips): p50 {p50:0.0} µs, p99 {p99:0.0} µs"));
    }

    private void WriteRow(string layer, double megabytesPerSecond, double reference) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {layer,-34} | {megabytesPerSecond,10:0.0} | {megabytesPerSecond / reference,10:0.000} |"));

    private static double MegabytesPerSecond(long bytes, TimeSpan elapsed) => bytes / 1e6 / elapsed.TotalSeconds;

    private static async Task<double> MeasureRawTcpAsync(long bytes, CancellationToken cancellationToken)
    {
        var (client, server) = await ConnectLoopbackAsync(cancellationToken).ConfigureAwait(false);
        await using (client.ConfigureAwait(false))
        await using (server.ConfigureAwait(false))
        {
            return await PushAsync(client, server, bytes, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<double> MeasureNoiseAsync(long bytes, CancellationToken cancellationToken)
    {
        var (client, server) = await ConnectLoopbackAsync(cancellationToken).ConfigureAwait(false);
        using Ed25519KeyPair initiatorKey = Ed25519KeyPair.FromSeed(RandomNumberGenerator.GetBytes(32));
        using Ed25519KeyPair responderKey = Ed25519KeyPair.FromSeed(RandomNumberGenerator.GetBytes(32));
        Task<NoiseTransportStream> responder = NoiseHandshake.RespondAsync(server, responderKey, cancellationToken);
        NoiseTransportStream initiator = await NoiseHandshake.InitiateAsync(client, initiatorKey, cancellationToken).ConfigureAwait(false);
        NoiseTransportStream responded = await responder.ConfigureAwait(false);
        await using (initiator.ConfigureAwait(false))
        await using (responded.ConfigureAwait(false))
        {
            return await PushAsync(initiator, responded, bytes, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> into <paramref name="source"/> while a reader drains <paramref name="sink"/>; MB/s until the last byte arrived.</summary>
    private static async Task<double> PushAsync(Stream source, Stream sink, long bytes, CancellationToken cancellationToken)
    {
        Task<long> drained = Task.Run(() => DrainAsync(sink, bytes, cancellationToken), cancellationToken);
        long start = Stopwatch.GetTimestamp();
        await WriteAsync(source, bytes, cancellationToken).ConfigureAwait(false);
        long received = await drained.ConfigureAwait(false);
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        if (received != bytes) throw new InvalidOperationException($"the sink received {received} of {bytes} bytes");
        return MegabytesPerSecond(bytes, elapsed);
    }

    private static async Task WriteAsync(Stream destination, long bytes, CancellationToken cancellationToken)
    {
        byte[] chunk = new byte[ChunkSize];
        RandomNumberGenerator.Fill(chunk);
        while (bytes > 0)
        {
            int n = (int)Math.Min(bytes, chunk.Length);
            await destination.WriteAsync(chunk.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
            bytes -= n;
        }
    }

    /// <summary>Reads until <paramref name="expected"/> bytes (or the end of the stream, when negative) and returns the count.</summary>
    private static async Task<long> DrainAsync(Stream source, long expected, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[ChunkSize];
        long total = 0;
        while (expected < 0 || total < expected)
        {
            int read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0) break;
            total += read;
        }
        return total;
    }

    private static async Task<double> MeasureYamuxAsync(Libp2pConnection connection, long bytes, int streams, CancellationToken cancellationToken)
    {
        var pushes = new Task<long>[streams];
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < streams; i++)
        {
            long share = bytes / streams + (i < bytes % streams ? 1 : 0);
            pushes[i] = PushThroughSubstreamAsync(connection, share, cancellationToken);
        }
        long received = 0;
        foreach (Task<long> push in pushes) received += await push.ConfigureAwait(false);
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        if (received != bytes) throw new InvalidOperationException($"the sinks received {received} of {bytes} bytes");
        return MegabytesPerSecond(bytes, elapsed);
    }

    private static async Task<long> PushThroughSubstreamAsync(Libp2pConnection connection, long bytes, CancellationToken cancellationToken)
    {
        NegotiatedSubstream substream = await connection.OpenStreamAsync(SinkProtocol, cancellationToken).ConfigureAwait(false);
        await using (substream.ConfigureAwait(false))
        {
            await WriteAsync(substream.Stream, bytes, cancellationToken).ConfigureAwait(false);
            await substream.CloseWriteAsync(cancellationToken).ConfigureAwait(false);
            byte[] count = new byte[8];
            await substream.Stream.ReadExactlyAsync(count, cancellationToken).ConfigureAwait(false);
            return BinaryPrimitives.ReadInt64BigEndian(count);
        }
    }

    private static async Task<(double P50, double P99)> MeasureRoundTripAsync(Libp2pConnection connection, int roundTrips, CancellationToken cancellationToken)
    {
        NegotiatedSubstream substream = await connection.OpenStreamAsync(EchoProtocol, cancellationToken).ConfigureAwait(false);
        await using (substream.ConfigureAwait(false))
        {
            byte[] request = [42];
            byte[] reply = new byte[1];
            // The first exchange completes the lazy protocol negotiation; it is not a steady-state round trip.
            await substream.Stream.WriteAsync(request, cancellationToken).ConfigureAwait(false);
            await substream.Stream.ReadExactlyAsync(reply, cancellationToken).ConfigureAwait(false);
            var micros = new double[roundTrips];
            for (int i = 0; i < roundTrips; i++)
            {
                long start = Stopwatch.GetTimestamp();
                await substream.Stream.WriteAsync(request, cancellationToken).ConfigureAwait(false);
                await substream.Stream.ReadExactlyAsync(reply, cancellationToken).ConfigureAwait(false);
                micros[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                if (reply[0] != request[0]) throw new InvalidOperationException("the echo answered a different byte");
            }
            Array.Sort(micros);
            return (micros[(roundTrips - 1) / 2], micros[Math.Min(roundTrips - 1, (int)Math.Ceiling(roundTrips * 0.99) - 1)]);
        }
    }

    private static async Task<(NetworkStream Client, NetworkStream Server)> ConnectLoopbackAsync(CancellationToken cancellationToken)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var connecting = TcpTransport.ConnectAsync(TcpTransport.ToMultiaddr((IPEndPoint)listener.LocalEndpoint), cancellationToken);
            Socket accepted = await listener.AcceptSocketAsync(cancellationToken).ConfigureAwait(false);
            accepted.NoDelay = true;
            return (await connecting.ConfigureAwait(false), new NetworkStream(accepted, ownsSocket: true));
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>Two hosts on loopback, the dialer connected to the listener, which serves the sink and echo protocols.</summary>
    private sealed class HostPair : IAsyncDisposable
    {
        private readonly Libp2pHost _listener;
        private readonly Libp2pHost _dialer;

        private HostPair(Libp2pHost listener, Libp2pHost dialer, Libp2pConnection connection)
        {
            _listener = listener;
            _dialer = dialer;
            Connection = connection;
        }

        public Libp2pConnection Connection { get; }

        public static async Task<HostPair> StartAsync(CancellationToken cancellationToken)
        {
            var listener = new Libp2pHost(NodeKey.Generate());
            var dialer = new Libp2pHost(NodeKey.Generate());
            listener.Handlers.Register(SinkProtocol, SinkAsync);
            listener.Handlers.Register(EchoProtocol, EchoAsync);
            Multiaddr address = listener.Listen(Multiaddr.Parse("/ip4/127.0.0.1/tcp/0"));
            Libp2pConnection connection = await dialer.DialAsync(address, cancellationToken).ConfigureAwait(false);
            return new HostPair(listener, dialer, connection);
        }

        private static async Task SinkAsync(Libp2pConnection connection, NegotiatedSubstream substream, CancellationToken cancellationToken)
        {
            await using (substream.ConfigureAwait(false))
            {
                long total = await DrainAsync(substream.Stream, -1, cancellationToken).ConfigureAwait(false);
                byte[] count = new byte[8];
                BinaryPrimitives.WriteInt64BigEndian(count, total);
                await substream.Stream.WriteAsync(count, cancellationToken).ConfigureAwait(false);
                await substream.CloseWriteAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        private static async Task EchoAsync(Libp2pConnection connection, NegotiatedSubstream substream, CancellationToken cancellationToken)
        {
            await using (substream.ConfigureAwait(false))
            {
                byte[] buffer = new byte[256];
                while (true)
                {
                    int read = await substream.Stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                    if (read == 0) break;
                    await substream.Stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _dialer.DisposeAsync().ConfigureAwait(false);
            await _listener.DisposeAsync().ConfigureAwait(false);
        }
    }
}
