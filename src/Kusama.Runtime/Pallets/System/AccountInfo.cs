using Kusama.Runtime.Pallets.Balances;
using Kusama.Scale;

namespace Kusama.Runtime.Pallets.System;

/// <summary>
/// frame_system's <c>AccountInfo&lt;u32, AccountData&gt;</c>, the value of <c>System.Account</c>: nonce, the three reference
/// counts that decide whether an account may exist or be removed, and the balances' data (Kusama's <c>AccountStore</c> is System).
/// </summary>
public readonly record struct AccountInfo(uint Nonce, uint Consumers, uint Providers, uint Sufficients, AccountData Data) : IScaleCodec<AccountInfo>
{
    /// <summary>The storage default (what an absent key reads as).</summary>
    public static AccountInfo Default => new(0, 0, 0, 0, AccountData.Default);

    public const int EncodedSize = 16 + AccountData.EncodedSize;

    public static AccountInfo Decode(ref ScaleReader reader)
    {
        uint nonce = reader.ReadUInt32();
        uint consumers = reader.ReadUInt32();
        uint providers = reader.ReadUInt32();
        uint sufficients = reader.ReadUInt32();
        return new AccountInfo(nonce, consumers, providers, sufficients, AccountData.Decode(ref reader));
    }

    public static void Encode<TWriter>(in AccountInfo value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteUInt32(ref writer, value.Nonce);
        ScaleWriter.WriteUInt32(ref writer, value.Consumers);
        ScaleWriter.WriteUInt32(ref writer, value.Providers);
        ScaleWriter.WriteUInt32(ref writer, value.Sufficients);
        AccountData.Encode(value.Data, ref writer);
    }

    public static int GetEncodedSize(in AccountInfo value) => EncodedSize;

    public static int MinEncodedSize => EncodedSize;
}
