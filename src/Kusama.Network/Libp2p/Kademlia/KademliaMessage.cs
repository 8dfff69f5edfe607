using System.Text;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Protocols;

namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>
/// A Kademlia RPC message (libp2p dht.pb <c>Message</c>): type 1, key 2, record 3, closerPeers 8, providerPeers 9, each peer
/// <c>{id 1, addrs 2, connection 3}</c>. Decoding is order-independent, skips unknown fields, and drops peers or addresses
/// that do not parse instead of failing the whole message (as rust-libp2p does).
/// </summary>
public sealed class KademliaMessage
{
    /// <summary>The largest encoded message sent or accepted (rust-libp2p kad's default max_packet_size, 16 KiB).</summary>
    public const int MaxMessageSize = 16 * 1024;

    private const int TypeField = 1;
    private const int KeyField = 2;
    private const int RecordField = 3;
    private const int CloserPeersField = 8;
    private const int ProviderPeersField = 9;
    private const int PeerIdField = 1;
    private const int PeerAddrsField = 2;
    private const int PeerConnectionField = 3;
    private const int RecordKeyField = 1;
    private const int RecordValueField = 2;
    private const int RecordTimeReceivedField = 5;
    private const int RecordPublisherField = 666;
    private const int RecordTtlField = 777;

    /// <summary>The request or response kind.</summary>
    public KademliaMessageType Type { get; init; }

    /// <summary>The key looked up (a PeerId's multihash bytes for FIND_NODE).</summary>
    public byte[] Key { get; init; } = [];

    /// <summary>The record of PUT_VALUE / GET_VALUE, if any.</summary>
    public KademliaRecord? Record { get; init; }

    /// <summary>Peers closer to the key (the answer to FIND_NODE).</summary>
    public IReadOnlyList<KademliaPeer> CloserPeers { get; init; } = [];

    /// <summary>Providers of the key (GET_PROVIDERS / ADD_PROVIDER).</summary>
    public IReadOnlyList<KademliaPeer> ProviderPeers { get; init; } = [];

    /// <summary>The protobuf encoding.</summary>
    public byte[] Encode()
    {
        var writer = new ProtobufWriter();
        // Written even for PUT_VALUE (0): proto2 readers of dht.pb require the field.
        writer.WriteVarintField(TypeField, (ulong)Type);
        writer.WriteBytesFieldIfNotEmpty(KeyField, Key);
        if (Record is not null) writer.WriteBytesField(RecordField, EncodeRecord(Record));
        foreach (KademliaPeer peer in CloserPeers) writer.WriteBytesField(CloserPeersField, EncodePeer(peer));
        foreach (KademliaPeer peer in ProviderPeers) writer.WriteBytesField(ProviderPeersField, EncodePeer(peer));
        return writer.ToArray();
    }

