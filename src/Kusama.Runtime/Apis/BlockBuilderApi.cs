using Kusama.Frame.Extrinsics;
using Kusama.Frame.Primitives;
using Kusama.Frame.Transactions;
using Kusama.Scale;

namespace Kusama.Runtime.Apis;

/// <summary>sp-block-builder <c>BlockBuilder</c> (version 6): apply_extrinsic, finalize_block, inherent_extrinsics, check_inherents.</summary>
public static class BlockBuilderApi
{
    /// <summary><c>BlockBuilder_apply_extrinsic</c>: extrinsic → ApplyExtrinsicResult.</summary>
    public static byte[] ApplyExtrinsic(Executive.Executive executive, ReadOnlySpan<byte> args)
    {
        var reader = new ScaleReader(args);
        ReadOnlySpan<byte> extrinsic = UncheckedExtrinsic.Read<KusamaSignedExtra>(ref reader).Encoded;
        return ScaleCodec.Encode(executive.ApplyExtrinsic(extrinsic));
    }

    /// <summary><c>BlockBuilder_finalize_block</c>: () → Header.</summary>
    public static byte[] FinalizeBlock(Executive.Executive executive, ReadOnlySpan<byte> args) => ScaleCodec.Encode(executive.FinalizeBlock());

    /// <summary><c>BlockBuilder_inherent_extrinsics</c>: InherentData → Vec&lt;extrinsic&gt;.</summary>
    public static byte[] InherentExtrinsics(Executive.Executive executive, ReadOnlySpan<byte> args) =>
        Block.EncodeExtrinsics(executive.InherentExtrinsics(ScaleCodec.Decode<InherentData>(args)));

    /// <summary><c>BlockBuilder_check_inherents</c>: (Block, InherentData) → CheckInherentsResult.</summary>
    public static byte[] CheckInherents(Executive.Executive executive, ReadOnlySpan<byte> args)
    {
        var reader = new ScaleReader(args);
        Block block = Block.Decode(ref reader);
        InherentData data = InherentData.Decode(ref reader);
        return ScaleCodec.Encode(executive.CheckInherents(block, data));
    }

    /// <summary>Registers the BlockBuilder methods.</summary>
    public static void Register(KusamaRuntimeApi api)
    {
        api.Register("BlockBuilder_apply_extrinsic", ApplyExtrinsic);
        api.Register("BlockBuilder_finalize_block", FinalizeBlock);
        api.Register("BlockBuilder_inherent_extrinsics", InherentExtrinsics);
        api.Register("BlockBuilder_check_inherents", CheckInherents);
    }
}
