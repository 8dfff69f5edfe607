namespace Kusama.Network.Protocols;

/// <summary>A <c>/sync/2</c> response (<c>api.v1.BlockResponse</c>): the blocks in the requested direction.</summary>
public sealed record BlockResponse(IReadOnlyList<BlockData> Blocks)
{
    /// <summary>The protobuf encoding.</summary>
    public byte[] Encode()
    {
        var writer = new ProtobufWriter(1024);
        var block = new ProtobufWriter(256);
        foreach (BlockData data in Blocks)
        {
            block.Clear();
            data.WriteTo(block);
            writer.WriteBytesField(1, block.WrittenSpan);
        }
        return writer.ToArray();
    }

    /// <summary>Decodes a response of at most <see cref="ProtocolLimits.MaxResponseSize"/> bytes, skipping unknown fields.</summary>
    public static BlockResponse Decode(ReadOnlySpan<byte> response)
    {
        ProtocolLimits.Check(response.Length, ProtocolLimits.MaxResponseSize, "block response");
        var reader = new ProtobufReader(response);
        var blocks = new List<BlockData>();
        while (reader.TryReadKey(out int field, out ProtobufWireType type))
        {
            if (field != 1)
            {
                reader.Skip(type);
                continue;
            }
            ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
            blocks.Add(BlockData.Decode(reader.ReadLengthDelimited()));
        }
        return new BlockResponse(blocks);
    }
}