    /// <summary>Decodes a message of at most <see cref="MaxMessageSize"/> bytes.</summary>
    /// <exception cref="ProtocolDecodeException">The bytes are not a Kademlia message, or too large.</exception>
    public static KademliaMessage Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxMessageSize)
            throw new ProtocolDecodeException($"kademlia message of {bytes.Length} bytes exceeds {MaxMessageSize}");
        var reader = new ProtobufReader(bytes);
        ulong type = 0;
        byte[] key = [];
        KademliaRecord? record = null;
        List<KademliaPeer>? closer = null, providers = null;
        while (reader.TryReadKey(out int field, out ProtobufWireType wireType))
        {
            switch (field)
            {
                case TypeField:
                    ProtobufReader.Expect(field, wireType, ProtobufWireType.Varint);
                    type = reader.ReadVarint();
                    break;
                case KeyField:
                    ProtobufReader.Expect(field, wireType, ProtobufWireType.LengthDelimited);
                    key = reader.ReadLengthDelimited().ToArray();
                    break;
                case RecordField:
                    ProtobufReader.Expect(field, wireType, ProtobufWireType.LengthDelimited);
                    record = DecodeRecord(reader.ReadLengthDelimited());
                    break;
                case CloserPeersField or ProviderPeersField:
                    ProtobufReader.Expect(field, wireType, ProtobufWireType.LengthDelimited);
                    KademliaPeer? peer = DecodePeer(reader.ReadLengthDelimited());
                    if (peer is not null) (field == CloserPeersField ? closer ??= [] : providers ??= []).Add(peer);
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }
        if (type > (ulong)KademliaMessageType.Ping)
            throw new ProtocolDecodeException($"kademlia message type {type} is unknown");
        return new KademliaMessage
        {
            Type = (KademliaMessageType)type,
            Key = key,
            Record = record,
            CloserPeers = closer ?? (IReadOnlyList<KademliaPeer>)[],
            ProviderPeers = providers ?? (IReadOnlyList<KademliaPeer>)[],
        };
    }

    private static byte[] EncodePeer(KademliaPeer peer)
    {
        var writer = new ProtobufWriter(64);
        writer.WriteBytesField(PeerIdField, peer.PeerId.Bytes);
        foreach (Multiaddr address in peer.Addresses) writer.WriteBytesField(PeerAddrsField, address.Bytes);
        writer.WriteVarintField(PeerConnectionField, (ulong)peer.Connection);
        return writer.ToArray();
    }

    // Null when the id is missing or not a PeerId: rust-libp2p drops such an entry and keeps the rest of the message.
    private static KademliaPeer? DecodePeer(ReadOnlySpan<byte> bytes)
    {
        var reader = new ProtobufReader(bytes);
        PeerId? peerId = null;
        bool invalidId = false;
        List<Multiaddr> addresses = [];
        ulong connection = 0;
        while (reader.TryReadKey(out int field, out ProtobufWireType wireType))
        {
            switch (field)
            {
                case PeerIdField:
                    ProtobufReader.Expect(field, wireType, ProtobufWireType.LengthDelimited);
                    invalidId = !PeerId.TryFromBytes(reader.ReadLengthDelimited(), out peerId);
                    break;
                case PeerAddrsField:
                    ProtobufReader.Expect(field, wireType, ProtobufWireType.LengthDelimited);
                    if (Multiaddr.TryFromBytes(reader.ReadLengthDelimited(), out Multiaddr? address)) addresses.Add(address);
                    break;
                case PeerConnectionField:
                    ProtobufReader.Expect(field, wireType, ProtobufWireType.Varint);
                    connection = reader.ReadVarint();
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }
        if (invalidId || peerId is null) return null;
        // An address naming another peer cannot reach this one (rust-libp2p drops it the same way).
        addresses.RemoveAll(address => address.PeerId is PeerId named && named != peerId);
        var type = connection <= (ulong)KademliaConnectionType.CannotConnect ? (KademliaConnectionType)connection : KademliaConnectionType.NotConnected;
        return new KademliaPeer(peerId, addresses, type);
    }

    private static byte[] EncodeRecord(KademliaRecord record)
    {
        var writer = new ProtobufWriter(64 + record.Value.Length);
        writer.WriteBytesFieldIfNotEmpty(RecordKeyField, record.Key);
        writer.WriteBytesFieldIfNotEmpty(RecordValueField, record.Value);
        writer.WriteBytesFieldIfNotEmpty(RecordTimeReceivedField, Encoding.UTF8.GetBytes(record.TimeReceived));
        if (record.Publisher is not null) writer.WriteBytesField(RecordPublisherField, record.Publisher.Bytes);
        writer.WriteVarintFieldIfNotDefault(RecordTtlField, record.Ttl);
        return writer.ToArray();
    }

    private static KademliaRecord DecodeRecord(ReadOnlySpan<byte> bytes)
    {
        var reader = new ProtobufReader(bytes);
        byte[] key = [], value = [];
        string timeReceived = "";
        PeerId? publisher = null;
        uint ttl = 0;
        while (reader.TryReadKey(out int field, out ProtobufWireType wireType))
        {
            switch (field)
            {
                case RecordKeyField:
                    ProtobufReader.Expect(field, wireType, ProtobufWireType.LengthDelimited);
                    key = reader.ReadLengthDelimited().ToArray();
                    break;
                case RecordValueField:
                    ProtobufReader.Expect(field, wireType, ProtobufWireType.LengthDelimited);
                    value = reader.ReadLengthDelimited().ToArray();
                    break;
                case RecordTimeReceivedField:
                    ProtobufReader.Expect(field, wireType, ProtobufWireType.LengthDelimited);
                    timeReceived = Encoding.UTF8.GetString(reader.ReadLengthDelimited());
                    break;
                case RecordPublisherField:
                    ProtobufReader.Expect(field, wireType, ProtobufWireType.LengthDelimited);
                    ReadOnlySpan<byte> publisherBytes = reader.ReadLengthDelimited();
                    // An empty publisher means none; anything else must be a PeerId (rust-libp2p refuses the record otherwise).
                    if (publisherBytes.Length > 0 && !PeerId.TryFromBytes(publisherBytes, out publisher))
                        throw new ProtocolDecodeException("kademlia record publisher is not a PeerId");
                    break;
                case RecordTtlField:
                    ProtobufReader.Expect(field, wireType, ProtobufWireType.Varint);
                    ttl = reader.ReadUInt32();
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }
        return new KademliaRecord(key, value, timeReceived, publisher, ttl);
    }
}
