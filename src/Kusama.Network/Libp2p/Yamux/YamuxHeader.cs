using System.Buffers.Binary;

namespace Kusama.Network.Libp2p.Yamux;

/// <summary>The 12-byte big-endian yamux frame header (version 0).</summary>
public readonly record struct YamuxHeader(YamuxFrameType Type, YamuxFlags Flags, uint StreamId, uint Length)
{
    /// <summary>Encoded size of a header.</summary>
    public const int Size = 12;

    /// <summary>The only protocol version defined.</summary>
    public const byte Version = 0;

    /// <summary>Writes the header into the first <see cref="Size"/> bytes of <paramref name="destination"/>.</summary>
    public void Write(Span<byte> destination)
    {
        destination = destination[..Size];
        destination[0] = Version;
        destination[1] = (byte)Type;
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)Flags);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], StreamId);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], Length);
    }

    /// <summary>Decodes a header; an unknown version or frame type throws <see cref="YamuxException"/>.</summary>
    public static YamuxHeader Read(ReadOnlySpan<byte> source)
    {
        if (source.Length < Size) throw new YamuxException($"yamux header needs {Size} bytes, got {source.Length}");
        if (source[0] != Version) throw new YamuxException($"unsupported yamux version {source[0]}");
        if (source[1] > (byte)YamuxFrameType.GoAway) throw new YamuxException($"unknown yamux frame type {source[1]}");
        return new YamuxHeader(
            (YamuxFrameType)source[1],
            (YamuxFlags)BinaryPrimitives.ReadUInt16BigEndian(source[2..]),
            BinaryPrimitives.ReadUInt32BigEndian(source[4..]),
            BinaryPrimitives.ReadUInt32BigEndian(source[8..]));
    }
}
