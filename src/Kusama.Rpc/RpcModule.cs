namespace Kusama.Rpc;

/// <summary>
/// A set of JSON-RPC methods and subscriptions (one per namespace: chain_, state_, author_...), merged into
/// the server's registry. Registration errors (a name taken twice) are programming errors and throw.
/// </summary>
public sealed class RpcModule
{
    private readonly Dictionary<string, RpcMethodEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>Every registered name, aliases included.</summary>
    public IReadOnlyCollection<string> MethodNames => _entries.Keys;

    internal IReadOnlyDictionary<string, RpcMethodEntry> Entries => _entries;

    public bool Contains(string name) => _entries.ContainsKey(name);

    public RpcModule AddMethod(string name, RpcMethodHandler handler, bool isUnsafe = false)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Add(new RpcMethodEntry { Name = name, Kind = RpcMethodKind.Call, IsUnsafe = isUnsafe, Call = handler });
    }

    public RpcModule AddAsyncMethod(string name, RpcAsyncMethodHandler handler, bool isUnsafe = false)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Add(new RpcMethodEntry { Name = name, Kind = RpcMethodKind.AsyncCall, IsUnsafe = isUnsafe, AsyncCall = handler });
    }

    /// <summary>
    /// Registers a subscription: <paramref name="subscribeMethod"/> answers a subscription id, notifications go
    /// out as <paramref name="notificationMethod"/>, <paramref name="unsubscribeMethod"/> ends it (answers true/false).
    /// </summary>
    public RpcModule AddSubscription(string subscribeMethod, string notificationMethod, string unsubscribeMethod,
        RpcSubscriptionHandler handler, bool isUnsafe = false)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var definition = new RpcSubscriptionDefinition(subscribeMethod, notificationMethod, unsubscribeMethod, isUnsafe);
        return AddSubscription(definition, new RpcMethodEntry
        {
            Name = subscribeMethod, Kind = RpcMethodKind.Subscribe, IsUnsafe = isUnsafe, Subscribe = handler, Subscription = definition,
        });
    }

    public RpcModule AddAsyncSubscription(string subscribeMethod, string notificationMethod, string unsubscribeMethod,
        RpcAsyncSubscriptionHandler handler, bool isUnsafe = false)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var definition = new RpcSubscriptionDefinition(subscribeMethod, notificationMethod, unsubscribeMethod, isUnsafe);
        return AddSubscription(definition, new RpcMethodEntry
        {
            Name = subscribeMethod, Kind = RpcMethodKind.AsyncSubscribe, IsUnsafe = isUnsafe, AsyncSubscribe = handler, Subscription = definition,
        });
    }

    /// <summary>Makes <paramref name="alias"/> answer exactly like <paramref name="existing"/> (e.g. chain_getFinalisedHead).</summary>
    public RpcModule AddAlias(string alias, string existing)
    {
        if (!_entries.TryGetValue(existing, out RpcMethodEntry? entry))
            throw new InvalidOperationException($"cannot alias `{alias}` to `{existing}`: `{existing}` is not registered");
        return Add(entry.WithName(alias));
    }

    /// <summary>Adds every name of <paramref name="other"/> to this module.</summary>
    public RpcModule Merge(RpcModule other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (RpcMethodEntry entry in other._entries.Values)
            Add(entry);
        return this;
    }

    private RpcModule AddSubscription(RpcSubscriptionDefinition definition, RpcMethodEntry subscribe)
    {
        if (_entries.ContainsKey(definition.UnsubscribeMethod))
            throw new InvalidOperationException($"RPC method `{definition.UnsubscribeMethod}` is already registered");
        Add(subscribe);
        return Add(new RpcMethodEntry
        {
            Name = definition.UnsubscribeMethod,
            Kind = RpcMethodKind.Unsubscribe,
            // Unsubscribing is always allowed; only starting an unsafe subscription is guarded.
            IsUnsafe = false,
            Subscription = definition,
        });
    }

    private RpcModule Add(RpcMethodEntry entry)
    {
        ArgumentException.ThrowIfNullOrEmpty(entry.Name);
        if (!_entries.TryAdd(entry.Name, entry))
            throw new InvalidOperationException($"RPC method `{entry.Name}` is already registered");
        return this;
    }
}
