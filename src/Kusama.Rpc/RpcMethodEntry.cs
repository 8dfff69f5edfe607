namespace Kusama.Rpc;

/// <summary>One registered name (method, alias, subscribe or unsubscribe) and what answers it.</summary>
internal sealed class RpcMethodEntry
{
    public required string Name { get; init; }

    public required RpcMethodKind Kind { get; init; }

    public required bool IsUnsafe { get; init; }

    public RpcMethodHandler? Call { get; init; }

    public RpcAsyncMethodHandler? AsyncCall { get; init; }

    public RpcSubscriptionHandler? Subscribe { get; init; }

    public RpcAsyncSubscriptionHandler? AsyncSubscribe { get; init; }

    /// <summary>For subscribe and unsubscribe names: the subscription they belong to.</summary>
    public RpcSubscriptionDefinition? Subscription { get; init; }

    public RpcMethodEntry WithName(string name) => new()
    {
        Name = name,
        Kind = Kind,
        IsUnsafe = IsUnsafe,
        Call = Call,
        AsyncCall = AsyncCall,
        Subscribe = Subscribe,
        AsyncSubscribe = AsyncSubscribe,
        Subscription = Subscription,
    };
}
