using Kusama.Frame.Storage.Hashers;
using Kusama.Core;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Storage.Tests;

public class CountedStorageMapTests
{
    private readonly MemoryState _state = new();

    [Fact]
    public void The_counter_follows_inserts_overwrites_and_removals()
    {
        var map = new CountedStorageMap<uint, ulong, U32Codec, U64Codec, Twox64Concat>(_state.Storage(), "Test", "Counted");

        map.Set(1u, 1UL);
        map.Set(2u, 2UL);
        map.Set(2u, 3UL);
        Assert.Equal(2u, map.Count);

        map.Remove(1u);
        map.Remove(1u);
        Assert.Equal(1u, map.Count);

        Assert.True(map.TryTake(2u, out ulong taken));
        Assert.Equal(3UL, taken);
        Assert.Equal(0u, map.Count);
    }

    [Fact]
    public void Mutations_that_create_or_delete_keys_adjust_the_counter()
    {
        var map = new CountedStorageMap<uint, ulong, U32Codec, U64Codec, Twox64Concat>(_state.Storage(), "Test", "Counted", 0UL);

        map.TryMutate(1u, 5UL, static (ref ulong value, ulong add) => { value += add; return true; });
        map.TryMutate(1u, 5UL, static (ref ulong value, ulong add) => { value += add; return true; });
        Assert.Equal(1u, map.Count);
        Assert.Equal(10UL, map.Get(1u));

        map.TryMutateExists(1u, 0, static (ref Option<ulong> value, int _) => { value = Option<ulong>.None; return true; });
        Assert.Equal(0u, map.Count);
        map.TryMutateExists(2u, 0, static (ref Option<ulong> value, int _) => { value = Option<ulong>.Some(1); return true; });
        Assert.Equal(1u, map.Count);
    }

    [Fact]
    public void The_counter_is_stored_as_a_u32_under_CounterFor_name()
    {
        var storage = _state.Storage();
        var map = new CountedStorageMap<uint, ulong, U32Codec, U64Codec, Twox64Concat>(storage, "Test", "Counted");
        map.Set(1u, 1UL);

        Assert.Equal(new byte[] { 1, 0, 0, 0 }, storage.Get(StorageHashing.Prefix("Test", "CounterForCounted")));
    }

    [Fact]
    public void A_limited_clear_reduces_the_counter_and_a_complete_clear_deletes_it()
    {
        var probe = new CountedStorageMap<uint, ulong, U32Codec, U64Codec, Twox64Concat>(_state.Storage(), "Test", "Counted");
        for (uint i = 0; i < 5; i++) _state.Put(probe.HashedKey(i), new byte[8]);
        _state.Put(StorageHashing.Prefix("Test", "CounterForCounted"), [5, 0, 0, 0]);
        var map = new CountedStorageMap<uint, ulong, U32Codec, U64Codec, Twox64Concat>(_state.Storage(), "Test", "Counted");

        var partial = map.Clear(limit: 3);
        Assert.Equal(2u, map.Count);

        var rest = map.Clear(cursor: partial.Cursor);
        Assert.True(rest.Complete);
        Assert.False(map.Counter.Exists());
        Assert.Empty(map.Iterate());
    }
}
