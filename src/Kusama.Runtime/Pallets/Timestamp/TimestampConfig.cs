namespace Kusama.Runtime.Pallets.Timestamp;

/// <summary>pallet_timestamp's configuration: Kusama's values in <see cref="Kusama"/>, smaller ones in tests.</summary>
/// <param name="MinimumPeriod">The least a block's timestamp must advance over the previous one, in ms (Kusama: <c>SLOT_DURATION / 2</c>).</param>
public sealed record TimestampConfig(ulong MinimumPeriod)
{
    /// <summary>Kusama's <c>SLOT_DURATION</c>: 6,000 ms.</summary>
    public const ulong SlotDuration = 6_000;

    /// <summary>Kusama's configuration: <c>MinimumPeriod</c> 3,000 ms.</summary>
    public static TimestampConfig Kusama { get; } = new(MinimumPeriod: SlotDuration / 2);
}
