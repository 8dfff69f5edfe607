namespace Kusama.Network.Libp2p.MultistreamSelect;

/// <summary>
/// The stream a V1Lazy dialer writes to before the listener confirmed: writes pass through, and the first read first
/// consumes and checks the listener's header and echo of the proposed protocol.
/// </summary>
public sealed class LazyNegotiatedStream : DuplexStream
{
    private readonly Stream _inner;
    private readonly SemaphoreSlim _confirmLock = new(1, 1);
    private volatile bool _confirmed;

    /// <summary>Wraps <paramref name="inner"/>, on which header and <paramref name="protocol"/> were already sent.</summary>
    public LazyNegotiatedStream(Stream inner, string protocol)
    {
        _inner = inner;
        Protocol = protocol;
    }

    /// <summary>The protocol proposed (and assumed selected).</summary>
    public string Protocol { get; }

    /// <summary>Whether the listener's confirmation has been read.</summary>
    public bool IsConfirmed => _confirmed;

    /// <summary>Reads and checks the listener's header and echo now, if not done yet.</summary>
    public async ValueTask ConfirmAsync(CancellationToken cancellationToken)
    {
        if (_confirmed) return;
        await _confirmLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_confirmed) return;
            await MultistreamMessage.ReadHeaderAsync(_inner, cancellationToken).ConfigureAwait(false);
            string reply = await MultistreamMessage.ReadAsync(_inner, cancellationToken).ConfigureAwait(false);
            if (reply == MultistreamMessage.NotAvailable)
                throw new MultistreamSelectException($"listener refused the protocol '{Protocol}'");
            if (reply != Protocol)
                throw new MultistreamSelectException($"listener answered '{reply}' to the proposal '{Protocol}'");
            _confirmed = true;
        }
        finally
        {
            _confirmLock.Release();
        }
    }

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await ConfirmAsync(cancellationToken).ConfigureAwait(false);
        return await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        _inner.WriteAsync(buffer, cancellationToken);

    /// <inheritdoc />
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _inner.WriteAsync(buffer, offset, count, cancellationToken);

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => _inner.Write(buffer, offset, count);

    /// <inheritdoc />
    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    /// <inheritdoc />
    public override void Flush() => _inner.Flush();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            _confirmLock.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await _inner.DisposeAsync().ConfigureAwait(false);
        _confirmLock.Dispose();
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
