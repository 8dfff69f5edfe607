namespace Kusama.Runtime.Pallets.Utility;

/// <summary>pallet_utility's configuration: Kusama's values in <see cref="Kusama"/>, smaller ones in tests.</summary>
/// <param name="BatchedCallsLimit">The most calls one batch may hold (the <c>batched_calls_limit</c> constant).</param>
public sealed record UtilityConfig(uint BatchedCallsLimit)
{
    /// <summary>sp-core's <c>MAX_POSSIBLE_ALLOCATION</c>: 32 MiB, the Wasm allocator's largest allocation.</summary>
    public const uint MaxPossibleAllocation = 32 * 1024 * 1024;

    /// <summary>pallet_utility's <c>CALL_ALIGN</c>: the size of a <c>RuntimeCall</c> is rounded up to this, in bytes.</summary>
    public const uint CallAlign = 1024;

    /// <summary>FRAME's <c>batched_calls_limit</c>: the allocator limit over 3 (for vector doubling) over the aligned call size.</summary>
    public static uint ComputeBatchedCallsLimit(uint runtimeCallSize) =>
        MaxPossibleAllocation / 3 / ((runtimeCallSize + CallAlign - 1) / CallAlign * CallAlign);

    /// <summary>
    /// Kusama's configuration: 10,922 calls. Kusama's <c>RuntimeCall</c> fits in one <see cref="CallAlign"/> block (FRAME's
    /// integrity test asserts it), so the limit is 32 MiB / 3 / 1024, as in Kusama's metadata.
    /// </summary>
    public static UtilityConfig Kusama { get; } = new(ComputeBatchedCallsLimit(CallAlign));
}
