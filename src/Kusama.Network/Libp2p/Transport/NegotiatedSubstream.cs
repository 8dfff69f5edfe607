namespace Kusama.Network.Libp2p.Transport;

/// <summary>A yamux substream together with the application protocol multistream-select agreed on for it.</summary>
public sealed class NegotiatedSubstream : IAsyncDisposable
{
    internal NegotiatedSubstream(string protocol, Stream stream)
    {
        Protocol = protocol;
        Stream = stream;
    }

    /// <summary>The negotiated protocol name.</summary>
    public string Protocol { get; }

    /// <summary>The substream, positioned at the protocol's first byte.</summary>
    public Stream Stream { get; }

    /// <summary>Closes our write side (yamux FIN) while still allowing reads.</summary>
    public ValueTask CloseWriteAsync(CancellationToken cancellationToken = default) =>
        Stream is Yamux.YamuxStream yamux ? yamux.CloseWriteAsync(cancellationToken) : ValueTask.CompletedTask;

    /// <summary>Closes the substream.</summary>
    public ValueTask DisposeAsync() => Stream.DisposeAsync();
}
