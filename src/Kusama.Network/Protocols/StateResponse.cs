namespace Kusama.Network.Protocols;

/// <summary>A <c>/state/2</c> response (<c>api.v1.StateResponse</c>): key-value entries per trie, or a SCALE compact proof.</summary>
public sealed record StateResponse(IReadOnlyList<KeyValueStateEntry> Entries, byte[] Proof)
{
    /// <summary>The protobuf encoding.</summary>
    public byte[] Encode()
    {
        var writer = new ProtobufWriter(1024);
        var nested = new ProtobufWriter(256);
        var scratch = new ProtobufWriter(64);
        foreach (KeyValueStateEntry entry in Entries)
        {
            nested.Clear();
            entry.WriteTo(nested, scratch);
            writer.WriteBytesField(1, nested.WrittenSpan);
        }
        writer.WriteBytesFieldIfNotEmpty(2, Proof);
        return writer.ToArray();
    }

    /// <summary>Decodes a response of at most <see cref="ProtocolLimits.MaxResponseSize"/> bytes, skipping unknown fields.</summary>
    public static StateResponse Decode(ReadOnlySpan<byte> response)
    {
        ProtocolLimits.Check(response.Length, ProtocolLimits.MaxResponseSize, "state response");
        var reader = new ProtobufReader(response);
        var entries = new List<KeyValueStateEntry>();
        byte[] proof = [];
        while (reader.TryReadKey(out int field, out ProtobufWireType type))
        {
            switch (field)
            {
                case 1:
                    ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
                    entries.Add(KeyValueStateEntry.Decode(reader.ReadLengthDelimited()));
                    break;
                case 2:
                    ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
                    proof = reader.ReadLengthDelimited().ToArray();
                    break;
                default:
                    reader.Skip(type);
                    break;
            }
        }
        return new StateResponse(entries, proof);
    }
}
