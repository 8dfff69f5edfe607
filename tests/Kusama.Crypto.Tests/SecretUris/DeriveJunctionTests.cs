using System.Text;
using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Crypto.SecretUris;

namespace Kusama.Crypto.Tests.SecretUris;

public class DeriveJunctionTests
{
    private static string Padded(string hex) => "0x" + hex.PadRight(64, '0');

    [Theory]
    [InlineData("//0", "0000000000000000", true)]
    [InlineData("/1", "0100000000000000", false)]
    [InlineData("//007", "0700000000000000", true)]
    [InlineData("//+5", "0500000000000000", true)]
    [InlineData("//18446744073709551615", "ffffffffffffffff", true)]
    public void A_segment_that_parses_as_u64_is_encoded_little_endian(string junction, string encoded, bool hard)
    {
        DeriveJunction parsed = DeriveJunction.Parse(junction);
        Assert.Equal(Padded(encoded), Hex.Encode(parsed.ChainCode));
        Assert.Equal(hard, parsed.IsHard);
    }

    [Theory]
    // Compact length (len << 2) then the UTF-8 bytes.
    [InlineData("//18446744073709551616", "50" + "3138343436373434303733373039353531363136")] // u64::MAX + 1 is a string
    [InlineData("/-5", "08" + "2d35")]
    [InlineData("/+", "04" + "2b")]
    [InlineData("//1.0", "0c" + "312e30")]
    [InlineData("//\u00fc", "08" + "c3bc")]
    [InlineData("//Alice", "14" + "416c696365")]
    public void Any_other_segment_is_a_scale_string(string junction, string encoded) =>
        Assert.Equal(Padded(encoded), Hex.Encode(DeriveJunction.Parse(junction).ChainCode));

    [Fact]
    public void An_encoding_of_exactly_32_bytes_is_padded_not_hashed()
    {
        string text = new('a', 31); // 1-byte compact prefix + 31 bytes
        Assert.Equal("0x7c" + Convert.ToHexStringLower(Encoding.ASCII.GetBytes(text)), Hex.Encode(DeriveJunction.Soft(text).ChainCode));
    }

    [Theory]
    [InlineData(32)]   // 33-byte encoding: one compact byte
    [InlineData(64)]   // two-byte compact length
    [InlineData(20000)] // four-byte compact length
    public void An_encoding_longer_than_32_bytes_is_hashed_with_blake2b_256(int length)
    {
        string text = new('x', length);
        byte[] prefix = length switch
        {
            < 64 => [(byte)(length << 2)],
            < 16384 => [(byte)((length << 2) | 1), (byte)((length << 2) >> 8)],
            _ => BitConverter.GetBytes((uint)(length << 2) | 2u),
        };
        byte[] encoded = [.. prefix, .. Encoding.ASCII.GetBytes(text)];
        Assert.Equal(Blake2b.Hash256(encoded).ToString(), Hex.Encode(DeriveJunction.Hard(text).ChainCode));
        Assert.Equal(Hex.Encode(DeriveJunction.Hard(text).ChainCode), Hex.Encode(DeriveJunction.Parse("//" + text).ChainCode));
    }

    [Fact]
    public void Harden_and_soften_keep_the_chain_code()
    {
        DeriveJunction soft = DeriveJunction.Soft("stash");
        DeriveJunction hard = soft.Harden();
        Assert.True(hard.IsHard);
        Assert.True(hard.ChainCode.SequenceEqual(soft.ChainCode));
        Assert.Equal(soft, hard.Soften());
        Assert.NotEqual(soft, hard);
        Assert.Equal(DeriveJunction.Hard("stash"), hard);
    }

    [Fact]
    public void Numeric_and_string_constructors_differ_for_the_same_digits()
    {
        Assert.NotEqual(DeriveJunction.Soft(1), DeriveJunction.Soft("1"));
        Assert.Equal(DeriveJunction.Soft(1), DeriveJunction.Parse("/1"));
    }

    [Theory]
    [InlineData("Alice")]
    [InlineData("/")]
    [InlineData("//")]
    [InlineData("/a/b")]
    [InlineData("")]
    public void Parse_rejects_text_that_is_not_one_junction(string junction) =>
        Assert.Throws<FormatException>(() => DeriveJunction.Parse(junction));

    [Fact]
    public void A_string_with_an_unpaired_surrogate_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => DeriveJunction.Soft("a\ud800"));
        Assert.Contains("invalid junction", e.Message);
    }

    [Fact]
    public void The_constructor_requires_a_32_byte_chain_code() =>
        Assert.Throws<ArgumentException>(() => new DeriveJunction(new byte[31], isHard: true));

    [Fact]
    public void ToString_shows_the_kind_and_chain_code() =>
        Assert.Equal("//0x14416c6963650000000000000000000000000000000000000000000000000000", DeriveJunction.Hard("Alice").ToString());
}
