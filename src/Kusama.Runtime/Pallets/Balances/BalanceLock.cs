using Kusama.Core;
using Kusama.Scale;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>pallet_balances' <c>BalanceLock</c>: a legacy lock (<c>LockableCurrency</c>) of <c>amount</c> under an 8-byte id.</summary>
public readonly record struct BalanceLock(ulong Id, Balance Amount, Reasons Reasons) : IScaleCodec<BalanceLock>
{
    public const int EncodedSize = 8 + 16 + 1;

    public static int MinEncodedSize => EncodedSize;

    /// <summary>A <c>LockIdentifier</c> (<c>[u8; 8]</c>, e.g. <c>*b"vesting "</c>) as the id this record holds.</summary>
    public static ulong IdOf(ReadOnlySpan<byte> eightBytes) => global::System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(eightBytes);

    /// <summary>The <c>reasons</c> a set of <see cref="WithdrawReasons"/> maps to (<c>impl From&lt;WithdrawReasons&gt; for Reasons</c>).</summary>
    public static Reasons ReasonsFrom(WithdrawReasons reasons) =>
        reasons == WithdrawReasons.TransactionPayment ? Reasons.Fee
        : (reasons & WithdrawReasons.TransactionPayment) != 0 ? Reasons.All
        : Reasons.Misc;

    /// <summary><c>Reasons | Reasons</c>: equal stays, otherwise All.</summary>
    public static Reasons Union(Reasons a, Reasons b) => a == b ? a : Reasons.All;

    public static BalanceLock Decode(ref ScaleReader reader)
    {
        ulong id = reader.ReadUInt64();
        var amount = new Balance(reader.ReadUInt128());
        int at = reader.Position;
        byte reasons = reader.ReadByte();
        if (reasons > (byte)Reasons.All) ScaleReader.Throw($"Unknown Reasons variant {reasons}.", at);
        return new BalanceLock(id, amount, (Reasons)reasons);
    }

    public static void Encode<TWriter>(in BalanceLock value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteUInt64(ref writer, value.Id);
        ScaleWriter.WriteUInt128(ref writer, value.Amount.Value);
        ScaleWriter.WriteByte(ref writer, (byte)value.Reasons);
    }

    public static int GetEncodedSize(in BalanceLock value) => EncodedSize;
}
