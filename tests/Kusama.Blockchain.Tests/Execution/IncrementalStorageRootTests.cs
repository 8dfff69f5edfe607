using Kusama.Blockchain.Execution;
using Kusama.Core;
using Kusama.Db.Memory;
using Kusama.Frame.RuntimeApis;
using Kusama.Frame.Storage;
using Kusama.State;
using Kusama.Trie;

namespace Kusama.Blockchain.Tests.Execution;

public sealed class IncrementalStorageRootTests
{
    [Theory]
    [InlineData(StateVersion.V0)]
    [InlineData(StateVersion.V1)]
    public void The_incremental_root_equals_the_scanning_root_on_random_changes_with_deletions(StateVersion version)
    {
        var store = new MemoryKeyValueStore();
        var state = new StateDb(store);
        var random = new Random(3);
        var genesis = new List<KeyValuePair<byte[], byte[]?>>();
        for (int i = 0; i < 500; i++) genesis.Add(new(Key(random), Value(random)));
        StateChanges genesisChanges = StateChanges.FromTop(genesis);
        using (StateCommit commit = state.CommitBlock(Hash256.Zero, Hash256.Zero, 0, TrieRoot.Empty, genesisChanges, version))
            store.Write(commit.Batch);
        Hash256 root = state.Finalized!.Value.StateRoot;

        using StateView view = state.OpenAt(root);
        var overlay = new StorageOverlay(view);
        var storage = new OverlayStorage(overlay);
        var incremental = new IncrementalStorageRoot(state, overlay, root);
        for (int round = 0; round < 5; round++)
        {
            for (int i = 0; i < 40; i++)
            {
                byte[] existing = genesisChanges.Top[random.Next(genesisChanges.Top.Count)].Key;
                if (random.Next(3) == 0) storage.Delete(existing);
                else storage.Set(random.Next(2) == 0 ? existing : Key(random), Value(random));
            }
            Hash256 expected = ScanningStorageRoot.Instance.Calculate(storage, version);
            Assert.Equal(expected, incremental.Calculate(storage, version));
            Assert.NotNull(incremental.Prepared);
        }
        storage.Set([1, 2, 3], [4]);
        Assert.Null(incremental.Prepared);
    }

    private static byte[] Key(Random random)
    {
        byte[] key = new byte[random.Next(1, 40)];
        random.NextBytes(key);
        return key;
    }

    private static byte[] Value(Random random)
    {
        byte[] value = new byte[random.Next(1, 70)];
        random.NextBytes(value);
        return value;
    }
}
