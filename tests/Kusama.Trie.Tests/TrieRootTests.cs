using Kusama.Core;
using Kusama.Crypto.Hashing;

namespace Kusama.Trie.Tests;

public class TrieRootTests
{
    [Theory]
    [MemberData(nameof(TrieVectors.Names), MemberType = typeof(TrieVectors))]
    public void Streaming_root_matches_the_vector(string name)
    {
        TrieVector vector = TrieVectors.Get(name);
        Assert.Equal(vector.Root, TrieRoot.Calculate(vector.Effective(), vector.Version));
    }

    [Theory]
    [MemberData(nameof(TrieVectors.Names), MemberType = typeof(TrieVectors))]
    public void Unsorted_root_keeps_the_last_write_of_a_repeated_key(string name)
    {
        TrieVector vector = TrieVectors.Get(name);
        Assert.Equal(vector.Root, TrieRoot.CalculateUnsorted(vector.Entries, vector.Version));
    }

    [Fact]
    public void Empty_root_is_blake2_256_of_the_empty_node()
    {
        Assert.Equal(Hash256.Parse("0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314"), TrieRoot.Empty);
        Assert.Equal(TrieRoot.Empty, TrieRoot.Calculate([], StateVersion.V0));
    }

    [Fact]
    public void Single_short_pair_root_hashes_the_leaf_42aa04bb()
    {
        Hash256 root = TrieRoot.Calculate([new([0xaa], [0xbb])], StateVersion.V1);
        Assert.Equal(Blake2b.Hash256(Hex.Decode("0x42aa04bb")), root);
    }

    [Fact]
    public void Two_disjoint_keys_root_hashes_a_branch_with_two_inline_leaves()
    {
        Hash256 root = TrieRoot.Calculate([new([0x13, 0x14], [0xff]), new([0x48, 0x19], [0xfe])], StateVersion.V1);
        Assert.Equal(Blake2b.Hash256(Hex.Decode("0x8012001443031404ff1443081904fe")), root);
    }

    [Theory]
    [InlineData(StateVersion.V0)]
    [InlineData(StateVersion.V1)]
    public void Leaf_with_a_140_nibble_key_has_the_known_root(StateVersion version)
    {
        byte[] key = Enumerable.Repeat((byte)0x01, 70).ToArray();
        Hash256 root = TrieRoot.Calculate([new(key, [0x01, 0x02])], version);
        Assert.Equal(Hash256.Parse("0x4abe284d09347d4fe2263a4d9fc0e5bdf0eadf818c146682f73980c7eef51e05"), root);
    }

    [Theory]
    [InlineData(StateVersion.V1, "0x1b3b257f49c86bb66959ec1dc809a8c55c0ad25d2e503e94bfa1a7e20cb51799")]
    [InlineData(StateVersion.V0, "0x96647a5865cd20513da56cc0ff67dce2a48f1a62bec32b10d5d146f43da4ec9c")]
    public void Branch_with_a_33_byte_value_is_hashed_only_under_v1(StateVersion version, string expected)
    {
        byte[] value = Enumerable.Repeat((byte)0x07, 33).ToArray();
        Hash256 root = TrieRoot.Calculate([new([0xaa], value), new([0xaa, 0xbb], [0x01])], version);
        Assert.Equal(Hash256.Parse(expected), root);
    }

    [Fact]
    public void V1_hashed_branch_encoding_matches_the_worked_example()
    {
        byte[] valueHash = Blake2b.Hash256(Enumerable.Repeat((byte)0x07, 33).ToArray()).ToArray();
        Assert.Equal("0x7e72a963e2c4732cc1c4f0f37d0a9afbf2dce53549ce302707732d0ca3502fc6", Hex.Encode(valueHash));
        byte[] encoding = Hex.Decode("0x12aa0008" + Convert.ToHexStringLower(valueHash) + "10410b0401");
        byte[] value = Enumerable.Repeat((byte)0x07, 33).ToArray();
        Hash256 root = TrieRoot.Calculate([new([0xaa], value), new([0xaa, 0xbb], [0x01])], StateVersion.V1);
        Assert.Equal(Blake2b.Hash256(encoding), root);
    }

    [Theory]
    [InlineData(StateVersion.V0)]
    [InlineData(StateVersion.V1)]
    public void A_32_byte_value_stays_inline_in_both_layouts(StateVersion version)
    {
        byte[] value = Enumerable.Repeat((byte)0x07, 32).ToArray();
        Hash256 root = TrieRoot.Calculate([new([0xaa], value), new([0xaa, 0xbb], [0x01])], version);
        Assert.Equal(Hash256.Parse("0x171e0115cdf57ea7fd7b83944d608cfef5508a702f423c0336334e4abc9f084b"), root);
    }

    [Fact]
    public void Keys_out_of_order_are_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => TrieRoot.Calculate([new([0x02], [1]), new([0x01], [1])], StateVersion.V1));
        Assert.Contains("ascending", ex.Message);
        Assert.Throws<ArgumentException>(() => TrieRoot.Calculate([new([0x02], [1]), new([0x02], [2])], StateVersion.V1));
    }

    [Fact]
    public void Builder_can_be_reused_after_finish()
    {
        using var builder = new TrieRootBuilder(StateVersion.V1);
        builder.Add([0xaa], [0xbb]);
        Hash256 first = builder.Finish();
        builder.Add([0x13, 0x14], [0xff]);
        builder.Add([0x48, 0x19], [0xfe]);
        Assert.Equal(Blake2b.Hash256(Hex.Decode("0x42aa04bb")), first);
        Assert.Equal(Blake2b.Hash256(Hex.Decode("0x8012001443031404ff1443081904fe")), builder.Finish());
    }
}
