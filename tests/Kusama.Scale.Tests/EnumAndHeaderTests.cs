using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Scale.Codecs;
using Kusama.Frame.Primitives;
using Kusama.Scale.Tests.Examples;

namespace Kusama.Scale.Tests;

public class EnumAndHeaderTests
{
    private static readonly AccountId32 Alice = AccountId32.Parse("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
    private static readonly AccountId32 Bob = AccountId32.Parse("0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48");

    [Fact]
    public void Nested_call_enum_matches_the_transfer_keep_alive_bytes_from_polkadot_js()
    {
        // client-interop.md §3.4: call = 04 03 (Balances.transfer_keep_alive), 00 ++ Bob (MultiAddress::Id), e5c0 (Compact 12345).
        RuntimeCall call = new RuntimeCall.Balances(new BalancesCall.TransferKeepAlive(new MultiAddress.Id(Bob), 12345UL));
        byte[] bytes = ScaleCodec.Encode(call);
        Assert.Equal("0403" + "00" + Bob.ToString()[2..] + "e5c0", Convert.ToHexStringLower(bytes));
        Assert.Equal(call, ScaleCodec.Decode<RuntimeCall>(bytes));
    }

    [Fact]
    public void MultiAddress_id_is_tag_zero_then_the_account()
    {
        // client-interop.md §3.4: 00 d43593c7…a56da27d.
        byte[] bytes = ScaleCodec.Encode<MultiAddress>(new MultiAddress.Id(Alice));
        Assert.Equal("00" + Alice.ToString()[2..], Convert.ToHexStringLower(bytes));
        Assert.Equal(new MultiAddress.Index(64), ScaleCodec.Decode<MultiAddress>(Hex.Decode("010101")));
    }

    [Theory]
    [InlineData("05")]
    [InlineData("ff")]
    public void Unknown_enum_index_is_a_decode_error(string hex)
    {
        var ex = Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<MultiAddress>(Hex.Decode(hex)));
        Assert.Contains("unknown MultiAddress variant", ex.Message);
    }

    [Fact]
    public void Unknown_nested_index_reports_the_inner_offset()
    {
        var ex = Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<RuntimeCall>(Hex.Decode("0409")));
        Assert.Equal(1, ex.Offset);
    }

    // client-interop.md §3.3 digest item examples and Substrate's should_serialize_digest logs.
    public static TheoryData<string, DigestItem> KnownDigestItems => new()
    {
        { "06424142453402050000002a00000000000000", new DigestItem.PreRuntime("BABE"u8.ToArray(), Hex.Decode("02050000002a00000000000000")) },
        { "0446524e4b080102", new DigestItem.Consensus("FRNK"u8.ToArray(), [1, 2]) },
        { "0010deadbeef", new DigestItem.Other(Hex.Decode("deadbeef")) },
        { "08", new DigestItem.RuntimeEnvironmentUpdated() },
        { "000c010203", new DigestItem.Other([1, 2, 3]) },
        { "05746573740c010203", new DigestItem.Seal("test"u8.ToArray(), [1, 2, 3]) },
    };

    [Theory]
    [MemberData(nameof(KnownDigestItems))]
    public void Digest_items_match_the_known_bytes(string hex, DigestItem item)
    {
        Assert.Equal(hex, Convert.ToHexStringLower(ScaleCodec.Encode(item)));
        Assert.Equal(hex, Convert.ToHexStringLower(ScaleCodec.Encode(ScaleCodec.Decode<DigestItem>(Hex.Decode(hex)))));
    }

    [Fact]
    public void A_64_byte_seal_has_length_prefix_0101()
    {
        byte[] signature = Enumerable.Range(0, 64).Select(i => (byte)i).ToArray();
        byte[] bytes = ScaleCodec.Encode<DigestItem>(new DigestItem.Seal("BABE"u8.ToArray(), signature));
        Assert.Equal("05424142450101", Convert.ToHexStringLower(bytes[..7]));
        Assert.Equal(7 + 64, bytes.Length);
    }

    [Fact]
    public void Removed_digest_tags_are_rejected()
    {
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<DigestItem>(Hex.Decode("0200")));
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<DigestItem>(Hex.Decode("0700")));
    }

    [Fact]
    public void Kusama_genesis_header_hashes_to_the_real_genesis_hash()
    {
        // client-interop.md §3.3: blake2_256(0x00×32 ++ 0x00 ++ stateRoot ++ emptyTrieRoot ++ 0x00) is Kusama's genesis hash.
        // The empty trie root is blake2_256(0x00), 0x03170a2e…1314.
        Hash256 emptyTrieRoot = Blake2b.Hash256([0x00]);
        Assert.StartsWith("0x03170a2e", emptyTrieRoot.ToString());
        Assert.EndsWith("1314", emptyTrieRoot.ToString());
        var genesis = new Header(
            Hash256.Zero,
            0,
            Hash256.Parse("0xb0006203c3a6e6bd2c6a17b1d4ae8ca49a31da0f4579da950b127774b44aef6b"),
            emptyTrieRoot,
            []);

        byte[] encoded = ScaleCodec.Encode(genesis);

        Assert.Equal(32 + 1 + 32 + 32 + 1, encoded.Length);
        Assert.Equal(Hash256.Parse("0xb0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe"), Blake2b.Hash256(encoded));
        Assert.Equal(genesis.StateRoot, ScaleCodec.Decode<Header>(encoded).StateRoot);
    }

    [Fact]
    public void Header_with_babe_digest_round_trips_through_every_writer()
    {
        var header = new Header(
            Hash256.Parse("0x91b171bb158e2d3848fa23a9f1c25182fb8e20313b2c1eb49219da7a70ce90c3"),
            16_383,
            Hash256.Parse("0xb0006203c3a6e6bd2c6a17b1d4ae8ca49a31da0f4579da950b127774b44aef6b"),
            Hash256.Zero,
            [
                new DigestItem.PreRuntime("BABE"u8.ToArray(), Hex.Decode("02050000002a00000000000000")),
                new DigestItem.Seal("BABE"u8.ToArray(), new byte[64]),
            ]);
        byte[] exact = ScaleCodec.Encode(header);
        Assert.Equal(Header.GetEncodedSize(header), exact.Length);
        // Number 16383 is compact fdff, right after the parent hash.
        Assert.Equal("fdff", Convert.ToHexStringLower(exact[32..34]));

        var pooled = new PooledScaleWriter();
        try
        {
            Header.Encode(header, ref pooled);
            Assert.Equal(exact, pooled.ToArray());
        }
        finally
        {
            pooled.Dispose();
        }

        var counter = new CountingScaleWriter();
        Header.Encode(header, ref counter);
        Assert.Equal(exact.Length, counter.Count);

        Header decoded = ScaleCodec.Decode<Header>(exact);
        Assert.Equal(exact, ScaleCodec.Encode(decoded));
        Assert.Equal(header.Number, decoded.Number);
    }
}
