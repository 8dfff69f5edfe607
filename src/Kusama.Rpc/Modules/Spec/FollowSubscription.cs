using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.Execution;
using Kusama.Core;
using Kusama.Frame.Primitives;

namespace Kusama.Rpc.Modules.Spec;

/// <summary>
/// One <c>chainHead_v1_follow</c> subscription (sc-rpc-spec-v2's <c>ChainHeadFollower</c> with its pinning and
/// operations): reports the chain as events, in ancestry order, and keeps every reported block pinned until the
/// client unpins it. Chain events arrive on the importing/finalizing thread and are sent under the lock, so the
/// client sees them in the order the chain changed; a block already reported is never reported twice.
/// </summary>
public sealed partial class FollowSubscription : IDisposable
{
    private readonly Lock _lock = new();
    private readonly BlockTree _tree;
    private readonly RuntimeExecutor _executor;
    private readonly ChainHeadOptions _options;
    private readonly RpcSubscriptionSink _sink;
    private readonly FollowConnectionState _connection;
    // Every block reported and not yet below the finalized block: what dedupes events racing the initial snapshot.
    private readonly Dictionary<Hash256, uint> _announced = [];
    private readonly HashSet<Hash256> _pinned = [];
    private readonly Dictionary<string, FollowOperation> _operations = new(StringComparer.Ordinal);
    private readonly Dictionary<Hash256, RuntimeVersion?> _versions = [];
    private int _operationSlots;
    private long _nextOperationId;
    private uint _finalizedNumber;
    private Hash256 _best;
    private bool _ended;

    internal FollowSubscription(BlockTree tree, RuntimeExecutor executor, ChainHeadOptions options, RpcSubscriptionSink sink,
        FollowConnectionState connection, bool withRuntime)
    {
        _tree = tree;
        _executor = executor;
        _options = options;
        _sink = sink;
        _connection = connection;
        WithRuntime = withRuntime;
    }

    /// <summary>The subscription id (the <c>followSubscription</c> parameter of the other methods).</summary>
    public string Id => _sink.Id;

    /// <summary>Whether the client asked for runtime information (and may call <c>chainHead_v1_call</c>).</summary>
    public bool WithRuntime { get; }

    /// <summary>How many blocks the client holds pinned.</summary>
    public int PinnedCount
    {
        get { lock (_lock) return _pinned.Count; }
    }

    /// <summary>Hooks the chain's events, then sends <c>initialized</c>, a <c>newBlock</c> per unfinalized block and <c>bestBlockChanged</c>.</summary>
    internal void Start()
    {
        _tree.BlockImported += OnBlockImported;
        _tree.Finalized += OnFinalized;
        _sink.Closed.Register(static state => ((FollowSubscription)state!).Dispose(), this);
        lock (_lock)
        {
            if (_ended) return;
            SendInitialEvents();
        }
    }

    /// <summary>The header of a pinned block, or null when the block is not pinned.</summary>
    public Header? GetPinnedHeader(Hash256 hash)
    {
        lock (_lock)
        {
            if (_ended || !_pinned.Contains(hash)) return null;
        }
        return _tree.GetHeader(hash);
    }

    /// <summary>True when <paramref name="hash"/> is pinned by this subscription.</summary>
    public bool IsPinned(Hash256 hash)
    {
        lock (_lock) return !_ended && _pinned.Contains(hash);
    }

    /// <summary>
    /// Registers an operation on a pinned block holding up to <paramref name="slots"/> of the operation limit (at least
    /// one); <see cref="FollowOperation.Slots"/> says how many it got (a storage query drops the items beyond).
    /// </summary>
    public OperationStart TryStartOperation(Hash256 hash, int slots, out FollowOperation? operation)
    {
        operation = null;
        lock (_lock)
        {
            if (_ended) return OperationStart.LimitReached;
            if (!_pinned.Contains(hash)) return OperationStart.InvalidBlock;
            int free = _options.MaxOngoingOperations - _operationSlots;
            if (free < 1) return OperationStart.LimitReached;
            slots = Math.Clamp(slots, 1, free);
            operation = new FollowOperation((_nextOperationId++).ToString(System.Globalization.CultureInfo.InvariantCulture), slots);
            _operations.Add(operation.Id, operation);
            _operationSlots += slots;
            return OperationStart.Started;
        }
    }

    /// <summary>
    /// Sends an operation's event unless it was stopped; a <paramref name="final"/> event ends the operation and frees its slots.
    /// </summary>
    public bool SendOperationEvent(FollowOperation operation, Action<Utf8JsonWriter> writeEvent, bool final)
    {
        lock (_lock)
        {
            if (_ended || operation.Stopped.IsCancellationRequested || !_operations.ContainsKey(operation.Id)) return false;
            if (final) EndOperation(operation);
            return _sink.Send(RpcResult.Json(writeEvent));
        }
    }

    /// <summary>Ends an operation without an event (it was stopped, or its work failed before producing one).</summary>
    public void CompleteOperation(FollowOperation operation)
    {
        lock (_lock)
        {
            if (_operations.ContainsKey(operation.Id)) EndOperation(operation);
        }
    }

    /// <summary><c>chainHead_v1_stopOperation</c>: no further event of the operation is sent; unknown ids are ignored.</summary>
    public void StopOperation(string operationId)
    {
        lock (_lock)
        {
            if (_operations.TryGetValue(operationId, out FollowOperation? operation)) EndOperation(operation);
        }
    }

    /// <summary>True while <paramref name="operationId"/> runs.</summary>
    public bool HasOperation(string operationId)
    {
        lock (_lock) return _operations.ContainsKey(operationId);
    }

    /// <summary>
    /// <c>chainHead_v1_unpin</c>: unpins every hash, or none when one of them is not pinned (<see cref="SpecErrors.InvalidBlock"/>)
    /// or appears twice (<see cref="SpecErrors.InvalidDuplicateHashes"/>).
    /// </summary>
    public void Unpin(IReadOnlyList<Hash256> hashes)
    {
        var distinct = new HashSet<Hash256>(hashes.Count);
        foreach (Hash256 hash in hashes)
            if (!distinct.Add(hash)) throw SpecErrors.DuplicateHashes();
        lock (_lock)
        {
            if (_ended) return;
            foreach (Hash256 hash in hashes)
                if (!_pinned.Contains(hash)) throw SpecErrors.InvalidBlockHash();
            foreach (Hash256 hash in hashes) _pinned.Remove(hash);
        }
    }

    /// <summary>Sends <c>{"event":"stop"}</c> and ends the subscription (the client has to follow again).</summary>
    public void Stop()
    {
        lock (_lock)
        {
            if (_ended) return;
            _sink.Send(RpcResult.Json(static writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("event"u8, "stop"u8);
                writer.WriteEndObject();
            }));
            EndLocked();
        }
        _sink.Close();
        Dispose();
    }

    /// <summary>Unhooks the chain, stops every operation and forgets the subscription (unfollowed, stopped or connection closed).</summary>
    public void Dispose()
    {
        lock (_lock) EndLocked();
        _tree.BlockImported -= OnBlockImported;
        _tree.Finalized -= OnFinalized;
        _connection.Remove(this);
    }

    private void EndLocked()
    {
        _ended = true;
        foreach (FollowOperation operation in _operations.Values) operation.Stop();
        _operations.Clear();
        _operationSlots = 0;
        _pinned.Clear();
    }

    private void EndOperation(FollowOperation operation)
    {
        _operations.Remove(operation.Id);
        _operationSlots -= operation.Slots;
        operation.Stop();
    }
}
