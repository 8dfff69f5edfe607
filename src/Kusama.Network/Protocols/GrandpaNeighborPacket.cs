using System.Buffers.Binary;

namespace Kusama.Network.Protocols;

/// <summary>
/// GRANDPA's neighbor packet, <c>GossipMessage::Neighbor(VersionedNeighborPacket::V1 { round, set_id,
/// commit_finalized_height })</c>: <c>02 01 round u64 set_id u64 height u32</c>.
/// </summary>
public sealed record GrandpaNeighborPacket(ulong Round, ulong SetId, uint CommitFinalizedHeight)
{
    /// <summary>The <c>GossipMessage</c> variant index of Neighbor.</summary>
    public const byte MessageIndex = 2;

    /// <summary>The <c>VersionedNeighborPacket</c> index of V1.</summary>
    public const byte Version1 = 1;

    /// <summary>The encoded size.</summary>
    public const int EncodedSize = 2 + 8 + 8 + 4;

    /// <summary>The SCALE encoding as a whole gossip message.</summary>
    public byte[] Encode()
    {
        var bytes = new byte[EncodedSize];
        bytes[0] = MessageIndex;
        bytes[1] = Version1;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(2), Round);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(10), SetId);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(18), CommitFinalizedHeight);
        return bytes;
    }

    /// <summary>Decodes a gossip message that must be exactly a V1 neighbor packet.</summary>
    public static GrandpaNeighborPacket Decode(ReadOnlySpan<byte> message)
    {
        if (message.Length != EncodedSize)
            throw new ProtocolDecodeException($"neighbor packet is {message.Length} bytes, expected {EncodedSize}");
        if (message[0] != MessageIndex)
            throw new ProtocolDecodeException($"gossip message index {message[0]} is not a neighbor packet");
        if (message[1] != Version1)
            throw new ProtocolDecodeException($"neighbor packet version {message[1]} is not supported");
        return new GrandpaNeighborPacket(
            BinaryPrimitives.ReadUInt64LittleEndian(message[2..]),
            BinaryPrimitives.ReadUInt64LittleEndian(message[10..]),
            BinaryPrimitives.ReadUInt32LittleEndian(message[18..]));
    }
}
