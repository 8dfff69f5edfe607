using System.Numerics;
using System.Text;
using Kusama.Core;
using Kusama.Crypto.Ss58;

namespace Kusama.Crypto.Tests.Ss58;

public class Base58Tests
{
    // Bitcoin Core's src/test/data/base58_encode_decode.json.
    public static TheoryData<string, string> BitcoinVectors => new()
    {
        { "", "" },
        { "61", "2g" },
        { "626262", "a3gV" },
        { "636363", "aPEr" },
        { "73696d706c792061206c6f6e6720737472696e67", "2cFupjhnEsSn59qHXstmK2ffpLv2" },
        { "00eb15231dfceb60925886b67d065299925915aeb172c06647", "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L" },
        { "516b6fcd0f", "ABnLTmg" },
        { "bf4f89001e670274dd", "3SEo3LWLoPntC" },
        { "572e4794", "3EFU7m" },
        { "ecac89cad93923c02321", "EJDM8drfXA6uyA" },
        { "10c8511e", "Rt5zm" },
        { "00000000000000000000", "1111111111" },
    };

    [Theory, MemberData(nameof(BitcoinVectors))]
    public void Encode_matches_bitcoin_core(string hex, string text) =>
        Assert.Equal(text, Base58.Encode(Convert.FromHexString(hex)));

    [Theory, MemberData(nameof(BitcoinVectors))]
    public void Decode_matches_bitcoin_core(string hex, string text) =>
        Assert.Equal(hex, Convert.ToHexStringLower(Base58.Decode(text)));

    [Theory]
    [InlineData("0OIl", '0')]
    [InlineData("abcO", 'O')]
    [InlineData("2gI", 'I')]
    [InlineData("2gl", 'l')]
    [InlineData("2g+", '+')]
    [InlineData("2gé", 'é')]
    public void Decode_names_a_character_outside_the_alphabet(string text, char bad)
    {
        var e = Assert.Throws<FormatException>(() => Base58.Decode(text));
        Assert.Contains($"invalid base58 character '{bad}'", e.Message);
    }

    [Fact]
    public void TryDecode_refuses_a_destination_that_is_too_small()
    {
        Span<byte> small = stackalloc byte[2];
        Assert.False(Base58.TryDecode("a3gV", small, out int written));
        Assert.Equal(0, written);
        Span<byte> exact = stackalloc byte[3];
        Assert.True(Base58.TryDecode("a3gV", exact, out written));
        Assert.Equal("0x626262", Hex.Encode(exact[..written]));
    }

    [Fact]
    public void Encode_and_decode_agree_with_a_big_integer_reference_at_every_length()
    {
        var random = new Random(58);
        for (int length = 0; length <= 80; length++)
        {
            for (int round = 0; round < 8; round++)
            {
                byte[] data = new byte[length];
                random.NextBytes(data);
                int zeros = length == 0 ? 0 : random.Next(Math.Min(length, 4) + 1);
                Array.Clear(data, 0, zeros);

                string text = Base58.Encode(data);
                Assert.Equal(Reference(data), text);
                Assert.Equal(data, Base58.Decode(text));
            }
        }
    }

    // Textbook definition: leading zero bytes as '1', then the big-endian number in base 58.
    private static string Reference(byte[] data)
    {
        int zeros = 0;
        while (zeros < data.Length && data[zeros] == 0) zeros++;
        var number = new BigInteger(data, isUnsigned: true, isBigEndian: true);
        var digits = new StringBuilder();
        while (number > 0)
        {
            digits.Insert(0, Base58.Alphabet[(int)(number % 58)]);
            number /= 58;
        }
        return new string('1', zeros) + digits;
    }
}
