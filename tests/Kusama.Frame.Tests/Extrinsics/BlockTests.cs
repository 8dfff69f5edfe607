using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Scale;
using static Kusama.Frame.Tests.Extrinsics.PolkadotJsExtrinsics;

namespace Kusama.Frame.Tests.Extrinsics;

public class BlockTests
{
    [Fact]
    public void The_polkadot_js_block_decodes_with_each_extrinsic_kept_whole()
    {
        byte[] bytes = Hex.Decode(TwoExtrinsicBlock);

        var block = ScaleCodec.Decode<Block>(bytes);

        Assert.Equal(42u, block.Header.Number);
        Assert.Equal(Hash256.Parse("0x" + string.Concat(Enumerable.Repeat("01", 32))), block.Header.ParentHash);
        Assert.Equal(2, block.Extrinsics.Length);
        Assert.Equal(BareTimestampSet, Hex.Encode(block.Extrinsics[0]));
        Assert.Equal(Sr25519Transfer, Hex.Encode(block.Extrinsics[1]));
        Assert.Equal(bytes, ScaleCodec.Encode(block));
        Assert.Equal(block.Header.Hash(), block.Hash());
    }

    [Theory]
    [InlineData(-2)] // last extrinsic truncated
    [InlineData(-1)]
    public void A_truncated_block_is_rejected(int cut)
    {
        byte[] bytes = Hex.Decode(TwoExtrinsicBlock);

        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<Block>(bytes.AsSpan(0, bytes.Length + cut)));
    }

    [Fact]
    public void An_extrinsic_count_larger_than_the_input_is_rejected()
    {
        byte[] bytes = Hex.Decode(TwoExtrinsicBlock);
        int countAt = 32 + 2 + 32 + 32 + 1; // parent, compact 42, state root, extrinsics root, empty digest
        bytes[countAt] = 0xfc; // 63 extrinsics

        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<Block>(bytes));
    }
}
