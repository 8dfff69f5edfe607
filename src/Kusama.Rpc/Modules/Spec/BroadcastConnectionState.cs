namespace Kusama.Rpc.Modules.Spec;

/// <summary>The running <c>transaction_v1_broadcast</c> operations of one connection, by operation id.</summary>
public sealed class BroadcastConnectionState
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);

    public int Count
    {
        get { lock (_lock) return _operations.Count; }
    }

    /// <summary>Registers a new operation under a fresh random id, or returns null when <paramref name="limit"/> run already.</summary>
    public (string Id, CancellationTokenSource Stop)? TryAdd(int limit, CancellationToken connectionClosed)
    {
        lock (_lock)
        {
            if (_operations.Count >= limit) return null;
            string id;
            do id = NewId();
            while (_operations.ContainsKey(id));
            var stop = CancellationTokenSource.CreateLinkedTokenSource(connectionClosed);
            _operations.Add(id, stop);
            return (id, stop);
        }
    }

    /// <summary>Stops and forgets an operation; false when the id is unknown (or it already ended).</summary>
    public bool Stop(string id)
    {
        CancellationTokenSource? stop;
        lock (_lock)
        {
            if (!_operations.Remove(id, out stop)) return false;
        }
        stop.Cancel();
        stop.Dispose();
        return true;
    }

    /// <summary>Forgets an operation that ended by itself (finalized, or refused for good).</summary>
    public void Remove(string id, CancellationTokenSource stop)
    {
        lock (_lock)
        {
            if (_operations.TryGetValue(id, out CancellationTokenSource? current) && ReferenceEquals(current, stop))
            {
                _operations.Remove(id);
                stop.Dispose();
            }
        }
    }

    private static string NewId()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return string.Create(16, 0, static (chars, _) =>
        {
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(alphabet.Length)];
        });
    }
}
