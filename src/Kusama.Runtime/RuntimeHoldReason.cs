using Kusama.Scale;

namespace Kusama.Runtime;

/// <summary>
/// Kusama's outer <c>RuntimeHoldReason</c> (<c>staging_kusama_runtime::RuntimeHoldReason</c>): the owning pallet's index,
/// then that pallet's <c>HoldReason</c> variant. Two bytes on the wire; the key of <c>Balances.Holds</c> entries.
/// </summary>
/// <remarks>
/// The variants are those of Kusama's metadata (Preimage 32, Nis 38), declared here although those pallets arrive later:
/// stored holds must decode today. Never reorder or renumber.
/// </remarks>
public readonly record struct RuntimeHoldReason(byte PalletIndex, byte Reason) : IScaleCodec<RuntimeHoldReason>
{
    /// <summary>Preimage pallet index in Kusama's <c>construct_runtime!</c>.</summary>
    public const byte PreimagePalletIndex = 32;

    /// <summary>Nis pallet index in Kusama's <c>construct_runtime!</c>.</summary>
    public const byte NisPalletIndex = 38;

    /// <summary><c>Preimage(HoldReason::Preimage)</c>: the deposit for a noted preimage.</summary>
    public static RuntimeHoldReason Preimage => new(PreimagePalletIndex, 0);

    /// <summary><c>Nis(HoldReason::NftReceipt)</c>: funds held for an NIS receipt.</summary>
    public static RuntimeHoldReason NisNftReceipt => new(NisPalletIndex, 0);

    /// <summary><c>VariantCountOf&lt;RuntimeHoldReason&gt;</c>: the bound on an account's holds.</summary>
    public const uint VariantCount = 2;

    public static int MinEncodedSize => 2;

    public static RuntimeHoldReason Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte pallet = reader.ReadByte();
        byte reason = reader.ReadByte();
        if ((pallet, reason) is not ((PreimagePalletIndex, 0) or (NisPalletIndex, 0)))
            ScaleReader.Throw($"Unknown RuntimeHoldReason ({pallet}, {reason}).", at);
        return new RuntimeHoldReason(pallet, reason);
    }

    public static void Encode<TWriter>(in RuntimeHoldReason value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteByte(ref writer, value.PalletIndex);
        ScaleWriter.WriteByte(ref writer, value.Reason);
    }

    public static int GetEncodedSize(in RuntimeHoldReason value) => 2;
}
