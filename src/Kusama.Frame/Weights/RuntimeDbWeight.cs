using Kusama.Core;

namespace Kusama.Frame.Weights;

/// <summary>frame_support's <c>RuntimeDbWeight</c>: the ref_time charged per storage read and write.</summary>
/// <param name="Read">Picoseconds per read.</param>
/// <param name="Write">Picoseconds per write.</param>
public readonly record struct RuntimeDbWeight(ulong Read, ulong Write)
{
    /// <summary>Substrate's <c>RocksDbWeight</c> (Kusama's <c>DbWeight</c>): 25 µs per read, 100 µs per write.</summary>
    public static RuntimeDbWeight RocksDb => new(25_000_000, 100_000_000);

    public Weight Reads(ulong count) => Weight.FromParts(Saturating(Read, count), 0);

    public Weight Writes(ulong count) => Weight.FromParts(Saturating(Write, count), 0);

    public Weight ReadsWrites(ulong reads, ulong writes) => Reads(reads).SaturatingAdd(Writes(writes));

    private static ulong Saturating(ulong a, ulong b) => Math.BigMul(a, b, out ulong low) != 0 ? ulong.MaxValue : low;
}
