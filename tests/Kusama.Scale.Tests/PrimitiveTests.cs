using Kusama.Core;
using Kusama.Scale.Codecs;

namespace Kusama.Scale.Tests;

public class PrimitiveTests
{
    [Fact]
    public void Integers_are_fixed_width_little_endian()
    {
        // py-scale-codec: u16 42 = 2a00; client-interop.md §3.4: spec_version 1009002 = 6a650f00, tx version 26 = 1a000000.
        Assert.Equal("2a00", Convert.ToHexStringLower(ScaleCodec.Encode<ushort, U16Codec>(42)));
        Assert.Equal("6a650f00", Convert.ToHexStringLower(ScaleCodec.Encode<uint, U32Codec>(1009002)));
        Assert.Equal("1a000000", Convert.ToHexStringLower(ScaleCodec.Encode<uint, U32Codec>(26)));
        Assert.Equal(1009002u, ScaleCodec.Decode<uint, U32Codec>(Hex.Decode("6a650f00")));
    }

    [Fact]
    public void Every_primitive_round_trips_its_extremes()
    {
        RoundTrip<byte, U8Codec>(byte.MaxValue, 1);
        RoundTrip<ushort, U16Codec>(ushort.MaxValue, 2);
        RoundTrip<uint, U32Codec>(uint.MaxValue, 4);
        RoundTrip<ulong, U64Codec>(ulong.MaxValue, 8);
        RoundTrip<UInt128, U128Codec>(UInt128.MaxValue, 16);
        RoundTrip<sbyte, I8Codec>(sbyte.MinValue, 1);
        RoundTrip<short, I16Codec>(short.MinValue, 2);
        RoundTrip<int, I32Codec>(int.MinValue, 4);
        RoundTrip<long, I64Codec>(long.MinValue, 8);
        RoundTrip<Int128, I128Codec>(Int128.MinValue, 16);
        RoundTrip<bool, BoolCodec>(true, 1);
    }

    [Fact]
    public void Negative_integers_are_twos_complement()
    {
        Assert.Equal("feffffff", Convert.ToHexStringLower(ScaleCodec.Encode<int, I32Codec>(-2)));
        Assert.Equal("ffffffffffffffffffffffffffffffff", Convert.ToHexStringLower(ScaleCodec.Encode<Int128, I128Codec>(-1)));
    }

    [Fact]
    public void U128_is_sixteen_bytes_little_endian()
    {
        UInt128 value = (UInt128.One << 64) | 0x0102;
        Assert.Equal("02010000000000000100000000000000", Convert.ToHexStringLower(ScaleCodec.Encode<UInt128, U128Codec>(value)));
    }

    [Theory]
    [InlineData("00", false)]
    [InlineData("01", true)]
    public void Bool_decodes_zero_and_one(string hex, bool expected) =>
        Assert.Equal(expected, ScaleCodec.Decode<bool, BoolCodec>(Hex.Decode(hex)));

    [Theory]
    [InlineData("02")]
    [InlineData("ff")]
    public void Bool_rejects_any_other_byte(string hex)
    {
        var ex = Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<bool, BoolCodec>(Hex.Decode(hex)));
        Assert.Equal(0, ex.Offset);
    }

    [Fact]
    public void Reading_past_the_end_reports_the_offset()
    {
        var ex = Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<uint, U32Codec>([1, 2, 3]));
        Assert.Equal(0, ex.Offset);
        Assert.Contains("needed 4", ex.Message);
    }

    private static void RoundTrip<T, TCodec>(T value, int size) where TCodec : ICodec<T>
    {
        byte[] bytes = ScaleCodec.Encode<T, TCodec>(value);
        Assert.Equal(size, bytes.Length);
        Assert.Equal(value, ScaleCodec.Decode<T, TCodec>(bytes));
    }
}
