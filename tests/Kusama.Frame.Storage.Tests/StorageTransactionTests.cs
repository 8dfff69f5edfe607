using Kusama.Frame.Storage.Hashers;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Storage.Tests;

public class StorageTransactionTests
{
    private readonly OverlayStorage _storage = new MemoryState().Storage();

    [Fact]
    public void A_rolled_back_transaction_undoes_typed_writes()
    {
        var map = new CountedStorageMap<uint, ulong, U32Codec, U64Codec, Blake2_128Concat>(_storage, "Test", "Counted");
        var number = new StorageValue<uint, U32Codec>(_storage, "System", "Number", 0u);
        map.Set(1u, 1UL);
        number.Set(1u);

        _storage.StartTransaction();
        map.Set(2u, 2UL);
        map.Remove(1u);
        number.Set(2u);
        _storage.RollbackTransaction();

        Assert.Equal(1u, number.Get());
        Assert.Equal(1u, map.Count);
        Assert.Equal(1UL, map.Get(1u));
        Assert.False(map.Contains(2u));
    }

    [Fact]
    public void A_committed_inner_transaction_is_still_undone_by_an_outer_rollback()
    {
        var number = new StorageValue<uint, U32Codec>(_storage, "System", "Number", 0u);

        _storage.StartTransaction();
        _storage.StartTransaction();
        number.Set(5u);
        _storage.CommitTransaction();
        Assert.Equal(5u, number.Get());
        _storage.RollbackTransaction();

        Assert.False(number.Exists());
    }
}
