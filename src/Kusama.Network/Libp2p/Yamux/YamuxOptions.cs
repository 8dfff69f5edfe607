namespace Kusama.Network.Libp2p.Yamux;

/// <summary>Limits and window sizes of a <see cref="YamuxSession"/>; defaults follow the yamux spec and rust-yamux.</summary>
public sealed record YamuxOptions
{
    /// <summary>The spec's initial per-stream window (256 KiB).</summary>
    public const uint DefaultWindow = 256 * 1024;

    /// <summary>Receive window granted to the remote per stream; also the most a stream buffers.</summary>
    public uint ReceiveWindow { get; init; } = DefaultWindow;

    /// <summary>The most a stream's receive window auto-tunes up to (rust-yamux grows it while the window limits throughput).</summary>
    public uint MaxReceiveWindow { get; init; } = 4 * 1024 * 1024;

    /// <summary>A stream whose reader consumes half its window faster than this gets its window doubled.</summary>
    public TimeSpan AutoTuneInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Largest Data payload accepted in one frame (rust-yamux: 1 MiB).</summary>
    public uint MaxFrameData { get; init; } = 1024 * 1024;

    /// <summary>Largest Data payload this side puts in one frame (rust-yamux splits at 16 KiB).</summary>
    public int MaxSendFrameData { get; init; } = 16 * 1024;

    /// <summary>Streams open at once, both directions; an inbound SYN beyond it is answered with RST.</summary>
    public int MaxStreams { get; init; } = 512;

    /// <summary>Inbound streams not yet taken by <see cref="YamuxSession.AcceptStreamAsync"/>; more are refused with RST.</summary>
    public int MaxPendingInbound { get; init; } = 256;

    /// <summary>Outbound streams the remote has not acknowledged yet; opening more waits (rust-yamux ACK backlog).</summary>
    public int MaxUnacknowledgedOutbound { get; init; } = 256;
}
