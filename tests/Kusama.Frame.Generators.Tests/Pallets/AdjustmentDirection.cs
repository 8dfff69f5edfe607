using Kusama.Scale;

namespace Kusama.Frame.Generators.Tests.Pallets;

/// <summary>pallet_balances' <c>AdjustmentDirection</c>, hand-written as an IScaleCodec record the way a pallet declares a small enum.</summary>
public abstract record AdjustmentDirection : IScaleCodec<AdjustmentDirection>
{
    private AdjustmentDirection()
    {
    }

    [ScaleIndex(0)]
    public sealed record Increase : AdjustmentDirection;

    [ScaleIndex(1)]
    public sealed record Decrease : AdjustmentDirection;

    public static AdjustmentDirection Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        return reader.ReadByte() switch
        {
            0 => new Increase(),
            1 => new Decrease(),
            var index => throw new ScaleDecodeException($"Unknown AdjustmentDirection {index}.", at),
        };
    }

    public static void Encode<TWriter>(in AdjustmentDirection value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteByte(ref writer, value is Increase ? (byte)0 : (byte)1);

    public static int GetEncodedSize(in AdjustmentDirection value) => 1;
}
