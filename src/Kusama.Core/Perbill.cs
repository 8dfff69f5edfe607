namespace Kusama.Core;

/// <summary>A ratio in [0, 1] counted in parts per billion (<c>u32</c>) (sp-arithmetic's <c>Perbill</c>); its arithmetic is in <see cref="PerThing"/>.</summary>
public readonly record struct Perbill : IPerThing<Perbill>
{
    /// <summary>The number of parts that make one whole.</summary>
    public const uint Accuracy = 1_000_000_000;

    private readonly uint _parts;

    private Perbill(uint parts) => _parts = parts;

    /// <summary>The number of parts (sp-arithmetic's <c>deconstruct</c>); never above <see cref="Accuracy"/>.</summary>
    public uint Parts => _parts;

    /// <summary>From a number of parts, clamped to <see cref="Accuracy"/>.</summary>
    public static Perbill FromParts(uint parts) => new(Math.Min(parts, Accuracy));

    static ulong IPerThing<Perbill>.Accuracy => Accuracy;

    ulong IPerThing<Perbill>.Parts => _parts;

    static Perbill IPerThing<Perbill>.FromParts(ulong parts) => new((uint)Math.Min(parts, Accuracy));

    public int CompareTo(Perbill other) => _parts.CompareTo(other._parts);

    /// <summary>sp-arithmetic's <c>Debug</c> form: an exact percentage such as <c>12.5%</c>.</summary>
    public override string ToString() => PerThingMath.Format(_parts, Accuracy);
}
