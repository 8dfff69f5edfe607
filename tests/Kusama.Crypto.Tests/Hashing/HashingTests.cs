using System.Security.Cryptography;
using System.Text.Json;
using Kusama.Core;
using Kusama.Crypto.Hashing;
using Org.BouncyCastle.Crypto.Digests;

namespace Kusama.Crypto.Tests.Hashing;

public class HashingTests
{
    private static readonly JsonElement[] Vectors = TestVectors.Array("hashes");

    public static TheoryData<string> VectorNames()
    {
        var data = new TheoryData<string>();
        foreach (JsonElement v in Vectors) data.Add(v.String("name"));
        return data;
    }

    private static (byte[] Data, JsonElement Vector) Get(string name)
    {
        JsonElement v = Vectors.Single(e => e.String("name") == name);
        return (v.Bytes("data"), v);
    }

    [Theory, MemberData(nameof(VectorNames))]
    public void Blake2b_matches_polkadot_js_for_128_256_and_512_bits(string name)
    {
        (byte[] data, JsonElement v) = Get(name);
        Span<byte> out16 = stackalloc byte[16], out32 = stackalloc byte[32], out64 = stackalloc byte[64];
        Blake2b.Hash128(data, out16);
        Blake2b.Hash256(data, out32);
        Blake2b.Hash512(data, out64);
        Assert.Equal(v.String("blake2_128"), Hex.Encode(out16));
        Assert.Equal(v.String("blake2_256"), Hex.Encode(out32));
        Assert.Equal(v.String("blake2_512"), Hex.Encode(out64));
        Assert.Equal(v.String("blake2_256"), Blake2b.Hash256(data).ToString());
    }

    [Theory, MemberData(nameof(VectorNames))]
    public void Keyed_blake2b_matches_polkadot_js(string name)
    {
        (byte[] data, JsonElement v) = Get(name);
        Span<byte> output = stackalloc byte[32];
        Blake2b.HashKeyed([0x01, 0x02], data, output);
        Assert.Equal(v.String("blake2_256_keyed_0x0102"), Hex.Encode(output));
    }

    [Theory, MemberData(nameof(VectorNames))]
    public void Twox_matches_polkadot_js_little_endian_output(string name)
    {
        (byte[] data, JsonElement v) = Get(name);
        Span<byte> out8 = stackalloc byte[8], out16 = stackalloc byte[16], out32 = stackalloc byte[32];
        Twox.Hash64(data, out8);
        Twox.Hash128(data, out16);
        Twox.Hash256(data, out32);
        Assert.Equal(v.String("twox64"), Hex.Encode(out8));
        Assert.Equal(v.String("twox128"), Hex.Encode(out16));
        Assert.Equal(v.String("twox256"), Hex.Encode(out32));
    }

    [Theory, MemberData(nameof(VectorNames))]
    public void Keccak256_and_sha256_match_polkadot_js(string name)
    {
        (byte[] data, JsonElement v) = Get(name);
        Span<byte> output = stackalloc byte[32];
        Keccak.Keccak256(data, output);
        Assert.Equal(v.String("keccak256"), Hex.Encode(output));
        Assert.Equal(v.String("sha256"), Hex.Encode(SHA256.HashData(data)));
    }

    [Fact]
    public void Incremental_blake2b_equals_one_shot_for_any_split_of_a_multi_block_input()
    {
        (byte[] data, JsonElement v) = Get("bytes1000");
        var random = new Random(7);
        for (int trial = 0; trial < 50; trial++)
        {
            var hasher = new Blake2bHasher(32);
            int offset = 0;
            while (offset < data.Length)
            {
                int take = Math.Min(random.Next(0, 300), data.Length - offset);
                hasher.Update(data.AsSpan(offset, take));
                offset += take;
            }
            byte[] digest = new byte[32];
            hasher.Finish(digest);
            Assert.Equal(v.String("blake2_256"), Hex.Encode(digest));
        }
    }

    [Fact]
    public void Blake2b_agrees_with_bouncy_castle_at_every_length_around_block_boundaries()
    {
        var random = new Random(11);
        byte[] data = new byte[600];
        random.NextBytes(data);
        byte[] key = [0x10, 0x20, 0x30];
        for (int length = 0; length <= data.Length; length++)
        {
            foreach (int size in new[] { 16, 32, 64 })
            {
                var reference = new Blake2bDigest(key, size, null, null);
                reference.BlockUpdate(data, 0, length);
                byte[] expected = new byte[size];
                reference.DoFinal(expected, 0);

                byte[] actual = new byte[size];
                Blake2b.HashKeyed(key, data.AsSpan(0, length), actual);
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void Keccak256_agrees_with_bouncy_castle_across_the_rate_boundary()
    {
        var random = new Random(13);
        byte[] data = new byte[420];
        random.NextBytes(data);
        for (int length = 0; length <= data.Length; length++)
        {
            var reference = new KeccakDigest(256);
            reference.BlockUpdate(data, 0, length);
            byte[] expected = new byte[32];
            reference.DoFinal(expected, 0);
            byte[] actual = new byte[32];
            Keccak.Keccak256(data.AsSpan(0, length), actual);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Storage_key_of_System_Account_is_twox128_of_pallet_and_item()
    {
        Span<byte> key = stackalloc byte[32];
        Twox.Hash128("System"u8, key[..16]);
        Twox.Hash128("Account"u8, key[16..]);
        Assert.Equal("0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9", Hex.Encode(key));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void Blake2b_rejects_an_output_length_outside_1_to_64(int length)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Blake2bHasher(length));
    }
}
