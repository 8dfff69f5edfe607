using Kusama.Core;
using Kusama.Frame.Storage.Hashers;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Storage.Tests;

public class StorageMapTests
{
    private readonly MemoryState _state = new();
    private readonly OverlayStorage _storage;

    public StorageMapTests() => _storage = _state.Storage();

    [Fact]
    public void A_value_query_map_reads_its_default_for_an_absent_key()
    {
        var map = new StorageMap<uint, ulong, U32Codec, U64Codec, Twox64Concat>(_storage, "Test", "Map", 11UL);

        Assert.Equal(11UL, map.Get(1u));
        Assert.False(map.Contains(1u));
        Assert.False(map.TryGet(1u, out _));
    }

    [Fact]
    public void An_option_query_map_reads_what_was_set_and_nothing_after_remove()
    {
        var map = new StorageMap<uint, ulong, U32Codec, U64Codec, Blake2_128Concat>(_storage, "Test", "Map");
        map.Set(1u, 100UL);

        Assert.Equal(Option<ulong>.Some(100UL), map.GetOption(1u));
        map.Remove(1u);
        Assert.Equal(Option<ulong>.None, map.GetOption(1u));
    }

    [Fact]
    public void TryTake_returns_the_old_value_once()
    {
        var map = new StorageMap<uint, ulong, U32Codec, U64Codec, Twox64Concat>(_storage, "Test", "Map");
        map.Set(1u, 5UL);

        Assert.True(map.TryTake(1u, out ulong taken));
        Assert.Equal(5UL, taken);
        Assert.False(map.TryTake(1u, out _));
    }

    [Fact]
    public void TryMutateExists_creates_updates_and_deletes()
    {
        var map = new StorageMap<uint, ulong, U32Codec, U64Codec, Twox64Concat>(_storage, "Test", "Map");
        StorageMutation<Option<ulong>, ulong> addOrDelete = static (ref Option<ulong> value, ulong add) =>
        {
            ulong next = value.ValueOr(0) + add;
            value = next >= 10 ? Option<ulong>.None : Option<ulong>.Some(next);
            return true;
        };

        map.TryMutateExists(1u, 4UL, addOrDelete);
        Assert.Equal(4UL, map.Get(1u));
        map.TryMutateExists(1u, 6UL, addOrDelete);
        Assert.False(map.Contains(1u));
    }

    [Fact]
    public void A_rejected_mutation_leaves_the_value_unchanged()
    {
        var map = new StorageMap<uint, ulong, U32Codec, U64Codec, Twox64Concat>(_storage, "Test", "Map", 0UL);
        map.Set(1u, 3UL);

        bool written = map.TryMutate(1u, 100UL, static (ref ulong value, ulong amount) =>
        {
            if (value < amount) return false;
            value -= amount;
            return true;
        });

        Assert.False(written);
        Assert.Equal(3UL, map.Get(1u));
    }

    [Fact]
    public void Append_adds_to_the_vector_at_a_key()
    {
        var map = new StorageMap<uint, uint[], U32Codec, VecCodec<uint, U32Codec>, Twox64Concat>(_storage, "Test", "Lists", []);

        map.Append<uint, U32Codec>(7u, 1u);
        map.Append<uint, U32Codec>(7u, 2u);

        Assert.Equal(new uint[] { 1, 2 }, map.Get(7u));
        Assert.Empty(map.Get(8u));
    }

    [Fact]
    public void Iteration_recovers_every_key_from_concat_hashers()
    {
        var map = new StorageMap<uint, ulong, U32Codec, U64Codec, Blake2_128Concat>(_storage, "Test", "Map");
        var other = new StorageMap<uint, ulong, U32Codec, U64Codec, Blake2_128Concat>(_storage, "Test", "Other");
        for (uint i = 0; i < 20; i++) map.Set(i, i * 10UL);
        other.Set(99u, 1UL);

        var entries = map.Iterate().ToDictionary(e => e.Key, e => e.Value);

        Assert.Equal(20, entries.Count);
        for (uint i = 0; i < 20; i++) Assert.Equal(i * 10UL, entries[i]);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => (uint)i).Order(), map.IterateKeys().Order());
    }

    [Fact]
    public void Iteration_sees_backend_and_overlay_entries_together_in_key_order()
    {
        var map = new StorageMap<uint, ulong, U32Codec, U64Codec, Identity>(_state.Storage(), "Test", "Map");
        _state.Put(map.HashedKey(1u), [1, 0, 0, 0, 0, 0, 0, 0]);
        _state.Put(map.HashedKey(3u), [3, 0, 0, 0, 0, 0, 0, 0]);
        var storage = _state.Storage();
        var overlayMap = new StorageMap<uint, ulong, U32Codec, U64Codec, Identity>(storage, "Test", "Map");
        overlayMap.Set(2u, 2UL);
        overlayMap.Remove(3u);

        Assert.Equal(new[] { new KeyValuePair<uint, ulong>(1u, 1UL), new KeyValuePair<uint, ulong>(2u, 2UL) }, overlayMap.Iterate().ToArray());
    }

    [Fact]
    public void Iterating_keys_of_a_hasher_that_drops_them_is_refused_but_values_work()
    {
        var map = new StorageMap<uint, ulong, U32Codec, U64Codec, Blake2_256>(_storage, "Test", "Map");
        map.Set(1u, 5UL);

        var error = Assert.Throws<InvalidOperationException>(() => map.Iterate().ToArray());
        Assert.Contains("Blake2_256", error.Message);
        Assert.Equal(new[] { 5UL }, map.IterateValues().ToArray());
    }

    [Fact]
    public void Clear_with_a_limit_returns_a_cursor_that_resumes()
    {
        var probe = new StorageMap<uint, ulong, U32Codec, U64Codec, Twox64Concat>(_storage, "Test", "Map");
        for (uint i = 0; i < 5; i++) _state.Put(probe.HashedKey(i), new byte[8]);
        var map = new StorageMap<uint, ulong, U32Codec, U64Codec, Twox64Concat>(_state.Storage(), "Test", "Map");

        var first = map.Clear(limit: 2);
        Assert.Equal(2u, first.Unique);
        Assert.NotNull(first.Cursor);
        Assert.Equal(3, map.IterateValues().Count());

        var second = map.Clear(limit: 10, cursor: first.Cursor);
        Assert.True(second.Complete);
        Assert.Equal(3u, second.Unique);
        Assert.Empty(map.IterateValues());
    }

    [Fact]
    public void Clear_leaves_other_items_of_the_pallet_alone()
    {
        var map = new StorageMap<uint, ulong, U32Codec, U64Codec, Twox64Concat>(_storage, "Test", "Map");
        var other = new StorageValue<uint, U32Codec>(_storage, "Test", "Count");
        map.Set(1u, 1UL);
        other.Set(4u);

        map.Clear();

        Assert.False(map.Contains(1u));
        Assert.Equal(4u, other.Get());
    }

    [Fact]
    public void Keys_longer_than_the_stack_buffer_round_trip()
    {
        var map = new StorageMap<byte[], ulong, BytesCodec, U64Codec, Blake2_128Concat>(_storage, "Test", "Long");
        byte[] key = Enumerable.Range(0, 600).Select(i => (byte)i).ToArray();
        map.Set(key, 42UL);

        Assert.Equal(42UL, map.Get(key));
        Assert.Equal(key, Assert.Single(map.IterateKeys()));
    }
}
