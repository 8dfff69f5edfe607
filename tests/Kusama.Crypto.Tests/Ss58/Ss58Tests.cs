using System.Text.Json;
using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Crypto.Ss58;
using Codec = Kusama.Crypto.Ss58.Ss58Address;

namespace Kusama.Crypto.Tests.Ss58;

public class Ss58Tests
{
    private static readonly JsonElement[] Vectors = [.. TestVectors.Crypto.GetProperty("ss58").EnumerateArray()];

    private const string AliceAccount = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
    private const string AliceOnSubstrate = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

    public static TheoryData<int> VectorIndices()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Vectors.Length; i++) data.Add(i);
        return data;
    }

    // Every (account id, prefix, address) triple of the derivation section, for all three key types.
    public static TheoryData<string, ushort, string> DerivedAccountAddresses()
    {
        var data = new TheoryData<string, ushort, string>();
        JsonElement derivation = TestVectors.Crypto.GetProperty("derivation");
        foreach (string scheme in new[] { "sr25519", "ed25519", "ecdsa" })
        {
            foreach (JsonElement v in derivation.GetProperty(scheme).EnumerateArray())
            {
                if (!v.TryGetProperty("accountId32", out _)) continue;
                string account = v.String("accountId32");
                data.Add(account, 42, v.String("ss58_42"));
                data.Add(account, 0, v.String("ss58_0"));
                data.Add(account, 2, v.String("ss58_2"));
            }
        }
        return data;
    }

    [Theory, MemberData(nameof(VectorIndices))]
    public void Encode_matches_polkadot_js(int index)
    {
        JsonElement v = Vectors[index];
        ushort prefix = v.GetProperty("prefix").GetUInt16();
        Assert.Equal(v.String("address"), Codec.Encode(v.Bytes("payload"), prefix));
    }

    [Theory, MemberData(nameof(VectorIndices))]
    public void Decode_returns_the_prefix_and_payload_polkadot_js_encoded(int index)
    {
        JsonElement v = Vectors[index];
        (ushort prefix, byte[] payload) = Codec.Decode(v.String("address"));
        Assert.Equal(v.GetProperty("prefix").GetUInt16(), prefix);
        Assert.Equal(v.String("payload"), Hex.Encode(payload));

        Span<byte> buffer = stackalloc byte[Codec.MaxPayloadLength];
        Assert.True(Codec.TryDecode(v.String("address"), out ushort spanPrefix, buffer, out int length));
        Assert.Equal(prefix, spanPrefix);
        Assert.Equal(v.String("payload"), Hex.Encode(buffer[..length]));
    }

    [Theory, MemberData(nameof(DerivedAccountAddresses))]
    public void Account_ids_of_derived_keys_encode_as_polkadot_js_shows_them(string account, ushort prefix, string address)
    {
        AccountId32 id = AccountId32.Parse(account);
        Assert.Equal(address, Codec.Encode(id, prefix));
        Assert.Equal(id, Codec.DecodeAccountId32(address, out ushort decodedPrefix));
        Assert.Equal(prefix, decodedPrefix);
    }

    [Fact]
    public void Prefix_1000_uses_the_two_byte_form_from_the_interop_notes()
    {
        const string address = "vji5kpxBaPKwct6PAdHiJUPCU1hqBEAPaLMF59sXAjn4NeEaJ";
        Assert.Equal(address, Codec.Encode(AccountId32.Parse(AliceAccount), 1000));
        Assert.Equal(AccountId32.Parse(AliceAccount), Codec.DecodeAccountId32(address, out ushort prefix));
        Assert.Equal(1000, prefix);
    }

    [Fact]
    public void Every_prefix_from_0_to_16383_round_trips_except_the_reserved_ones()
    {
        byte[] payload = Hex.Decode(AliceAccount);
        Span<byte> decoded = stackalloc byte[Codec.MaxPayloadLength];
        for (int p = 0; p <= Codec.MaxPrefix; p++)
        {
            ushort prefix = (ushort)p;
            if (Codec.IsReservedPrefix(prefix)) continue;
            string address = Codec.Encode(payload, prefix);
            Assert.True(Codec.TryDecode(address, out ushort back, decoded, out int length), $"prefix {p}");
            Assert.Equal(prefix, back);
            Assert.True(decoded[..length].SequenceEqual(payload));
            // A prefix byte count of one below 64 and two from 64: 35 or 36 decoded bytes.
            Assert.Equal(p < 64 ? 35 : 36, Base58.Decode(address).Length);
        }
    }

    [Theory]
    [InlineData(46)]
    [InlineData(47)]
    public void Encode_refuses_reserved_prefixes(ushort prefix)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Codec.Encode(Hex.Decode(AliceAccount), prefix));
        Assert.Contains("invalid prefix", e.Message);
        Assert.Contains("reserved", e.Message);
    }

    [Theory]
    [InlineData(46)]
    [InlineData(47)]
    public void Decode_refuses_reserved_prefixes_even_with_a_correct_checksum(byte prefix)
    {
        string address = Base58.Encode(WithChecksum([prefix, .. Hex.Decode(AliceAccount)], 2));
        var e = Assert.Throws<FormatException>(() => Codec.Decode(address));
        Assert.Contains("invalid prefix", e.Message);
        Assert.False(Codec.TryDecode(address, out _, out _));
    }

    [Fact]
    public void Encode_refuses_prefixes_above_16383()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Codec.Encode(Hex.Decode(AliceAccount), 16384));
        Assert.Contains("invalid prefix", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(34)]
    public void Encode_refuses_payload_lengths_ss58_does_not_define(int length)
    {
        var e = Assert.Throws<ArgumentException>(() => Codec.Encode(new byte[length], 42));
        Assert.Contains("invalid length", e.Message);
    }

    [Fact]
    public void Decode_rejects_an_address_with_a_flipped_checksum_bit()
    {
        byte[] raw = Base58.Decode(AliceOnSubstrate);
        raw[^1] ^= 0x01;
        string address = Base58.Encode(raw);
        var e = Assert.Throws<FormatException>(() => Codec.Decode(address));
        Assert.Equal("invalid checksum", e.Message);
        Assert.False(Codec.TryDecode(address, out _, out _));
    }

    [Fact]
    public void Decode_rejects_an_address_with_a_flipped_payload_bit()
    {
        byte[] raw = Base58.Decode(AliceOnSubstrate);
        raw[10] ^= 0x80;
        var e = Assert.Throws<FormatException>(() => Codec.Decode(Base58.Encode(raw)));
        Assert.Equal("invalid checksum", e.Message);
    }

    [Fact]
    public void Decode_rejects_a_one_byte_account_index_with_a_wrong_checksum()
    {
        byte[] raw = Base58.Decode("F7NZ");
        raw[^1] ^= 0xff;
        Assert.Equal("invalid checksum", Assert.Throws<FormatException>(() => Codec.Decode(Base58.Encode(raw))).Message);
    }

    [Fact]
    public void Decode_names_a_character_outside_the_base58_alphabet()
    {
        string address = AliceOnSubstrate[..^1] + "0";
        var e = Assert.Throws<FormatException>(() => Codec.Decode(address));
        Assert.Contains("invalid base58 character '0'", e.Message);
    }

    [Fact]
    public void Decode_names_a_bad_character_even_in_an_overlong_string()
    {
        var e = Assert.Throws<FormatException>(() => Codec.Decode(new string('2', 80) + "l"));
        Assert.Contains("invalid base58 character 'l'", e.Message);
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(16, 1)]
    [InlineData(31, 2)]
    [InlineData(34, 2)]
    public void Decode_rejects_payload_lengths_ss58_does_not_define(int payloadLength, int checksumLength)
    {
        string address = Base58.Encode(WithChecksum([42, .. new byte[payloadLength]], checksumLength));
        var e = Assert.Throws<FormatException>(() => Codec.Decode(address));
        Assert.StartsWith("invalid length", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("2g")]
    public void Decode_rejects_strings_too_short_to_be_an_address(string address)
    {
        var e = Assert.Throws<FormatException>(() => Codec.Decode(address));
        Assert.StartsWith("invalid length", e.Message);
    }

    [Fact]
    public void Decode_rejects_strings_longer_than_any_address()
    {
        var e = Assert.Throws<FormatException>(() => Codec.Decode(AliceOnSubstrate + AliceOnSubstrate));
        Assert.StartsWith("invalid length", e.Message);
    }

    [Fact]
    public void Decode_rejects_a_first_byte_above_127()
    {
        string address = Base58.Encode(WithChecksum([0x80, .. Hex.Decode(AliceAccount)], 2));
        var e = Assert.Throws<FormatException>(() => Codec.Decode(address));
        Assert.StartsWith("invalid prefix", e.Message);
    }

    [Fact]
    public void Decode_rejects_the_two_byte_spelling_of_a_one_byte_prefix()
    {
        // Prefix 2 in the two-byte layout: 0b01_000000 | (2 >> 2), (2 & 3) << 6 | (2 >> 8).
        string address = Base58.Encode(WithChecksum([0x40, 0x80, .. Hex.Decode(AliceAccount)], 2));
        var e = Assert.Throws<FormatException>(() => Codec.Decode(address));
        Assert.StartsWith("invalid prefix", e.Message);
    }

    [Fact]
    public void TryDecode_fails_when_the_payload_buffer_is_too_small()
    {
        Span<byte> small = stackalloc byte[31];
        Assert.False(Codec.TryDecode(AliceOnSubstrate, out _, small, out int length));
        Assert.Equal(0, length);
    }

    [Fact]
    public void TryDecodeAccountId32_refuses_a_33_byte_ecdsa_key()
    {
        Assert.False(Codec.TryDecodeAccountId32("KW39r9CJjAVzmkf9zQ4YDb2hqfAVGdRqn53eRqyruqpxAP5YL", out _, out _));
        Assert.True(Codec.TryDecodeAccountId32(AliceOnSubstrate, out ushort prefix, out AccountId32 account));
        Assert.Equal(42, prefix);
        Assert.Equal(AliceAccount, account.ToString());
    }

    [Fact]
    public void DecodeAccountId32_says_when_the_payload_is_not_32_bytes()
    {
        var e = Assert.Throws<FormatException>(() => Codec.DecodeAccountId32("F7NZ", out _));
        Assert.StartsWith("invalid length", e.Message);
    }

    [Fact]
    public void TryDecode_returns_false_for_null()
    {
        Assert.False(Codec.TryDecode((string?)null, out _, out byte[]? payload));
        Assert.Null(payload);
    }

    // Body ‖ first bytes of blake2b-512("SS58PRE" ‖ body), built from the spec to craft addresses the encoder refuses to make.
    private static byte[] WithChecksum(byte[] body, int checksumLength)
    {
        byte[] preimage = [.. "SS58PRE"u8, .. body];
        Span<byte> hash = stackalloc byte[64];
        Blake2b.Hash512(preimage, hash);
        return [.. body, .. hash[..checksumLength]];
    }
}
