using Kusama.Blockchain.Blocks;
using Kusama.Frame.Primitives;
using Kusama.Scale;

namespace Kusama.Blockchain.Transfer;

/// <summary>
/// sp-runtime <c>generic::SignedBlock</c>: a block with its justifications, what <c>export-blocks</c> writes and
/// <c>import-blocks</c> reads (SCALE: the block, then <c>Option&lt;Justifications&gt;</c>).
/// </summary>
public sealed record SignedBlock(Block Block, Justifications? Justifications) : IScaleCodec<SignedBlock>
{
    public static SignedBlock Decode(ref ScaleReader reader)
    {
        Block block = Block.Decode(ref reader);
        byte tag = reader.ReadByte();
        Justifications? justifications = tag switch
        {
            0 => null,
            1 => Justifications.Decode(ref reader),
            _ => throw new ScaleDecodeException($"invalid Option<Justifications> tag {tag}", reader.Position - 1),
        };
        return new SignedBlock(block, justifications);
    }

    public static void Encode<TWriter>(in SignedBlock value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        Block.Encode(value.Block, ref writer);
        if (value.Justifications is { } justifications)
        {
            writer.Write([1]);
            Justifications.Encode(justifications, ref writer);
        }
        else
        {
            writer.Write([0]);
        }
    }

    public static int GetEncodedSize(in SignedBlock value) =>
        Block.GetEncodedSize(value.Block) + 1 + (value.Justifications is { } j ? Justifications.GetEncodedSize(j) : 0);

    public static int MinEncodedSize => Block.MinEncodedSize + 1;
}
