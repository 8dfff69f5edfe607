namespace Kusama.Scale.Codecs;

/// <summary>parity-scale-codec's <c>OptionBool</c>: an optional bool in one byte, 0 = None, 1 = Some(true), 2 = Some(false).</summary>
public readonly struct OptionBool : IScaleCodec<OptionBool>, IEquatable<OptionBool>
{
    public OptionBool(bool? value) => Value = value;

    public bool? Value { get; }

    public static OptionBool Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        byte tag = reader.ReadByte();
        return tag switch
        {
            0 => new OptionBool(null),
            1 => new OptionBool(true),
            2 => new OptionBool(false),
            _ => throw new ScaleDecodeException($"invalid OptionBool byte 0x{tag:x2} (must be 0, 1 or 2)", start),
        };
    }

    public static void Encode<TWriter>(in OptionBool value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        writer.WriteByte(value.Value switch { null => 0, true => 1, false => 2 });

    public static int GetEncodedSize(in OptionBool value) => 1;

    public bool Equals(OptionBool other) => Value == other.Value;

    public override bool Equals(object? obj) => obj is OptionBool other && Equals(other);

    public override int GetHashCode() => Value.GetHashCode();

    public static bool operator ==(OptionBool left, OptionBool right) => left.Equals(right);

    public static bool operator !=(OptionBool left, OptionBool right) => !left.Equals(right);

    public override string ToString() => Value is { } b ? $"Some({(b ? "true" : "false")})" : "None";
}
