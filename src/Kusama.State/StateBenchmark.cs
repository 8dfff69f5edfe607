using System.Diagnostics;
using System.Globalization;
using Kusama.Core;
using Kusama.Db.Rocks;
using Kusama.Trie;

namespace Kusama.State;

/// <summary>
/// The state benchmarks behind <c>kusama benchmark state</c>: one-pass root of random 32-byte pairs, random updates on a
/// large state committed to RocksDB, and random reads through the flat snapshot versus the trie.
/// </summary>
public static class StateBenchmark
{
    /// <summary>Runs the three measurements in a fresh database under <paramref name="tempDir"/> (removed afterwards) and prints them.</summary>
    public static StateBenchmarkResult Run(TextWriter output, string tempDir, int entries = 1_000_000, int updates = 10_000, int reads = 100_000, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(tempDir);
        ArgumentOutOfRangeException.ThrowIfLessThan(entries, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(updates);
        ArgumentOutOfRangeException.ThrowIfLessThan(reads, 1);

        var random = new Random(seed);
        var pairs = new KeyValuePair<byte[], byte[]?>[entries];
        for (int i = 0; i < entries; i++)
        {
            var key = new byte[32];
            var value = new byte[32];
            random.NextBytes(key);
            random.NextBytes(value);
            pairs[i] = new(key, value);
        }
        Array.Sort(pairs, static (a, b) => a.Key.AsSpan().SequenceCompareTo(b.Key));

        Settle();
        var watch = Stopwatch.StartNew();
        Hash256 root;
        using (var builder = new TrieRootBuilder(StateVersion.V1))
        {
            foreach (KeyValuePair<byte[], byte[]?> pair in pairs) builder.Add(pair.Key, pair.Value);
            root = builder.Finish();
        }
        TimeSpan rootTime = watch.Elapsed;
        Line(output, $"root of {entries:N0} random 32-byte pairs (streaming): {Ms(rootTime)} ({root.ToShortString()})");

        string path = Path.Combine(tempDir, "kusama-state-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            using RocksDbStore store = RocksDbStore.Open(path);
            var db = new StateDb(store, PruningMode.Default);
            Hash256 genesis = BlockHash(0);
            watch.Restart();
            Hash256 genesisRoot;
            using (StateCommit commit = db.CommitBlock(genesis, Hash256.Zero, 0, TrieRoot.Empty, new StateChanges(pairs, []), StateVersion.V1))
            {
                store.Write(commit.Batch);
                genesisRoot = commit.StateRoot;
            }
            TimeSpan genesisTime = watch.Elapsed;
            if (genesisRoot != root) throw new InvalidOperationException($"the committed root {genesisRoot} differs from the one-pass root {root}");
            Line(output, $"commit {entries:N0}-entry genesis to RocksDB: {Ms(genesisTime)}");
            store.Flush();

            // A node without its trie cache (just restarted): every node on the updated paths comes from RocksDB.
            var uncached = new StateDb(store, nodeCacheBytes: 0, valueCacheEntries: 0);
            Settle();
            watch.Restart();
            using (StateCommit commit = uncached.CommitBlock(BlockHash(1_000_001), genesis, 1, genesisRoot, RandomUpdates(random, pairs, updates), StateVersion.V1))
            {
                store.Write(commit.Batch);
            }
            TimeSpan uncachedTime = watch.Elapsed;

            StateChanges changes = RandomUpdates(random, pairs, updates);
            Hash256 block = BlockHash(1);
            Settle();
            TimeSpan pausedBefore = GC.GetTotalPauseDuration();
            int gen2Before = GC.CollectionCount(2);
            watch.Restart();
            TimeSpan buildTime;
            using (StateCommit commit = db.CommitBlock(block, genesis, 1, genesisRoot, changes, StateVersion.V1))
            {
                buildTime = watch.Elapsed;
                store.Write(commit.Batch);
            }
            TimeSpan commitTime = watch.Elapsed;
            TimeSpan paused = GC.GetTotalPauseDuration() - pausedBefore;
            Line(output, $"{changes.Top.Count:N0} random updates + commit to RocksDB: {Ms(commitTime)} ({Ms(buildTime)} to build the batch, {Ms(paused)} GC pauses, {GC.CollectionCount(2) - gen2Before} gen2; trie node cache warm), {Ms(uncachedTime)} with no node cache");

            Settle();
            watch.Restart();
            using (Kusama.Db.WriteBatch batch = db.Finalize(block))
            {
                store.Write(batch);
            }
            TimeSpan finalizeTime = watch.Elapsed;
            Line(output, $"finalize (flat snapshot update): {Ms(finalizeTime)}");

            var probes = new byte[reads][];
            for (int i = 0; i < reads; i++) probes[i] = pairs[random.Next(entries)].Key;

            TimeSpan flatRead;
            using (StateView flat = db.GetState(block))
            {
                if (!flat.IsFlat) throw new InvalidOperationException("the finalized state did not open on the flat snapshot");
                ReadAll(flat, probes, reads); // warm RocksDB's block cache as a running node has it
                watch.Restart();
                ReadAll(flat, probes, reads);
                flatRead = watch.Elapsed / reads;
            }
            TimeSpan flatReadUncached;
            using (StateView flat = uncached.GetState(block))
            {
                watch.Restart();
                ReadAll(flat, probes, reads);
                flatReadUncached = watch.Elapsed / reads;
            }
            Line(output, $"random read through the flat snapshot: {Us(flatRead)} (value cache), {Us(flatReadUncached)} straight from RocksDB");

            TimeSpan cold, warm;
            using (StateView trie = db.OpenTrieAt(db.Finalized!.Value.StateRoot))
            {
                watch.Restart();
                ReadAll(trie, probes, reads);
                cold = watch.Elapsed / reads;
                watch.Restart();
                ReadAll(trie, probes, reads);
                warm = watch.Elapsed / reads;
            }
            Line(output, $"random read through the trie: {Us(cold)} first touch, {Us(warm)} with nodes loaded");
            return new StateBenchmarkResult(entries, rootTime, genesisTime, changes.Top.Count, commitTime, uncachedTime, finalizeTime, flatRead, flatReadUncached, cold, warm);
        }
        finally
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
    }

    /// <summary>Collects the setup's garbage first, so a measurement does not pay for the gigabyte of test data built before it.</summary>
    private static void Settle()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private static StateChanges RandomUpdates(Random random, KeyValuePair<byte[], byte[]?>[] pairs, int updates)
    {
        var changes = new List<KeyValuePair<byte[], byte[]?>>(updates);
        var seen = new HashSet<int>();
        while (changes.Count < updates && seen.Count < pairs.Length)
        {
            int index = random.Next(pairs.Length);
            if (!seen.Add(index)) continue;
            var value = new byte[32];
            random.NextBytes(value);
            changes.Add(new(pairs[index].Key, value));
        }
        changes.Sort(static (a, b) => a.Key.AsSpan().SequenceCompareTo(b.Key));
        return new StateChanges(changes, []);
    }

    private static void ReadAll(StateView view, byte[][] probes, int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (view.Get(probes[i]) is null) throw new InvalidOperationException("a key of the benchmark state read back as absent");
        }
    }

    private static Hash256 BlockHash(uint number)
    {
        Span<byte> data = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(data, number);
        return Crypto.Hashing.Blake2b.Hash256(data);
    }

    private static void Line(TextWriter output, string text) => output.WriteLine(text);

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms";

    private static string Us(TimeSpan time) => (time.TotalMilliseconds * 1000).ToString("F2", CultureInfo.InvariantCulture) + " µs";
}
