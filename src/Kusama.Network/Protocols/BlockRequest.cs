using System.Buffers.Binary;
using Kusama.Core;

namespace Kusama.Network.Protocols;

/// <summary>
/// A <c>/sync/2</c> request (<c>api.v1.BlockRequest</c>): exactly one of <see cref="FromHash"/> and <see cref="FromNumber"/>
/// is set; <see cref="MaxBlocks"/> 0 means "as many as the responder allows".
/// </summary>
public sealed record BlockRequest(
    BlockAttributes Fields,
    Hash256? FromHash,
    uint? FromNumber,
    BlockDirection Direction,
    uint MaxBlocks,
    bool SupportMultipleJustifications)
{
    private const BlockAttributes KnownAttributes = BlockAttributes.Header | BlockAttributes.Body | BlockAttributes.Receipt |
        BlockAttributes.MessageQueue | BlockAttributes.Justification | BlockAttributes.IndexedBody;

    /// <summary>The protobuf encoding.</summary>
    /// <exception cref="InvalidOperationException">Not exactly one of the start hash and number is set.</exception>
    public byte[] Encode()
    {
        if (FromHash.HasValue == FromNumber.HasValue)
            throw new InvalidOperationException("a block request starts from exactly one of a hash or a number");
        var writer = new ProtobufWriter(64);
        writer.WriteVarintFieldIfNotDefault(1, (uint)Fields << 24);
        if (FromHash is { } hash)
        {
            writer.WriteBytesField(2, hash.Bytes);
        }
        else
        {
            Span<byte> number = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(number, FromNumber!.Value);
            writer.WriteBytesField(3, number);
        }
        writer.WriteVarintFieldIfNotDefault(5, (ulong)Direction);
        writer.WriteVarintFieldIfNotDefault(6, MaxBlocks);
        writer.WriteBoolFieldIfTrue(7, SupportMultipleJustifications);
        return writer.ToArray();
    }

    /// <summary>Decodes a request, checking the size limit, the attribute bits, the start block and the direction.</summary>
    public static BlockRequest Decode(ReadOnlySpan<byte> request)
    {
        ProtocolLimits.Check(request.Length, ProtocolLimits.MaxRequestSize, "block request");
        var reader = new ProtobufReader(request);
        uint fields = 0;
        Hash256? fromHash = null;
        uint? fromNumber = null;
        ulong direction = 0;
        uint maxBlocks = 0;
        bool multipleJustifications = false;
        while (reader.TryReadKey(out int field, out ProtobufWireType type))
        {
            switch (field)
            {
                case 1:
                    ProtobufReader.Expect(field, type, ProtobufWireType.Varint);
                    fields = reader.ReadUInt32();
                    break;
                case 2:
                {
                    ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
                    ReadOnlySpan<byte> hash = reader.ReadLengthDelimited();
                    if (hash.Length != Hash256.Length)
                        throw new ProtocolDecodeException($"block request start hash is {hash.Length} bytes, expected {Hash256.Length}");
                    // A oneof keeps the last member seen.
                    fromHash = new Hash256(hash);
                    fromNumber = null;
                    break;
                }
                case 3:
                {
                    ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
                    ReadOnlySpan<byte> number = reader.ReadLengthDelimited();
                    if (number.Length != 4)
                        throw new ProtocolDecodeException($"block request start number is {number.Length} bytes, expected 4 (u32 LE)");
                    fromNumber = BinaryPrimitives.ReadUInt32LittleEndian(number);
                    fromHash = null;
                    break;
                }
                case 5:
                    ProtobufReader.Expect(field, type, ProtobufWireType.Varint);
                    direction = reader.ReadVarint();
                    break;
                case 6:
                    ProtobufReader.Expect(field, type, ProtobufWireType.Varint);
                    maxBlocks = reader.ReadUInt32();
                    break;
                case 7:
                    ProtobufReader.Expect(field, type, ProtobufWireType.Varint);
                    multipleJustifications = reader.ReadBool();
                    break;
                default:
                    reader.Skip(type);
                    break;
            }
        }
        if (fromHash is null && fromNumber is null)
            throw new ProtocolDecodeException("block request has no start block (from_block)");
        if (direction > (ulong)BlockDirection.Descending)
            throw new ProtocolDecodeException($"block request direction {direction} is unknown");
        // Substrate reads only the top byte (BlockAttributes::from_be_u32) and rejects unknown bits there.
        byte attributes = (byte)(fields >> 24);
        if ((attributes & ~(byte)KnownAttributes) != 0)
            throw new ProtocolDecodeException($"block request fields 0x{fields:x8} has unknown attribute bits");
        return new BlockRequest((BlockAttributes)attributes, fromHash, fromNumber, (BlockDirection)direction, maxBlocks,
            multipleJustifications);
    }
}
