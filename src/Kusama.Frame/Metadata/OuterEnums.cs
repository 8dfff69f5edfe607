using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>V15's outer enums: the type ids of <c>RuntimeCall</c>, <c>RuntimeEvent</c> and <c>RuntimeError</c>.</summary>
public sealed record OuterEnums(uint CallEnumType, uint EventEnumType, uint ErrorEnumType) : IScaleCodec<OuterEnums>
{
    public static int MinEncodedSize => 3;

    public static OuterEnums Decode(ref ScaleReader reader)
    {
        uint call = reader.ReadCompactU32();
        uint @event = reader.ReadCompactU32();
        return new OuterEnums(call, @event, reader.ReadCompactU32());
    }

    public static void Encode<TWriter>(in OuterEnums value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, value.CallEnumType);
        ScaleWriter.WriteCompact(ref writer, value.EventEnumType);
        ScaleWriter.WriteCompact(ref writer, value.ErrorEnumType);
    }

    public static int GetEncodedSize(in OuterEnums value) =>
        ScaleWriter.CompactSize(value.CallEnumType) + ScaleWriter.CompactSize(value.EventEnumType) + ScaleWriter.CompactSize(value.ErrorEnumType);
}
