namespace Kusama.Core;

/// <summary>What a per-thing type (sp-arithmetic's <c>PerThing</c>) declares; <see cref="PerThing"/> carries the arithmetic once for all of them.</summary>
/// <remarks>
/// Parts and accuracy are widened to <c>u64</c>, the widest inner type (<see cref="Perquintill"/>), so the shared code is
/// written once; the types keep their own narrow <c>Parts</c> and <c>Accuracy</c> for callers and codecs.
/// </remarks>
public interface IPerThing<TSelf> : IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : struct, IPerThing<TSelf>
{
    /// <summary>The number of parts that make one whole.</summary>
    static abstract ulong Accuracy { get; }

    /// <summary>The number of parts; never above <see cref="Accuracy"/>.</summary>
    ulong Parts { get; }

    /// <summary>From a number of parts, clamped to <see cref="Accuracy"/>.</summary>
    static abstract TSelf FromParts(ulong parts);
}
