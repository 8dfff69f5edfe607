using Kusama.Core;
using Kusama.Frame.Storage.Hashers;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Storage.Tests;

public class AllocationTests
{
    [Fact]
    public void Reading_a_typed_map_entry_allocates_nothing_beyond_the_storage()
    {
        var storage = new MemoryState().Storage();
        var account = new StorageMap<AccountId32, ulong, AccountId32Codec, U64Codec, Blake2_128Concat>(storage, "System", "Account", 0UL);
        var alice = AccountId32.Parse("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
        account.Set(alice, 5UL);
        ulong sum = account.Get(alice) + (account.Contains(alice) ? 1UL : 0UL);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) sum += account.Get(alice) + (account.Contains(alice) ? 1UL : 0UL);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(606UL, sum);
    }
}
