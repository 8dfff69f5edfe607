using Kusama.Core;
using Kusama.Scale;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>
/// pallet_balances' <c>AccountData</c>, stored inside <c>System.Account</c>: free, reserved and frozen balance and the
/// <c>ExtraFlags</c> whose top bit (<see cref="NewLogicFlag"/>) marks accounts on the holds/freezes model.
/// </summary>
public readonly record struct AccountData(Balance Free, Balance Reserved, Balance Frozen, UInt128 Flags) : IScaleCodec<AccountData>
{
    /// <summary><c>IS_NEW_LOGIC</c>: set on every account created or upgraded since the holds/freezes migration.</summary>
    public static readonly UInt128 NewLogicFlag = UInt128.One << 127;

    /// <summary>The storage default: zero balances, new-logic flag set (as Kusama's metadata default shows).</summary>
    public static AccountData Default => new(Balance.Zero, Balance.Zero, Balance.Zero, NewLogicFlag);

    public const int EncodedSize = 64;

    /// <summary>Whether the account has been upgraded to the new (holds/freezes) logic.</summary>
    public bool IsNewLogic => (Flags & NewLogicFlag) != UInt128.Zero;

    /// <summary>free + reserved: what existence is judged by.</summary>
    public Balance Total => Free.SaturatingAdd(Reserved);

    public static AccountData Decode(ref ScaleReader reader)
    {
        var free = new Balance(reader.ReadUInt128());
        var reserved = new Balance(reader.ReadUInt128());
        var frozen = new Balance(reader.ReadUInt128());
        return new AccountData(free, reserved, frozen, reader.ReadUInt128());
    }

    public static void Encode<TWriter>(in AccountData value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteUInt128(ref writer, value.Free.Value);
        ScaleWriter.WriteUInt128(ref writer, value.Reserved.Value);
        ScaleWriter.WriteUInt128(ref writer, value.Frozen.Value);
        ScaleWriter.WriteUInt128(ref writer, value.Flags);
    }

    public static int GetEncodedSize(in AccountData value) => EncodedSize;

    public static int MinEncodedSize => EncodedSize;
}
