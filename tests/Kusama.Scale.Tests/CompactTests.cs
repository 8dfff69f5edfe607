using Kusama.Core;
using Kusama.Scale.Codecs;

namespace Kusama.Scale.Tests;

public class CompactTests
{
    // Worked examples from client-interop.md §3.1 (verified against polkadot.js) and py-scale-codec's table (100000000000000).
    public static TheoryData<string, string> KnownCompacts => new()
    {
        { "0", "00" },
        { "1", "04" },
        { "42", "a8" },
        { "63", "fc" },
        { "64", "0101" },
        { "69", "1501" },
        { "16383", "fdff" },
        { "16384", "02000100" },
        { "1073741823", "feffffff" },
        { "1073741824", "0300000040" },
        { "4294967296", "070000000001" },
        { "100000000000000", "0b00407a10f35a" },
        { "18446744073709551615", "13ffffffffffffffff" },
        { "340282366920938463463374607431768211455", "33ffffffffffffffffffffffffffffffff" },
    };

    [Theory]
    [MemberData(nameof(KnownCompacts))]
    public void Compact_u128_encodes_to_the_known_bytes(string value, string hex)
    {
        UInt128 n = UInt128.Parse(value);
        Assert.Equal(hex, Convert.ToHexStringLower(ScaleCodec.Encode<UInt128, CompactU128Codec>(n)));
        Assert.Equal(hex.Length / 2, ScaleWriter.CompactSize(n));
    }

    [Theory]
    [MemberData(nameof(KnownCompacts))]
    public void Compact_u128_decodes_the_known_bytes(string value, string hex)
    {
        Assert.Equal(UInt128.Parse(value), ScaleCodec.Decode<UInt128, CompactU128Codec>(Hex.Decode(hex)));
    }

    [Theory]
    [MemberData(nameof(KnownCompacts))]
    public void Compact_u64_and_u32_agree_with_u128_where_the_value_fits(string value, string hex)
    {
        UInt128 n = UInt128.Parse(value);
        byte[] bytes = Hex.Decode(hex);
        if (n <= ulong.MaxValue)
        {
            Assert.Equal((ulong)n, ScaleCodec.Decode<ulong, CompactU64Codec>(bytes));
            Assert.Equal(hex, Convert.ToHexStringLower(ScaleCodec.Encode<ulong, CompactU64Codec>((ulong)n)));
        }
        else
        {
            Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<ulong, CompactU64Codec>(bytes));
        }
        if (n <= uint.MaxValue)
        {
            Assert.Equal((uint)n, ScaleCodec.Decode<uint, CompactU32Codec>(bytes));
            Assert.Equal(hex, Convert.ToHexStringLower(ScaleCodec.Encode<uint, CompactU32Codec>((uint)n)));
        }
        else
        {
            Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<uint, CompactU32Codec>(bytes));
        }
    }

    [Theory]
    [InlineData("0100")]                 // 0 in two-byte mode
    [InlineData("fd00")]                 // 63 in two-byte mode
    [InlineData("02000000")]             // 0 in four-byte mode
    [InlineData("feff0000")]             // 16383 in four-byte mode
    [InlineData("03ffffff3f")]           // 2^30 - 1 in big-integer mode
    [InlineData("070000000000")]         // 5 payload bytes whose top byte is zero
    [InlineData("0bffffffffff0000")]     // 6 payload bytes, top byte zero
    public void Compact_decoding_rejects_non_canonical_encodings(string hex)
    {
        byte[] bytes = Hex.Decode(hex);
        var ex = Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<UInt128, CompactU128Codec>(bytes));
        Assert.Contains("non-canonical", ex.Message);
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<ulong, CompactU64Codec>(bytes));
    }

    [Theory]
    [InlineData("")]
    [InlineData("01")]
    [InlineData("020001")]
    [InlineData("03000000")]
    [InlineData("33ffffffffffffffffffffffffffffff")]
    public void Compact_decoding_rejects_truncated_input(string hex)
    {
        var ex = Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<UInt128, CompactU128Codec>(Hex.Decode(hex)));
        Assert.Contains("end of input", ex.Message);
    }

    [Fact]
    public void Compact_decoding_rejects_a_prefix_announcing_more_than_sixteen_bytes()
    {
        // 0x37 = ((17 - 4) << 2) | 3 announces 17 payload bytes.
        byte[] bytes = Hex.Decode("37" + new string('f', 34));
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<UInt128, CompactU128Codec>(bytes));
    }

    [Fact]
    public void Compact_u8_and_u16_reject_values_that_do_not_fit()
    {
        Assert.Equal((byte)255, ScaleCodec.Decode<byte, CompactU8Codec>(Hex.Decode("fd03")));
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<byte, CompactU8Codec>(Hex.Decode("0104")));
        Assert.Equal((ushort)65535, ScaleCodec.Decode<ushort, CompactU16Codec>(Hex.Decode("feff0300")));
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<ushort, CompactU16Codec>(Hex.Decode("02000400")));
    }

    [Fact]
    public void Compact_round_trips_every_power_of_two_and_its_neighbours()
    {
        for (int bit = 0; bit < 128; bit++)
        {
            UInt128 p = UInt128.One << bit;
            foreach (UInt128 n in new[] { p - 1, p, p + 1 })
            {
                byte[] bytes = ScaleCodec.Encode<UInt128, CompactU128Codec>(n);
                Assert.Equal(ScaleWriter.CompactSize(n), bytes.Length);
                Assert.Equal(n, ScaleCodec.Decode<UInt128, CompactU128Codec>(bytes));
            }
        }
    }
}
