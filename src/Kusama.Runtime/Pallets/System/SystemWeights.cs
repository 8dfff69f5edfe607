using Kusama.Core;
using Kusama.Frame.Weights;

namespace Kusama.Runtime.Pallets.System;

/// <summary>
/// frame_system call weights: Kusama's benchmarked values from polkadot-fellows/runtimes v1.7.1
/// <c>relay/kusama/src/weights/frame_system.rs</c> (ref_time in picoseconds, proof_size in bytes).
/// </summary>
public static class SystemWeights
{
    private static readonly RuntimeDbWeight Db = RuntimeDbWeight.RocksDb;

    /// <param name="b">The remark's length in bytes.</param>
    public static Weight Remark(uint b) => Weight.FromParts(46_077_409, 0).SaturatingAdd(Weight.FromParts(588, 0).SaturatingMul(b));

    public static Weight SetHeapPages() => Weight.FromParts(6_610_000, 0).SaturatingAdd(Db.Writes(1));

    public static Weight SetCode() => Weight.FromParts(128_867_203_000, 0).SaturatingAdd(Db.Writes(1));

    /// <param name="i">The number of items.</param>
    public static Weight SetStorage(uint i) =>
        Weight.FromParts(3_570_000, 0).SaturatingAdd(Weight.FromParts(1_111_269, 0).SaturatingMul(i)).SaturatingAdd(Db.Writes(i));

    /// <param name="i">The number of keys.</param>
    public static Weight KillStorage(uint i) =>
        Weight.FromParts(3_690_000, 0).SaturatingAdd(Weight.FromParts(837_610, 0).SaturatingMul(i)).SaturatingAdd(Db.Writes(i));

    /// <param name="p">The number of subkeys plus one.</param>
    public static Weight KillPrefix(uint p) =>
        Weight.FromParts(6_880_000, 76)
            .SaturatingAdd(Weight.FromParts(1_732_319, 0).SaturatingMul(p))
            .SaturatingAdd(Db.Reads(p))
            .SaturatingAdd(Db.Writes(p))
            .SaturatingAdd(Weight.FromParts(0, 70).SaturatingMul(p));

    /// <param name="b">The remark's length in bytes.</param>
    public static Weight RemarkWithEvent(uint b) => Weight.FromParts(37_278_689, 0).SaturatingAdd(Weight.FromParts(1_774, 0).SaturatingMul(b));

    public static Weight AuthorizeUpgrade() => Weight.FromParts(15_910_000, 0).SaturatingAdd(Db.Writes(1));

    public static Weight ApplyAuthorizedUpgrade() => Weight.FromParts(133_691_582_000, 1_518).SaturatingAdd(Db.Reads(1)).SaturatingAdd(Db.Writes(2));
}
