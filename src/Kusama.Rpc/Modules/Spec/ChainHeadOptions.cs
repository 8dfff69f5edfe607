namespace Kusama.Rpc.Modules.Spec;

/// <summary>The limits of <c>chainHead_v1_*</c>, with sc-rpc-spec-v2's defaults (<c>ChainHeadConfig</c>).</summary>
public sealed record ChainHeadOptions
{
    /// <summary>Blocks one follow subscription may hold pinned; past it the subscription is stopped.</summary>
    public int MaxPinnedBlocks { get; init; } = 512;

    /// <summary>Operations (a storage query counts once per item) running at once per subscription; past it calls answer <c>limitReached</c>.</summary>
    public int MaxOngoingOperations { get; init; } = 16;

    /// <summary><c>chainHead_v1_follow</c> subscriptions per connection (the spec asks servers to allow at least 2).</summary>
    public int MaxFollowSubscriptionsPerConnection { get; init; } = 4;

    /// <summary>Finalized ancestors (the finalized block included) the <c>initialized</c> event reports.</summary>
    public int MaxInitialFinalizedBlocks { get; init; } = 16;

    /// <summary>A subscription whose unfinalized chain grows longer than this is stopped (the node falls too far behind finality).</summary>
    public int MaxLaggingDistance { get; init; } = 128;
}
