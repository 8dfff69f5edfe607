namespace Kusama.Runtime.Pallets.Timestamp;

/// <summary>sp-timestamp's <c>InherentError</c>: why a block's timestamp inherent is rejected; the value is its SCALE encoding. Both are fatal.</summary>
public enum TimestampInherentError : byte
{
    /// <summary>The time between the blocks is too short.</summary>
    TooEarly = 0,
    /// <summary>The block timestamp is too far in the future.</summary>
    TooFarInFuture = 1,
}
