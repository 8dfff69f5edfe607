using Kusama.Core;

namespace Kusama.Network.Protocols;

/// <summary>
/// One block of a <c>/sync/2</c> response (<c>api.v1.BlockData</c>). Empty byte fields mean "not sent" (proto3 has no
/// presence); <see cref="Body"/> entries are SCALE extrinsics, each with its compact length prefix.
/// </summary>
public sealed record BlockData
{
    /// <summary>The block hash.</summary>
    public required Hash256 Hash { get; init; }

    /// <summary>The SCALE header, or empty.</summary>
    public byte[] Header { get; init; } = [];

    /// <summary>The body extrinsics, or empty.</summary>
    public IReadOnlyList<byte[]> Body { get; init; } = [];

    /// <summary>The receipt, or empty.</summary>
    public byte[] Receipt { get; init; } = [];

    /// <summary>The message queue, or empty.</summary>
    public byte[] MessageQueue { get; init; } = [];

    /// <summary>The single (GRANDPA) justification, or empty; see <see cref="IsEmptyJustification"/>.</summary>
    public byte[] Justification { get; init; } = [];

    /// <summary>True when the block has a justification whose encoding is empty (proto3 cannot tell it from none).</summary>
    public bool IsEmptyJustification { get; init; }

    /// <summary>SCALE <c>Justifications</c> (<c>Vec&lt;(engine id, bytes)&gt;</c>), sent when multiple justifications are supported.</summary>
    public byte[] Justifications { get; init; } = [];

    /// <summary>The indexed body, or empty.</summary>
    public IReadOnlyList<byte[]> IndexedBody { get; init; } = [];

    internal void WriteTo(ProtobufWriter writer)
    {
        writer.WriteBytesField(1, Hash.Bytes);
        writer.WriteBytesFieldIfNotEmpty(2, Header);
        foreach (byte[] extrinsic in Body)
            writer.WriteBytesField(3, extrinsic);
        writer.WriteBytesFieldIfNotEmpty(4, Receipt);
        writer.WriteBytesFieldIfNotEmpty(5, MessageQueue);
        writer.WriteBytesFieldIfNotEmpty(6, Justification);
        writer.WriteBoolFieldIfTrue(7, IsEmptyJustification);
        writer.WriteBytesFieldIfNotEmpty(8, Justifications);
        foreach (byte[] entry in IndexedBody)
            writer.WriteBytesField(9, entry);
    }

    internal static BlockData Decode(ReadOnlySpan<byte> message)
    {
        var reader = new ProtobufReader(message);
        Hash256? hash = null;
        byte[] header = [], receipt = [], messageQueue = [], justification = [], justifications = [];
        List<byte[]>? body = null, indexedBody = null;
        bool isEmptyJustification = false;
        while (reader.TryReadKey(out int field, out ProtobufWireType type))
        {
            if (field == 7)
            {
                ProtobufReader.Expect(field, type, ProtobufWireType.Varint);
                isEmptyJustification = reader.ReadBool();
                continue;
            }
            if (field is < 1 or > 9)
            {
                reader.Skip(type);
                continue;
            }
            ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
            ReadOnlySpan<byte> value = reader.ReadLengthDelimited();
            switch (field)
            {
                case 1:
                    if (value.Length != Hash256.Length)
                        throw new ProtocolDecodeException($"block data hash is {value.Length} bytes, expected {Hash256.Length}");
                    hash = new Hash256(value);
                    break;
                case 2: header = value.ToArray(); break;
                case 3: (body ??= []).Add(value.ToArray()); break;
                case 4: receipt = value.ToArray(); break;
                case 5: messageQueue = value.ToArray(); break;
                case 6: justification = value.ToArray(); break;
                case 8: justifications = value.ToArray(); break;
                case 9: (indexedBody ??= []).Add(value.ToArray()); break;
            }
        }
        if (hash is null)
            throw new ProtocolDecodeException("block data has no hash");
        return new BlockData
        {
            Hash = hash.Value,
            Header = header,
            Body = body ?? (IReadOnlyList<byte[]>)[],
            Receipt = receipt,
            MessageQueue = messageQueue,
            Justification = justification,
            IsEmptyJustification = isEmptyJustification,
            Justifications = justifications,
            IndexedBody = indexedBody ?? (IReadOnlyList<byte[]>)[],
        };
    }
}
