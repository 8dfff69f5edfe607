using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Weights;
using Kusama.Runtime.Pallets.System;
using Kusama.Scale;

namespace Kusama.Runtime.Tests.Executive;

/// <summary>System's BlockWeights, BlockLength and DbWeight constants encoded as in Kusama's metadata (spec 1,003,000, @polkadot/types-support static-kusama).</summary>
public class SystemLimitsConformanceTests
{
    [Fact]
    public void BlockWeights_encode_as_Kusamas_metadata_constant()
    {
        const string kusama = "0x07a81a0a5303000b00204aa9d10113ffffffffffffffff4273bb1d00010b30f3708f580113a3703d0ad7a370bd010b0098f73e5d0113ffffffffffffffbf0100004273bb1d00010b307bc3f9cc0113a3703d0ad7a370fd010b00204aa9d10113ffffffffffffffff01070088526a741300000000000000404273bb1d00000000";
        Assert.Equal(kusama, Hex.Encode(Encode(SystemConfig.Kusama.BlockWeights)));
    }

    [Fact]
    public void BlockLength_encodes_as_Kusamas_metadata_constant()
    {
        PerDispatchClass<uint> max = SystemConfig.Kusama.BlockLength.Max;
        var writer = new PooledScaleWriter(12);
        ScaleWriter.WriteUInt32(ref writer, max.Normal);
        ScaleWriter.WriteUInt32(ref writer, max.Operational);
        ScaleWriter.WriteUInt32(ref writer, max.Mandatory);
        Assert.Equal("0x00003c000000500000005000", Hex.Encode(writer.ToArray()));
        writer.Dispose();
    }

    [Fact]
    public void DbWeight_encodes_as_Kusamas_metadata_constant()
    {
        var writer = new PooledScaleWriter(16);
        ScaleWriter.WriteUInt64(ref writer, SystemConfig.Kusama.DbWeight.Read);
        ScaleWriter.WriteUInt64(ref writer, SystemConfig.Kusama.DbWeight.Write);
        Assert.Equal("0x40787d010000000000e1f50500000000", Hex.Encode(writer.ToArray()));
        writer.Dispose();
    }

    /// <summary>frame_system <c>BlockWeights</c>: base_block, max_block, per_class {base_extrinsic, max_extrinsic?, max_total?, reserved?}; Weight = two compacts.</summary>
    private static byte[] Encode(BlockWeights weights)
    {
        var writer = new PooledScaleWriter(256);
        WriteWeight(ref writer, weights.BaseBlock);
        WriteWeight(ref writer, weights.MaxBlock);
        foreach (WeightsPerClass perClass in new[] { weights.PerClass.Normal, weights.PerClass.Operational, weights.PerClass.Mandatory })
        {
            WriteWeight(ref writer, perClass.BaseExtrinsic);
            WriteOption(ref writer, perClass.MaxExtrinsic);
            WriteOption(ref writer, perClass.MaxTotal);
            WriteOption(ref writer, perClass.Reserved);
        }
        byte[] bytes = writer.ToArray();
        writer.Dispose();
        return bytes;
    }

    private static void WriteOption(ref PooledScaleWriter writer, Weight? weight)
    {
        writer.WriteByte(weight is null ? (byte)0 : (byte)1);
        if (weight is { } value) WriteWeight(ref writer, value);
    }

    private static void WriteWeight(ref PooledScaleWriter writer, Weight weight)
    {
        ScaleWriter.WriteCompact(ref writer, weight.RefTime);
        ScaleWriter.WriteCompact(ref writer, weight.ProofSize);
    }
}
