namespace Kusama.Network.Protocols;

/// <summary>
/// A <c>/state/2</c> request (<c>api.v1.StateRequest</c>): the block hash, the key path to resume after (top-level key, then
/// child key when inside a child trie), and whether to omit the proof.
/// </summary>
public sealed record StateRequest(byte[] Block, IReadOnlyList<byte[]> Start, bool NoProof)
{
    /// <summary>The protobuf encoding.</summary>
    public byte[] Encode()
    {
        var writer = new ProtobufWriter(64);
        writer.WriteBytesFieldIfNotEmpty(1, Block);
        foreach (byte[] key in Start)
            writer.WriteBytesField(2, key);
        writer.WriteBoolFieldIfTrue(3, NoProof);
        return writer.ToArray();
    }

    /// <summary>Decodes a request of at most <see cref="ProtocolLimits.MaxRequestSize"/> bytes, skipping unknown fields.</summary>
    public static StateRequest Decode(ReadOnlySpan<byte> request)
    {
        ProtocolLimits.Check(request.Length, ProtocolLimits.MaxRequestSize, "state request");
        var reader = new ProtobufReader(request);
        byte[] block = [];
        var start = new List<byte[]>();
        bool noProof = false;
        while (reader.TryReadKey(out int field, out ProtobufWireType type))
        {
            switch (field)
            {
                case 1:
                    ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
                    block = reader.ReadLengthDelimited().ToArray();
                    break;
                case 2:
                    ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
                    start.Add(reader.ReadLengthDelimited().ToArray());
                    break;
                case 3:
                    ProtobufReader.Expect(field, type, ProtobufWireType.Varint);
                    noProof = reader.ReadBool();
                    break;
                default:
                    reader.Skip(type);
                    break;
            }
        }
        return new StateRequest(block, start, noProof);
    }
}
