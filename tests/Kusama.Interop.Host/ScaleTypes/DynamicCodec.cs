using Kusama.Scale;

namespace Kusama.Interop.Host.ScaleTypes;

/// <summary>Our <see cref="ICodec{T}"/> for a <see cref="ScaleValue"/> whose type comes from slot <typeparamref name="TSlot"/> (decoding) or from the value (encoding).</summary>
public readonly struct DynamicCodec<TSlot> : ICodec<ScaleValue>
    where TSlot : ISlot
{
    public static ScaleValue Decode(ref ScaleReader reader) => DynamicScale.Decode(SlotStack<TSlot>.Current, ref reader);

    public static void Encode<TWriter>(in ScaleValue value, ref TWriter writer)
        where TWriter : IScaleWriter, allows ref struct => DynamicScale.Encode(value, ref writer);

    public static int GetEncodedSize(in ScaleValue value) => DynamicScale.GetEncodedSize(value);
}
