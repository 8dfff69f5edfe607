using Kusama.Core;
using Kusama.Db.Rocks;

namespace Kusama.State.Tests;

public class RestartTests
{
    [Fact]
    public void Reopening_a_RocksDB_store_resumes_with_the_same_finalized_root_and_window()
    {
        string path = Path.Combine(Path.GetTempPath(), "kusama-state-restart-" + Guid.NewGuid().ToString("N"));
        try
        {
            var random = new Random(9);
            TestChain chain;
            var hashes = new List<Hash256>();
            Hash256 unfinalized;
            using (RocksDbStore store = RocksDbStore.Open(path))
            {
                chain = new TestChain(store, PruningMode.Constrained(5));
                Hash256 head = chain.Genesis(new StateModel().RandomChanges(random, 200));
                hashes.Add(head);
                for (int i = 0; i < 12; i++)
                {
                    head = chain.Commit(head, 0, chain.Blocks[head].Model.RandomChanges(random, 20));
                    chain.Finalize(head);
                    hashes.Add(head);
                }
                unfinalized = chain.Commit(head, 0, chain.Blocks[head].Model.RandomChanges(random, 20));
            }

            using (RocksDbStore store = RocksDbStore.Open(path))
            {
                var reopened = new TestChain(store, null);
                foreach (var block in chain.Blocks) reopened.Blocks[block.Key] = block.Value;
                Assert.Equal(PruningMode.Constrained(5), reopened.Db.Mode);
                FinalizedBlock finalized = reopened.Db.Finalized!.Value;
                Assert.Equal(12u, finalized.Number);
                Assert.Equal(hashes[12], finalized.Hash);
                Assert.Equal(chain.Blocks[hashes[12]].Root, finalized.StateRoot);
                Assert.Throws<StateDiscardedException>(() => reopened.Db.GetState(hashes[7]));
                for (int i = 8; i <= 12; i++) reopened.AssertState(hashes[i]);
                reopened.AssertState(unfinalized);

                // Pruning carries on from the persisted window.
                reopened.Finalize(unfinalized);
                Assert.Throws<StateDiscardedException>(() => reopened.Db.GetState(hashes[8]));
                reopened.AssertState(hashes[9]);
                reopened.AssertState(unfinalized);
            }
        }
        finally
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
    }
}
