using Kusama.Core;
using Kusama.Frame.Storage.Hashers;
using Kusama.Scale.Codecs;
using TripleKeys = Kusama.Frame.Storage.NMapKeys<uint, uint, ulong,
    Kusama.Frame.Storage.NMapKey<uint, Kusama.Scale.Codecs.U32Codec, Kusama.Frame.Storage.Hashers.Twox64Concat>,
    Kusama.Frame.Storage.NMapKey<uint, Kusama.Scale.Codecs.U32Codec, Kusama.Frame.Storage.Hashers.Blake2_128Concat>,
    Kusama.Frame.Storage.NMapKey<ulong, Kusama.Scale.Codecs.U64Codec, Kusama.Frame.Storage.Hashers.Identity>>;
using FirstKey = Kusama.Frame.Storage.NMapKey<uint, Kusama.Scale.Codecs.U32Codec, Kusama.Frame.Storage.Hashers.Twox64Concat>;

namespace Kusama.Frame.Storage.Tests;

public class StorageDoubleMapTests
{
    private readonly OverlayStorage _storage = new MemoryState().Storage();

    [Fact]
    public void A_double_map_reads_back_each_pair_separately()
    {
        var map = new StorageDoubleMap<uint, AccountId32, ulong, U32Codec, AccountId32Codec, U64Codec, Twox64Concat, Blake2_128Concat>(_storage, "Test", "Double", 0UL);
        var alice = AccountId32.Parse("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
        map.Set(1u, alice, 10UL);
        map.Set(2u, alice, 20UL);

        Assert.Equal(10UL, map.Get(1u, alice));
        Assert.Equal(20UL, map.Get(2u, alice));
        Assert.Equal(0UL, map.Get(3u, alice));
        map.Remove(1u, alice);
        Assert.False(map.Contains(1u, alice));
        Assert.True(map.Contains(2u, alice));
    }

    [Fact]
    public void IteratePrefix_yields_only_the_second_keys_under_the_first()
    {
        var map = new StorageDoubleMap<uint, uint, ulong, U32Codec, U32Codec, U64Codec, Twox64Concat, Twox64Concat>(_storage, "Test", "Double");
        for (uint i = 0; i < 4; i++) map.Set(7u, i, i);
        map.Set(8u, 100u, 1UL);

        var under7 = map.IteratePrefix(7u).OrderBy(e => e.Key).ToArray();

        Assert.Equal(new uint[] { 0, 1, 2, 3 }, under7.Select(e => e.Key));
        Assert.Equal(new ulong[] { 0, 1, 2, 3 }, under7.Select(e => e.Value));
        Assert.Equal(5, map.Iterate().Count());
    }

    [Fact]
    public void ClearPrefix_removes_one_first_key_only()
    {
        var map = new StorageDoubleMap<uint, uint, ulong, U32Codec, U32Codec, U64Codec, Twox64Concat, Twox64Concat>(_storage, "Test", "Double");
        for (uint i = 0; i < 4; i++) map.Set(7u, i, i);
        map.Set(8u, 100u, 1UL);

        var result = map.ClearPrefix(7u);

        Assert.True(result.Complete);
        Assert.Equal(4u, result.Unique);
        Assert.Equal((8u, 100u), Assert.Single(map.IterateKeys()));
    }

    [Fact]
    public void A_three_key_map_recovers_all_keys_and_filters_by_a_partial_key()
    {
        var map = new StorageNMap<(uint, uint, ulong), ulong, TripleKeys, U64Codec>(_storage, "Test", "Triple");
        map.Set((1u, 2u, 3UL), 6UL);
        map.Set((1u, 5u, 9UL), 15UL);
        map.Set((2u, 2u, 3UL), 7UL);

        Assert.Equal(6UL, map.Get((1u, 2u, 3UL)));
        Assert.Equal(
            new[] { (1u, 2u, 3UL), (1u, 5u, 9UL), (2u, 2u, 3UL) },
            map.IterateKeys().Order().ToArray());
        Assert.Equal(
            new[] { (1u, 2u, 3UL), (1u, 5u, 9UL) },
            map.IteratePrefix<uint, FirstKey>(1u).Select(e => e.Key).Order().ToArray());

        map.ClearPrefix<uint, FirstKey>(1u);
        Assert.Equal((2u, 2u, 3UL), Assert.Single(map.IterateKeys()));
    }

    [Fact]
    public void A_three_key_map_key_is_the_prefix_then_each_hashed_key()
    {
        var map = new StorageNMap<(uint, uint, ulong), ulong, TripleKeys, U64Codec>(_storage, "Test", "Triple");

        byte[] key = map.HashedKey((1u, 2u, 3UL));

        // 32 prefix + (8 + 4) Twox64Concat + (16 + 4) Blake2_128Concat + 8 Identity
        Assert.Equal(32 + 12 + 20 + 8, key.Length);
        Assert.Equal(new byte[] { 3, 0, 0, 0, 0, 0, 0, 0 }, key[^8..]);
        Assert.Equal(new byte[] { 1, 0, 0, 0 }, key[40..44]);
        Assert.Equal(new byte[] { 2, 0, 0, 0 }, key[60..64]);
    }
}
