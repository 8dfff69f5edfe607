using Kusama.Core;
using Kusama.Frame.Storage.Hashers;

namespace Kusama.Frame.Storage.Tests;

public class StorageHashingTests
{
    public static IEnumerable<object[]> Blake2_128Rows => TestVectors.Hashes("blake2_128");
    public static IEnumerable<object[]> Blake2_256Rows => TestVectors.Hashes("blake2_256");
    public static IEnumerable<object[]> Twox64Rows => TestVectors.Hashes("twox64");
    public static IEnumerable<object[]> Twox128Rows => TestVectors.Hashes("twox128");
    public static IEnumerable<object[]> Twox256Rows => TestVectors.Hashes("twox256");

    [Fact]
    public void Hasher_indices_follow_metadata_order()
    {
        Assert.Equal(0, (int)StorageHasher.Blake2_128);
        Assert.Equal(1, (int)StorageHasher.Blake2_256);
        Assert.Equal(2, (int)StorageHasher.Blake2_128Concat);
        Assert.Equal(3, (int)StorageHasher.Twox128);
        Assert.Equal(4, (int)StorageHasher.Twox256);
        Assert.Equal(5, (int)StorageHasher.Twox64Concat);
        Assert.Equal(6, (int)StorageHasher.Identity);
    }

    [Theory]
    [MemberData(nameof(Blake2_128Rows))]
    public void Blake2_128_is_the_blake2b_128_digest(string name, string data, string digest)
    {
        Assert.Equal(digest, Hashed(StorageHasher.Blake2_128, data));
        Assert.Equal(digest, Hashed<Blake2_128>(data));
        _ = name;
    }

    [Theory]
    [MemberData(nameof(Blake2_256Rows))]
    public void Blake2_256_is_the_blake2b_256_digest(string name, string data, string digest)
    {
        Assert.Equal(digest, Hashed(StorageHasher.Blake2_256, data));
        Assert.Equal(digest, Hashed<Blake2_256>(data));
        _ = name;
    }

    [Theory]
    [MemberData(nameof(Blake2_128Rows))]
    public void Blake2_128Concat_is_the_digest_then_the_key(string name, string data, string digest)
    {
        string expected = digest + data[2..];
        Assert.Equal(expected, Hashed(StorageHasher.Blake2_128Concat, data));
        Assert.Equal(expected, Hashed<Blake2_128Concat>(data));
        _ = name;
    }

    [Theory]
    [MemberData(nameof(Twox128Rows))]
    public void Twox128_is_two_xxh64_lanes(string name, string data, string digest)
    {
        Assert.Equal(digest, Hashed(StorageHasher.Twox128, data));
        Assert.Equal(digest, Hashed<Twox128>(data));
        _ = name;
    }

    [Theory]
    [MemberData(nameof(Twox256Rows))]
    public void Twox256_is_four_xxh64_lanes(string name, string data, string digest)
    {
        Assert.Equal(digest, Hashed(StorageHasher.Twox256, data));
        Assert.Equal(digest, Hashed<Twox256>(data));
        _ = name;
    }

    [Theory]
    [MemberData(nameof(Twox64Rows))]
    public void Twox64Concat_is_xxh64_then_the_key(string name, string data, string digest)
    {
        string expected = digest + data[2..];
        Assert.Equal(expected, Hashed(StorageHasher.Twox64Concat, data));
        Assert.Equal(expected, Hashed<Twox64Concat>(data));
        _ = name;
    }

    [Theory]
    [InlineData("0x")]
    [InlineData("0x3a636f6465")]
    public void Identity_is_the_key_itself(string data)
    {
        Assert.Equal(data, Hashed(StorageHasher.Identity, data));
        Assert.Equal(data, Hashed<Identity>(data));
    }

    [Theory]
    [InlineData(StorageHasher.Blake2_128Concat)]
    [InlineData(StorageHasher.Twox64Concat)]
    [InlineData(StorageHasher.Identity)]
    public void TryReverse_recovers_the_key_of_a_key_keeping_hasher(StorageHasher hasher)
    {
        byte[] key = Hex.Decode("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
        byte[] hashed = new byte[StorageHashing.HashedLength(hasher, key.Length)];
        StorageHashing.Hash(hasher, key, hashed);

        Assert.True(StorageHashing.TryReverse(hasher, hashed, out ReadOnlySpan<byte> recovered));
        Assert.Equal(key, recovered.ToArray());
    }

    [Theory]
    [InlineData(StorageHasher.Blake2_128Concat)]
    [InlineData(StorageHasher.Twox64Concat)]
    public void TryReverse_rejects_a_digest_that_does_not_match_the_key(StorageHasher hasher)
    {
        byte[] hashed = new byte[StorageHashing.HashedLength(hasher, 4)];
        StorageHashing.Hash(hasher, [1, 2, 3, 4], hashed);
        hashed[^1] ^= 1;

        Assert.False(StorageHashing.TryReverse(hasher, hashed, out _));
    }

    [Theory]
    [InlineData(StorageHasher.Blake2_128)]
    [InlineData(StorageHasher.Blake2_256)]
    [InlineData(StorageHasher.Twox128)]
    [InlineData(StorageHasher.Twox256)]
    public void TryReverse_refuses_hashers_that_drop_the_key(StorageHasher hasher)
    {
        byte[] hashed = new byte[StorageHashing.HashedLength(hasher, 4)];
        StorageHashing.Hash(hasher, [1, 2, 3, 4], hashed);

        Assert.False(StorageHashing.TryReverse(hasher, hashed, out _));
    }

    [Fact]
    public void Hash_rejects_an_output_too_short_for_the_key()
    {
        var error = Assert.Throws<ArgumentException>(() => StorageHashing.Hash(StorageHasher.Twox64Concat, new byte[4], new byte[11]));
        Assert.Contains("needs 12 bytes", error.Message);
    }

    [Fact]
    public void An_undefined_hasher_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StorageHashing.DigestLength((StorageHasher)7));
    }

    [Fact]
    public void Prefix_is_twox128_of_pallet_then_item()
    {
        Assert.Equal(TestVectors.StorageKey("System.Account prefix"), Hex.Encode(StorageHashing.Prefix("System", "Account")));
    }

    private static string Hashed(StorageHasher hasher, string data)
    {
        byte[] key = Hex.Decode(data);
        byte[] output = new byte[StorageHashing.HashedLength(hasher, key.Length)];
        Assert.Equal(output.Length, StorageHashing.Hash(hasher, key, output));
        return Hex.Encode(output);
    }

    private static string Hashed<THasher>(string data) where THasher : IStorageHasher
    {
        byte[] key = Hex.Decode(data);
        byte[] output = new byte[THasher.DigestLength + (THasher.KeepsKey ? key.Length : 0)];
        THasher.Digest(key, output.AsSpan(0, THasher.DigestLength));
        if (THasher.KeepsKey) key.CopyTo(output, THasher.DigestLength);
        return Hex.Encode(output);
    }
}
