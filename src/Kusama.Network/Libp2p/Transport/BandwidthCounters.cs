namespace Kusama.Network.Libp2p.Transport;

/// <summary>Total bytes read from and written to every connection's socket (sc-network's bandwidth sinks), for the informant.</summary>
public sealed class BandwidthCounters
{
    private long _received;
    private long _sent;

    /// <summary>Bytes read from sockets so far.</summary>
    public long Received => Interlocked.Read(ref _received);

    /// <summary>Bytes written to sockets so far.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    internal void AddReceived(int bytes) => Interlocked.Add(ref _received, bytes);

    internal void AddSent(int bytes) => Interlocked.Add(ref _sent, bytes);
}
