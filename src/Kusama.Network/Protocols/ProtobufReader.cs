namespace Kusama.Network.Protocols;

/// <summary>
/// Reads protobuf fields from a bounded span. Every length is checked against what remains before slicing, so hostile input
/// gives a <see cref="ProtocolDecodeException"/>, never an allocation or an out-of-range read.
/// </summary>
public ref struct ProtobufReader
{
    private readonly ReadOnlySpan<byte> _buffer;
    private int _position;

    /// <summary>A reader over one encoded message.</summary>
    public ProtobufReader(ReadOnlySpan<byte> buffer)
    {
        _buffer = buffer;
        _position = 0;
    }

    /// <summary>True when the whole message has been read.</summary>
    public readonly bool IsAtEnd => _position == _buffer.Length;

    /// <summary>Reads the next field key; false at the end of the message.</summary>
    public bool TryReadKey(out int fieldNumber, out ProtobufWireType wireType)
    {
        fieldNumber = 0;
        wireType = default;
        if (IsAtEnd) return false;
        ulong key = ReadVarint();
        ulong number = key >> 3;
        if (number == 0 || number > 536_870_911)
            throw new ProtocolDecodeException($"protobuf field number {number} is invalid");
        fieldNumber = (int)number;
        wireType = (ProtobufWireType)(int)(key & 7);
        return true;
    }

    /// <summary>Reads a varint of up to 10 bytes (protobuf allows non-minimal encodings).</summary>
    public ulong ReadVarint()
    {
        ulong value = 0;
        for (int i = 0; i < 10; i++)
        {
            if (_position >= _buffer.Length)
                throw new ProtocolDecodeException("protobuf varint is truncated");
            byte b = _buffer[_position++];
            if (i == 9 && b > 1)
                throw new ProtocolDecodeException("protobuf varint overflows 64 bits");
            value |= (ulong)(b & 0x7f) << (7 * i);
            if ((b & 0x80) == 0) return value;
        }
        throw new ProtocolDecodeException("protobuf varint is longer than 10 bytes");
    }

    /// <summary>Reads a <c>uint32</c> varint; as protobuf, the value is truncated to its low 32 bits.</summary>
    public uint ReadUInt32() => (uint)ReadVarint();

    /// <summary>Reads a <c>bool</c> varint (any non-zero value is true).</summary>
    public bool ReadBool() => ReadVarint() != 0;

    /// <summary>Reads a length-delimited field of at most <paramref name="maxLength"/> bytes as a slice of the input.</summary>
    public ReadOnlySpan<byte> ReadLengthDelimited(int maxLength = int.MaxValue)
    {
        ulong length = ReadVarint();
        int remaining = _buffer.Length - _position;
        if (length > (ulong)remaining)
            throw new ProtocolDecodeException($"protobuf length {length} exceeds the {remaining} bytes remaining");
        if (length > (ulong)maxLength)
            throw new ProtocolDecodeException($"protobuf field of {length} bytes exceeds the limit of {maxLength}");
        ReadOnlySpan<byte> slice = _buffer.Slice(_position, (int)length);
        _position += (int)length;
        return slice;
    }

    /// <summary>Skips a field of <paramref name="wireType"/>, as protobuf decoders skip unknown fields.</summary>
    public void Skip(ProtobufWireType wireType)
    {
        switch (wireType)
        {
            case ProtobufWireType.Varint:
                ReadVarint();
                break;
            case ProtobufWireType.Fixed64:
                Advance(8);
                break;
            case ProtobufWireType.LengthDelimited:
                ReadLengthDelimited();
                break;
            case ProtobufWireType.Fixed32:
                Advance(4);
                break;
            default:
                // Groups are not used by any Substrate schema; refusing them keeps skipping non-recursive.
                throw new ProtocolDecodeException($"protobuf wire type {(int)wireType} is not supported");
        }
    }

    /// <summary>Throws unless a known field arrived with the <paramref name="expected"/> wire type.</summary>
    public static void Expect(int fieldNumber, ProtobufWireType actual, ProtobufWireType expected)
    {
        if (actual != expected)
            throw new ProtocolDecodeException($"protobuf field {fieldNumber} has wire type {actual}, expected {expected}");
    }

    private void Advance(int count)
    {
        if (_buffer.Length - _position < count)
            throw new ProtocolDecodeException("protobuf fixed-size field is truncated");
        _position += count;
    }
}
