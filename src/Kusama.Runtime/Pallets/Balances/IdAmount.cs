using Kusama.Core;
using Kusama.Scale;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>frame_support's <c>IdAmount&lt;Id, Balance&gt;</c>: an amount held or frozen for a reason.</summary>
public readonly record struct IdAmount<TId>(TId Id, Balance Amount) : IScaleCodec<IdAmount<TId>> where TId : struct, IScaleCodec<TId>
{
    public static int MinEncodedSize => TId.MinEncodedSize + 16;

    public static IdAmount<TId> Decode(ref ScaleReader reader)
    {
        TId id = TId.Decode(ref reader);
        return new IdAmount<TId>(id, new Balance(reader.ReadUInt128()));
    }

    public static void Encode<TWriter>(in IdAmount<TId> value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        TId.Encode(value.Id, ref writer);
        ScaleWriter.WriteUInt128(ref writer, value.Amount.Value);
    }

    public static int GetEncodedSize(in IdAmount<TId> value) => TId.GetEncodedSize(value.Id) + 16;
}
