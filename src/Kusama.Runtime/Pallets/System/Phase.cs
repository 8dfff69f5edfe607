using Kusama.Scale;

namespace Kusama.Runtime.Pallets.System;

/// <summary>frame_system's <c>Phase</c>: when in the block an event was deposited. Variant indices: ApplyExtrinsic 0, Finalization 1, Initialization 2.</summary>
public readonly record struct Phase(PhaseKind Kind, uint ExtrinsicIndex = 0) : IScaleCodec<Phase>
{
    /// <summary>The storage default, as frame_system declares it.</summary>
    public static Phase Initialization => new(PhaseKind.Initialization);

    public static Phase Finalization => new(PhaseKind.Finalization);

    public static Phase ApplyExtrinsic(uint index) => new(PhaseKind.ApplyExtrinsic, index);

    public static Phase Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        var kind = (PhaseKind)reader.ReadByte();
        switch (kind)
        {
            case PhaseKind.ApplyExtrinsic: return ApplyExtrinsic(reader.ReadUInt32());
            case PhaseKind.Finalization: return Finalization;
            case PhaseKind.Initialization: return Initialization;
            default:
                ScaleReader.Throw($"Unknown Phase variant {(byte)kind}.", at);
                return default;
        }
    }

    public static void Encode<TWriter>(in Phase value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteByte(ref writer, (byte)value.Kind);
        if (value.Kind == PhaseKind.ApplyExtrinsic) ScaleWriter.WriteUInt32(ref writer, value.ExtrinsicIndex);
    }

    public static int GetEncodedSize(in Phase value) => value.Kind == PhaseKind.ApplyExtrinsic ? 5 : 1;

    public override string ToString() => Kind == PhaseKind.ApplyExtrinsic ? $"ApplyExtrinsic({ExtrinsicIndex})" : Kind.ToString();
}
