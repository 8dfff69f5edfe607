using Kusama.Network.Libp2p.Transport;

namespace Kusama.Network.Libp2p.Identify;

/// <summary>Reads protobuf fields (tag, wire type, value) from a span, skipping nothing silently; malformed input throws.</summary>
internal ref struct ProtobufReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public readonly bool End => _position >= _data.Length;

    /// <summary>Reads a field key: the field number and the wire type.</summary>
    public (int Field, int WireType) ReadKey()
    {
        ulong key = ReadVarint();
        ulong field = key >> 3;
        if (field is 0 or > int.MaxValue) throw new Libp2pProtocolException($"protobuf field number {field} is invalid");
        return ((int)field, (int)(key & 7));
    }

    public ReadOnlySpan<byte> ReadLengthDelimited()
    {
        ulong length = ReadVarint();
        if (length > (ulong)(_data.Length - _position)) throw new Libp2pProtocolException("protobuf field runs past the end of the message");
        ReadOnlySpan<byte> value = _data.Slice(_position, (int)length);
        _position += (int)length;
        return value;
    }

    public void Skip(int wireType)
    {
        switch (wireType)
        {
            case 0: ReadVarint(); break;
            case 1: Advance(8); break;
            case 2: ReadLengthDelimited(); break;
            case 5: Advance(4); break;
            default: throw new Libp2pProtocolException($"protobuf wire type {wireType} is not supported");
        }
    }

    private void Advance(int count)
    {
        if (count > _data.Length - _position) throw new Libp2pProtocolException("protobuf field runs past the end of the message");
        _position += count;
    }

    private ulong ReadVarint()
    {
        ulong value = 0;
        for (int shift = 0; shift < 70; shift += 7)
        {
            if (_position >= _data.Length) throw new Libp2pProtocolException("protobuf varint runs past the end of the message");
            byte b = _data[_position++];
            if (shift == 63 && b > 1) throw new Libp2pProtocolException("protobuf varint overflows 64 bits");
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw new Libp2pProtocolException("protobuf varint is longer than 10 bytes");
    }
}
