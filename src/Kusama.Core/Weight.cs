namespace Kusama.Core;

/// <summary>Two-dimensional weight (sp-weights <c>Weight</c> v2): reference execution time in picoseconds and proof size in bytes.</summary>
public readonly struct Weight : IEquatable<Weight>
{
    public Weight(ulong refTime, ulong proofSize)
    {
        RefTime = refTime;
        ProofSize = proofSize;
    }

    /// <summary>Computation time on reference hardware, in picoseconds.</summary>
    public ulong RefTime { get; }

    /// <summary>Storage proof size (PoV), in bytes.</summary>
    public ulong ProofSize { get; }

    public static Weight Zero => default;

    /// <summary>The largest weight in every dimension.</summary>
    public static Weight MaxValue => new(ulong.MaxValue, ulong.MaxValue);

    public static Weight FromParts(ulong refTime, ulong proofSize) => new(refTime, proofSize);

    /// <summary>The same amount in every dimension.</summary>
    public static Weight FromAll(ulong value) => new(value, value);

    public bool IsZero => RefTime == 0 && ProofSize == 0;

    public Weight WithRefTime(ulong refTime) => new(refTime, ProofSize);

    public Weight WithProofSize(ulong proofSize) => new(RefTime, proofSize);

    public Weight SaturatingAdd(Weight other) => new(SatAdd(RefTime, other.RefTime), SatAdd(ProofSize, other.ProofSize));

    public Weight SaturatingSub(Weight other) => new(SatSub(RefTime, other.RefTime), SatSub(ProofSize, other.ProofSize));

    public Weight SaturatingMul(ulong scalar) => new(SatMul(RefTime, scalar), SatMul(ProofSize, scalar));

    /// <summary>Each dimension divided by <paramref name="scalar"/>.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="scalar"/> is zero.</exception>
    public Weight SaturatingDiv(ulong scalar) => new(RefTime / scalar, ProofSize / scalar);

    /// <summary>The sum, or null when any dimension overflows.</summary>
    public Weight? CheckedAdd(Weight other) =>
        RefTime > ulong.MaxValue - other.RefTime || ProofSize > ulong.MaxValue - other.ProofSize
            ? null
            : new Weight(RefTime + other.RefTime, ProofSize + other.ProofSize);

    /// <summary>The difference, or null when any dimension would go below zero.</summary>
    public Weight? CheckedSub(Weight other) =>
        other.RefTime > RefTime || other.ProofSize > ProofSize
            ? null
            : new Weight(RefTime - other.RefTime, ProofSize - other.ProofSize);

    /// <summary>Each dimension times <paramref name="scalar"/>, or null when any overflows.</summary>
    public Weight? CheckedMul(ulong scalar) =>
        Math.BigMul(RefTime, scalar, out ulong refTime) != 0 || Math.BigMul(ProofSize, scalar, out ulong proofSize) != 0
            ? null
            : new Weight(refTime, proofSize);

    /// <summary>Each dimension divided by <paramref name="scalar"/>, or null when it is zero.</summary>
    public Weight? CheckedDiv(ulong scalar) => scalar == 0 ? null : new Weight(RefTime / scalar, ProofSize / scalar);

    /// <summary><c>try_add</c>: the sum when it overflows nothing and stays within <paramref name="limit"/> in every dimension.</summary>
    public Weight? TryAdd(Weight other, Weight limit) =>
        CheckedAdd(other) is { } total && !total.AnyGt(limit) ? total : null;

    /// <summary>The conservative minimum, per dimension.</summary>
    public Weight Min(Weight other) => new(Math.Min(RefTime, other.RefTime), Math.Min(ProofSize, other.ProofSize));

    /// <summary>The aggressive maximum, per dimension.</summary>
    public Weight Max(Weight other) => new(Math.Max(RefTime, other.RefTime), Math.Max(ProofSize, other.ProofSize));

    public bool AnyGt(Weight other) => RefTime > other.RefTime || ProofSize > other.ProofSize;

    public bool AllGt(Weight other) => RefTime > other.RefTime && ProofSize > other.ProofSize;

    public bool AnyLt(Weight other) => RefTime < other.RefTime || ProofSize < other.ProofSize;

    public bool AllLt(Weight other) => RefTime < other.RefTime && ProofSize < other.ProofSize;

    public bool AnyGte(Weight other) => RefTime >= other.RefTime || ProofSize >= other.ProofSize;

    public bool AllGte(Weight other) => RefTime >= other.RefTime && ProofSize >= other.ProofSize;

    public bool AnyLte(Weight other) => RefTime <= other.RefTime || ProofSize <= other.ProofSize;

    public bool AllLte(Weight other) => RefTime <= other.RefTime && ProofSize <= other.ProofSize;

    public bool AnyEq(Weight other) => RefTime == other.RefTime || ProofSize == other.ProofSize;

    public static bool operator ==(Weight left, Weight right) => left.Equals(right);

    public static bool operator !=(Weight left, Weight right) => !left.Equals(right);

    public bool Equals(Weight other) => RefTime == other.RefTime && ProofSize == other.ProofSize;

    public override bool Equals(object? obj) => obj is Weight other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(RefTime, ProofSize);

    /// <summary>sp-weights' <c>Display</c> form.</summary>
    public override string ToString() => $"Weight(ref_time: {RefTime}, proof_size: {ProofSize})";

    private static ulong SatAdd(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;

    private static ulong SatSub(ulong a, ulong b) => a > b ? a - b : 0;

    private static ulong SatMul(ulong a, ulong b) => Math.BigMul(a, b, out ulong low) != 0 ? ulong.MaxValue : low;
}
