using Kusama.Core;
using Kusama.Scale.Codecs;

namespace Kusama.Scale.Tests;

public class OptionAndResultTests
{
    [Fact]
    public void Option_bool_is_not_special_cased()
    {
        // client-interop.md §3.1: Some(false) is 0x0100.
        Assert.Equal("0100", Convert.ToHexStringLower(ScaleCodec.Encode<Option<bool>, OptionCodec<bool, BoolCodec>>(Option<bool>.Some(false))));
        Assert.Equal("0101", Convert.ToHexStringLower(ScaleCodec.Encode<Option<bool>, OptionCodec<bool, BoolCodec>>(Option<bool>.Some(true))));
        Assert.Equal("00", Convert.ToHexStringLower(ScaleCodec.Encode<Option<bool>, OptionCodec<bool, BoolCodec>>(Option<bool>.None)));
        Assert.Equal(Option<bool>.Some(false), ScaleCodec.Decode<Option<bool>, OptionCodec<bool, BoolCodec>>([1, 0]));
    }

    [Fact]
    public void Option_of_a_hash_is_one_byte_then_the_hash()
    {
        // client-interop.md §3.4: CheckMetadataHash's Option<[u8;32]> is 00, or 01 ++ hash.
        Hash256 hash = Hash256.Parse("0xb0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe");
        byte[] bytes = ScaleCodec.Encode<Option<Hash256>, OptionCodec<Hash256, Hash256Codec>>(Option<Hash256>.Some(hash));
        Assert.Equal("01b0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe", Convert.ToHexStringLower(bytes));
        Assert.Equal(hash, ScaleCodec.Decode<Option<Hash256>, OptionCodec<Hash256, Hash256Codec>>(bytes).Value);
    }

    [Theory]
    [InlineData("02")]
    [InlineData("ff00")]
    public void Option_rejects_a_tag_other_than_zero_or_one(string hex) =>
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<Option<uint>, OptionCodec<uint, U32Codec>>(Hex.Decode(hex)));

    [Theory]
    [InlineData("00", null)]
    [InlineData("01", true)]
    [InlineData("02", false)]
    public void OptionBool_uses_one_byte(string hex, bool? value)
    {
        Assert.Equal(hex, Convert.ToHexStringLower(ScaleCodec.Encode(new OptionBool(value))));
        Assert.Equal(value, ScaleCodec.Decode<OptionBool>(Hex.Decode(hex)).Value);
    }

    [Fact]
    public void OptionBool_rejects_three() =>
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<OptionBool>([3]));

    [Fact]
    public void Result_is_tag_zero_for_ok_and_one_for_err()
    {
        // client-interop.md §3.1: 0x00 ++ T for Ok, 0x01 ++ E for Err.
        Assert.Equal("002a", Convert.ToHexStringLower(ScaleCodec.Encode<Result<byte, bool>, ResultCodec<byte, bool, U8Codec, BoolCodec>>(Result<byte, bool>.Ok(42))));
        Assert.Equal("0100", Convert.ToHexStringLower(ScaleCodec.Encode<Result<byte, bool>, ResultCodec<byte, bool, U8Codec, BoolCodec>>(Result<byte, bool>.Err(false))));
        Assert.Equal(Result<byte, bool>.Err(true), ScaleCodec.Decode<Result<byte, bool>, ResultCodec<byte, bool, U8Codec, BoolCodec>>([1, 1]));
        Assert.Equal(Result<byte, bool>.Ok(7), ScaleCodec.Decode<Result<byte, bool>, ResultCodec<byte, bool, U8Codec, BoolCodec>>([0, 7]));
    }

    [Fact]
    public void Result_rejects_tag_two() =>
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<Result<byte, bool>, ResultCodec<byte, bool, U8Codec, BoolCodec>>([2, 0]));
}
