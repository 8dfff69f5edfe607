namespace Kusama.Core;

/// <summary>A ratio in [0, 1] counted in parts per quintillion (<c>u64</c>) (sp-arithmetic's <c>Perquintill</c>); its arithmetic is in <see cref="PerThing"/>.</summary>
public readonly record struct Perquintill : IPerThing<Perquintill>
{
    /// <summary>The number of parts that make one whole.</summary>
    public const ulong Accuracy = 1_000_000_000_000_000_000;

    private readonly ulong _parts;

    private Perquintill(ulong parts) => _parts = parts;

    /// <summary>The number of parts (sp-arithmetic's <c>deconstruct</c>); never above <see cref="Accuracy"/>.</summary>
    public ulong Parts => _parts;

    /// <summary>From a number of parts, clamped to <see cref="Accuracy"/>.</summary>
    public static Perquintill FromParts(ulong parts) => new(Math.Min(parts, Accuracy));

    static ulong IPerThing<Perquintill>.Accuracy => Accuracy;

    ulong IPerThing<Perquintill>.Parts => _parts;

    static Perquintill IPerThing<Perquintill>.FromParts(ulong parts) => new((ulong)Math.Min(parts, Accuracy));

    public int CompareTo(Perquintill other) => _parts.CompareTo(other._parts);

    /// <summary>sp-arithmetic's <c>Debug</c> form: an exact percentage such as <c>12.5%</c>.</summary>
    public override string ToString() => PerThingMath.Format(_parts, Accuracy);
}
