using System.Threading.Channels;
using Kusama.Core;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// The status stream of one submitted transaction (sc-transaction-pool <c>Watcher</c>): readable from any thread, it
/// completes after a final status. Disposing it stops watching (<c>author_unwatchExtrinsic</c>).
/// </summary>
public sealed class TransactionWatcher : IDisposable
{
    // Unbounded is safe: a transaction has a handful of statuses before a final one, and writing never blocks the pool.
    private readonly Channel<TransactionStatus> _channel =
        Channel.CreateUnbounded<TransactionStatus>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });
    private readonly Action<TransactionWatcher> _unwatch;

    internal TransactionWatcher(Hash256 hash, Action<TransactionWatcher> unwatch)
    {
        Hash = hash;
        _unwatch = unwatch;
    }

    /// <summary>The watched transaction's hash.</summary>
    public Hash256 Hash { get; }

    /// <summary>The statuses in order; completes after a final one or when the watcher is disposed.</summary>
    public ChannelReader<TransactionStatus> Statuses => _channel.Reader;

    /// <summary>The statuses as an async stream.</summary>
    public IAsyncEnumerable<TransactionStatus> ReadAllAsync(CancellationToken cancellationToken = default) =>
        _channel.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Delivers a status; returns false once the watcher has ended (the pool then forgets it).</summary>
    internal bool Send(TransactionStatus status)
    {
        if (!_channel.Writer.TryWrite(status))
            return false;
        if (status.IsFinal)
        {
            _channel.Writer.TryComplete();
            return false;
        }
        return true;
    }

    public void Dispose()
    {
        _channel.Writer.TryComplete();
        _unwatch(this);
    }
}
