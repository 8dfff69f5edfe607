using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Blockchain.Blocks;

/// <summary>sp-runtime <c>Justifications</c>: a block's finality proofs, at most one per engine (<c>Vec&lt;([u8; 4], Vec&lt;u8&gt;)&gt;</c>).</summary>
public sealed record Justifications(IReadOnlyList<Justification> Items) : IScaleCodec<Justifications>
{
    /// <summary>Bound on the proofs of one block (there is one engine per kind of finality; a handful at most).</summary>
    private const int MaxItems = 16;

    /// <summary>The proof of engine <paramref name="engineId"/>, or null.</summary>
    public byte[]? Get(ReadOnlySpan<byte> engineId)
    {
        foreach (Justification item in Items)
            if (item.EngineId.AsSpan().SequenceEqual(engineId)) return item.Data;
        return null;
    }

    public static Justifications Decode(ref ScaleReader reader)
    {
        int count = reader.ReadCompactLength(MaxItems, "justifications");
        var items = new Justification[count];
        for (int i = 0; i < count; i++)
        {
            byte[] engine = reader.ReadBytes(4).ToArray();
            int length = reader.ReadCompactLength(ScaleLimits.UnboundedLength, "justification");
            items[i] = new Justification(engine, reader.ReadBytes(length).ToArray());
        }
        return new Justifications(items);
    }

    public static void Encode<TWriter>(in Justifications value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, (uint)value.Items.Count);
        foreach (Justification item in value.Items)
        {
            writer.Write(item.EngineId);
            ScaleWriter.WriteCompact(ref writer, (uint)item.Data.Length);
            writer.Write(item.Data);
        }
    }

    public static int GetEncodedSize(in Justifications value)
    {
        int size = ScaleWriter.CompactSize((uint)value.Items.Count);
        foreach (Justification item in value.Items) size += 4 + ScaleWriter.CompactSize((uint)item.Data.Length) + item.Data.Length;
        return size;
    }

    public static int MinEncodedSize => 1;
}
