using Kusama.Core;
using Kusama.Scale.Codecs;

namespace Kusama.Scale.Tests;

public class CoreCodecTests
{
    [Fact]
    public void Balance_is_u128_or_compact_u128()
    {
        // client-interop.md §3.4: tip 0 is Compact 00 and value 12345 is e5c0.
        Assert.Equal("e5c0", Convert.ToHexStringLower(ScaleCodec.Encode<Balance, CompactBalanceCodec>(12345UL)));
        Assert.Equal("00", Convert.ToHexStringLower(ScaleCodec.Encode<Balance, CompactBalanceCodec>(Balance.Zero)));
        Assert.Equal("39300000000000000000000000000000", Convert.ToHexStringLower(ScaleCodec.Encode<Balance, BalanceCodec>(12345UL)));
        Assert.Equal((Balance)12345UL, ScaleCodec.Decode<Balance, CompactBalanceCodec>(Hex.Decode("e5c0")));
    }

    [Fact]
    public void Block_number_is_compact_in_headers_and_u32_in_storage()
    {
        Assert.Equal("fdff", Convert.ToHexStringLower(ScaleCodec.Encode<BlockNumber, CompactBlockNumberCodec>(16383u)));
        Assert.Equal("ff3f0000", Convert.ToHexStringLower(ScaleCodec.Encode<BlockNumber, BlockNumberCodec>(16383u)));
    }

    [Fact]
    public void Perbill_decoding_rejects_parts_above_one_but_compact_saturates()
    {
        // 1_000_000_001 = 0x3b9aca01 little endian.
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<Perbill, PerbillCodec>(Hex.Decode("01ca9a3b")));
        Assert.Equal(Perbill.One, ScaleCodec.Decode<Perbill, PerbillCodec>(Hex.Decode("00ca9a3b")));
        byte[] compact = ScaleCodec.Encode<uint, CompactU32Codec>(1_000_000_001);
        Assert.Equal(Perbill.One, ScaleCodec.Decode<Perbill, CompactPerbillCodec>(compact));
        Assert.Equal(Permill.FromPercent(50), ScaleCodec.Decode<Permill, PermillCodec>(ScaleCodec.Encode<Permill, PermillCodec>(Permill.FromPercent(50))));
        Assert.Equal(Perquintill.One, ScaleCodec.Decode<Perquintill, CompactPerquintillCodec>(ScaleCodec.Encode<ulong, CompactU64Codec>(ulong.MaxValue)));
    }

    [Fact]
    public void Weight_is_two_compact_u64()
    {
        byte[] bytes = ScaleCodec.Encode<Weight, WeightCodec>(Weight.FromParts(1, 64));
        Assert.Equal("040101", Convert.ToHexStringLower(bytes));
        Assert.Equal(Weight.FromParts(1, 64), ScaleCodec.Decode<Weight, WeightCodec>(bytes));
    }

    [Fact]
    public void FixedU128_is_its_inner_u128()
    {
        FixedU128 one = FixedU128.One;
        byte[] bytes = ScaleCodec.Encode<FixedU128, FixedU128Codec>(one);
        // 10^18 = 0x0de0b6b3a7640000.
        Assert.Equal("000064a7b3b6e00d0000000000000000", Convert.ToHexStringLower(bytes));
        Assert.Equal(one, ScaleCodec.Decode<FixedU128, FixedU128Codec>(bytes));
    }

    [Fact]
    public void Hash_and_account_codecs_are_the_raw_32_bytes()
    {
        AccountId32 alice = AccountId32.Parse("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
        Assert.Equal(alice.ToArray(), ScaleCodec.Encode<AccountId32, AccountId32Codec>(alice));
        Assert.Equal(alice, ScaleCodec.Decode<AccountId32, AccountId32Codec>(alice.ToArray()));
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<Hash256, Hash256Codec>(new byte[31]));
    }
}
