using System.Buffers;

namespace Kusama.Network.Protocols;

/// <summary>Writes protobuf fields into a growable buffer.</summary>
public sealed class ProtobufWriter
{
    private readonly ArrayBufferWriter<byte> _buffer;

    /// <summary>A writer with an initial capacity.</summary>
    public ProtobufWriter(int initialCapacity = 256) => _buffer = new ArrayBufferWriter<byte>(initialCapacity);

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    /// <summary>A copy of the bytes written.</summary>
    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    /// <summary>Forgets what was written, keeping the buffer for reuse.</summary>
    public void Clear() => _buffer.ResetWrittenCount();

    /// <summary>Writes a raw varint.</summary>
    public void WriteVarint(ulong value)
    {
        Span<byte> span = _buffer.GetSpan(10);
        int i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[i++] = (byte)value;
        _buffer.Advance(i);
    }

    /// <summary>Writes a field key.</summary>
    public void WriteKey(int fieldNumber, ProtobufWireType wireType) => WriteVarint(((ulong)(uint)fieldNumber << 3) | (uint)wireType);

    /// <summary>Writes a varint field unconditionally.</summary>
    public void WriteVarintField(int fieldNumber, ulong value)
    {
        WriteKey(fieldNumber, ProtobufWireType.Varint);
        WriteVarint(value);
    }

    /// <summary>Writes a varint field unless it holds the proto3 default 0.</summary>
    public void WriteVarintFieldIfNotDefault(int fieldNumber, ulong value)
    {
        if (value != 0) WriteVarintField(fieldNumber, value);
    }

    /// <summary>Writes a bool field unless it is the proto3 default false.</summary>
    public void WriteBoolFieldIfTrue(int fieldNumber, bool value)
    {
        if (value) WriteVarintField(fieldNumber, 1);
    }

    /// <summary>Writes a length-delimited field unconditionally (repeated elements, proto2 required/optional, oneof members).</summary>
    public void WriteBytesField(int fieldNumber, ReadOnlySpan<byte> value)
    {
        WriteKey(fieldNumber, ProtobufWireType.LengthDelimited);
        WriteVarint((ulong)value.Length);
        _buffer.Write(value);
    }

    /// <summary>Writes a length-delimited field unless it is empty (the proto3 default).</summary>
    public void WriteBytesFieldIfNotEmpty(int fieldNumber, ReadOnlySpan<byte> value)
    {
        if (!value.IsEmpty) WriteBytesField(fieldNumber, value);
    }
}
