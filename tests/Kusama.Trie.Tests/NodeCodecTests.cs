using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Trie.Codec;

namespace Kusama.Trie.Tests;

public class NodeCodecTests
{
    [Fact]
    public void Decodes_the_single_leaf_42aa04bb()
    {
        NodeView node = NodeCodec.Decode(Hex.Decode("0x42aa04bb"));
        Assert.Equal(NodeKind.Leaf, node.Kind);
        Assert.Equal(2, node.PartialKeyLength);
        Assert.Equal(0xa, node.PartialKeyNibble(0));
        Assert.Equal(new byte[] { 0xbb }, node.Value.ToArray());
        Assert.False(node.IsBranch);
    }

    [Fact]
    public void Decodes_the_branch_with_two_inline_leaves()
    {
        NodeView node = NodeCodec.Decode(Hex.Decode("0x8012001443031404ff1443081904fe"));
        Assert.Equal(NodeKind.BranchWithoutValue, node.Kind);
        Assert.Equal(0, node.PartialKeyLength);
        Assert.Equal(0x0012, node.ChildrenBitmap);
        Assert.True(node.HasChild(1) && node.HasChild(4) && !node.HasChild(0));
        Assert.False(node.IsChildHashed(1));
        Assert.Equal(Hex.Decode("0x4303140 4ff".Replace(" ", "")), node.ChildReference(1).ToArray());
        NodeView leaf = NodeCodec.Decode(node.ChildReference(4));
        Assert.Equal(3, leaf.PartialKeyLength);
        Assert.Equal(new byte[] { 8, 1, 9 }, new[] { leaf.PartialKeyNibble(0), leaf.PartialKeyNibble(1), leaf.PartialKeyNibble(2) });
        Assert.Equal(new byte[] { 0xfe }, leaf.Value.ToArray());
    }

    [Fact]
    public void Decodes_the_v1_hashed_value_branch()
    {
        byte[] valueHash = Blake2b.Hash256(Enumerable.Repeat((byte)0x07, 33).ToArray()).ToArray();
        NodeView node = NodeCodec.Decode(Hex.Decode("0x12aa0008" + Convert.ToHexStringLower(valueHash) + "10410b0401"));
        Assert.Equal(NodeKind.HashedValueBranch, node.Kind);
        Assert.True(node.IsValueHashed);
        Assert.Equal(valueHash, node.Value.ToArray());
        Assert.Equal(1 << 11, node.ChildrenBitmap);
        Assert.Equal(Hex.Decode("0x410b0401"), node.ChildReference(11).ToArray());
    }

    [Theory]
    [InlineData(62, "7e")]
    [InlineData(63, "7f00")]
    [InlineData(140, "7f4d")]
    [InlineData(318, "7fff00")]
    [InlineData(573, "7fffff00")]
    public void Leaf_header_carries_long_partial_keys_in_extra_bytes(int nibbles, string header)
    {
        using var encoder = new NodeEncoder();
        encoder.WriteInlineValue([0x01]);
        int start = encoder.Compose(0, NodeKind.Leaf, new byte[nibbles], 0);
        byte[] encoding = encoder.From(start).ToArray();
        Assert.Equal(header, Convert.ToHexStringLower(encoding.AsSpan(0, header.Length / 2)));
        NodeView node = NodeCodec.Decode(encoding);
        Assert.Equal(nibbles, node.PartialKeyLength);
        Assert.Equal(new byte[] { 0x01 }, node.Value.ToArray());
    }

    [Theory]
    [InlineData("", "empty input")]
    [InlineData("01", "escape")]
    [InlineData("0000", "bytes after")]
    [InlineData("02", "unknown header")]
    [InlineData("0f", "unknown header")]
    [InlineData("42aa04", "truncated value")]
    [InlineData("42aa04bbcc", "trailing")]
    [InlineData("41f104bb", "padding")]
    [InlineData("800000", "without children")]
    [InlineData("7f", "truncated partial-key length")]
    [InlineData("80010084" + "0000000000000000000000000000000000000000000000000000000000000000", "child reference of 33")]
    [InlineData("41010500", "non-canonical")]
    public void Malformed_nodes_are_rejected_with_a_reason(string hex, string reason)
    {
        byte[] bytes = Convert.FromHexString(hex);
        var ex = Assert.Throws<TrieException>(() => NodeCodec.Decode(bytes));
        Assert.Contains(reason, ex.Message);
        Assert.False(NodeCodec.TryDecode(bytes, out _));
    }

    [Fact]
    public void Random_bytes_never_throw_anything_but_trie_exception()
    {
        var random = new Random(1234);
        byte[][] seeds =
        [
            Hex.Decode("0x42aa04bb"),
            Hex.Decode("0x8012001443031404ff1443081904fe"),
            Hex.Decode("0x12aa00087e72a963e2c4732cc1c4f0f37d0a9afbf2dce53549ce302707732d0ca3502fc610410b0401"),
        ];
        int accepted = 0;
        for (int i = 0; i < 20000; i++)
        {
            byte[] data;
            if (i % 2 == 0)
            {
                data = new byte[random.Next(0, 64)];
                random.NextBytes(data);
            }
            else
            {
                byte[] seed = seeds[random.Next(seeds.Length)];
                data = seed[..random.Next(0, seed.Length + 1)];
                if (data.Length > 0) data[random.Next(data.Length)] ^= (byte)(1 << random.Next(8));
            }
            bool ok = NodeCodec.TryDecode(data, out _);
            try
            {
                NodeView node = NodeCodec.Decode(data);
                Assert.True(ok);
                accepted++;
                // Everything a decoded node exposes must be readable without exceptions.
                for (int n = 0; n < node.PartialKeyLength; n++) Assert.InRange(node.PartialKeyNibble(n), 0, 15);
                for (int c = 0; c < 16; c++) Assert.InRange(node.ChildReference(c).Length, 0, 32);
                var trieNode = new TrieNode();
                try { trieNode.LoadFrom(data); } catch (TrieException) { }
            }
            catch (TrieException)
            {
                Assert.False(ok);
            }
        }
        Assert.True(accepted > 0);
    }
}
