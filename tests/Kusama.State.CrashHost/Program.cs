using System.Buffers.Binary;
using Kusama.Core;
using Kusama.Db.Rocks;
using Kusama.Trie;

namespace Kusama.State.CrashHost;

/// <summary>
/// Commits and finalizes blocks of random changes into a RocksDB state database forever, printing
/// <c>committed &lt;number&gt; &lt;hash&gt; &lt;root&gt;</c> after each block's batch is written; the crash test kills it.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 2 || !int.TryParse(args[1], out int seed))
        {
            Console.Error.WriteLine("usage: Kusama.State.CrashHost <database-path> <seed>");
            return 2;
        }
        var random = new Random(seed);
        using RocksDbStore store = RocksDbStore.Open(args[0]);
        var db = new StateDb(store, PruningMode.Constrained(8));
        FinalizedBlock head;
        if (db.Finalized is { } finalized)
        {
            head = finalized;
        }
        else
        {
            Hash256 genesis = BlockHash(0, seed);
            using StateCommit commit = db.CommitBlock(genesis, Hash256.Zero, 0, TrieRoot.Empty, RandomChanges(random, 500), StateVersion.V1);
            store.Write(commit.Batch);
            head = new FinalizedBlock(0, genesis, commit.StateRoot);
        }

        Console.Out.Flush();
        while (true)
        {
            uint number = head.Number + 1;
            Hash256 hash = BlockHash(number, seed);
            using (StateCommit commit = db.CommitBlock(hash, head.Hash, number, head.StateRoot, RandomChanges(random, 100), StateVersion.V1))
            {
                store.Write(commit.Batch);
                Console.WriteLine($"committed {number} {hash} {commit.StateRoot}");
                Console.Out.Flush();
                head = new FinalizedBlock(number, hash, commit.StateRoot);
            }
            // Every other block stays unfinalized for a while, so kills also land between commit and finality.
            if (random.Next(2) == 0)
            {
                using Kusama.Db.WriteBatch batch = db.Finalize(hash);
                store.Write(batch);
            }
        }
    }

    private static Hash256 BlockHash(uint number, int seed)
    {
        Span<byte> data = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(data, number);
        BinaryPrimitives.WriteInt32LittleEndian(data[4..], seed);
        return Kusama.Crypto.Hashing.Blake2b.Hash256(data);
    }

    private static StateChanges RandomChanges(Random random, int count)
    {
        var top = new SortedDictionary<byte[], byte[]?>(ByteArrayComparer.Instance);
        var child = new SortedDictionary<byte[], byte[]?>(ByteArrayComparer.Instance);
        for (int i = 0; i < count; i++)
        {
            // A bounded key space makes updates and deletes of existing keys common; lengths vary with the index.
            int index = random.Next(3000);
            var key = new byte[4 + index % 7];
            BinaryPrimitives.WriteInt32BigEndian(key, index * 40503);
            byte[]? value = null;
            if (random.Next(5) != 0)
            {
                value = new byte[random.Next(1, 80)];
                random.NextBytes(value);
            }
            (random.Next(10) == 0 ? child : top)[key] = value;
        }
        IReadOnlyList<KeyValuePair<byte[], IReadOnlyList<KeyValuePair<byte[], byte[]?>>>> children =
            child.Count == 0 ? [] : [new("crash"u8.ToArray(), child.ToList())];
        return new StateChanges(top.ToList(), children);
    }
}
