using Kusama.Core;
using Kusama.Frame.Dispatch;

namespace Kusama.Frame.Weights;

/// <summary>frame_system's <c>limits::BlockLength</c>: the most bytes of extrinsics each class may put in a block.</summary>
public sealed record BlockLength(PerDispatchClass<uint> Max)
{
    /// <summary><c>BlockLength::max_with_normal_ratio</c>: Normal gets <paramref name="normalRatio"/> of <paramref name="max"/>, the others all of it.</summary>
    public static BlockLength MaxWithNormalRatio(uint max, Perbill normalRatio) =>
        new(new PerDispatchClass<uint>(normalRatio.MulNearest(max), max, max));
}
