using Kusama.Scale;

namespace Kusama.Runtime;

/// <summary>
/// Kusama's outer <c>RuntimeFreezeReason</c> (<c>staging_kusama_runtime::RuntimeFreezeReason</c>), also Balances'
/// <c>FreezeIdentifier</c>: the owning pallet's index, then that pallet's <c>FreezeReason</c> variant.
/// </summary>
/// <remarks>
/// The variant is that of Kusama's metadata (NominationPools 41), declared here although that pallet arrives later:
/// stored freezes must decode today. Never reorder or renumber.
/// </remarks>
public readonly record struct RuntimeFreezeReason(byte PalletIndex, byte Reason) : IScaleCodec<RuntimeFreezeReason>
{
    /// <summary>NominationPools pallet index in Kusama's <c>construct_runtime!</c>.</summary>
    public const byte NominationPoolsPalletIndex = 41;

    /// <summary><c>NominationPools(FreezeReason::PoolMinBalance)</c>.</summary>
    public static RuntimeFreezeReason NominationPoolsPoolMinBalance => new(NominationPoolsPalletIndex, 0);

    /// <summary><c>VariantCountOf&lt;RuntimeFreezeReason&gt;</c> (Balances' integrity test wants <c>MaxFreezes</c> at least this).</summary>
    public const uint VariantCount = 1;

    public static int MinEncodedSize => 2;

    public static RuntimeFreezeReason Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte pallet = reader.ReadByte();
        byte reason = reader.ReadByte();
        if ((pallet, reason) is not (NominationPoolsPalletIndex, 0))
            ScaleReader.Throw($"Unknown RuntimeFreezeReason ({pallet}, {reason}).", at);
        return new RuntimeFreezeReason(pallet, reason);
    }

    public static void Encode<TWriter>(in RuntimeFreezeReason value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteByte(ref writer, value.PalletIndex);
        ScaleWriter.WriteByte(ref writer, value.Reason);
    }

    public static int GetEncodedSize(in RuntimeFreezeReason value) => 2;
}
