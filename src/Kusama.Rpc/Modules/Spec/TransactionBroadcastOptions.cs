namespace Kusama.Rpc.Modules.Spec;

/// <summary>The limits of <c>transaction_v1_broadcast</c>.</summary>
public sealed record TransactionBroadcastOptions
{
    /// <summary>Broadcasts one connection may run at once; past it the call answers null (the spec's "overloaded").</summary>
    public int MaxBroadcastsPerConnection { get; init; } = 16;

    /// <summary>How long to wait before submitting again a transaction the pool could not take for now (full, banned, already there).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
}
