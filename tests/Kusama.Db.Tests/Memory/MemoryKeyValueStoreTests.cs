using Kusama.Db.Memory;

namespace Kusama.Db.Tests.Memory;

public sealed class MemoryKeyValueStoreTests : KeyValueStoreContractTests
{
    protected override IKeyValueStore CreateStore() => new MemoryKeyValueStore();
}
