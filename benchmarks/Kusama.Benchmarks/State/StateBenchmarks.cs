using BenchmarkDotNet.Attributes;
using Kusama.Core;
using Kusama.Db.Rocks;
using Kusama.State;
using Kusama.Trie;

namespace Kusama.Benchmarks.State;

/// <summary>
/// The state targets: one-pass root of 1M random 32-byte pairs (≤ 3 s), 10k random updates on a 1M-key state committed to
/// RocksDB (≤ 250 ms), and random reads through the flat snapshot (≤ 2 µs) against reads through the trie.
/// </summary>
[MemoryDiagnoser]
public class StateBenchmarks
{
    private const int Reads = 1000;

    private KeyValuePair<byte[], byte[]?>[] _pairs = [];
    private string _path = "";
    private RocksDbStore _store = null!;
    private StateDb _db = null!;
    private Hash256 _genesis;
    private Hash256 _genesisRoot;
    private StateChanges[] _updates = [];
    private byte[][] _probes = [];
    private StateView _flat = null!;
    private StateView _trie = null!;
    private uint _fork;

    [Params(1_000_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _pairs = new KeyValuePair<byte[], byte[]?>[Entries];
        for (int i = 0; i < Entries; i++)
        {
            var key = new byte[32];
            var value = new byte[32];
            random.NextBytes(key);
            random.NextBytes(value);
            _pairs[i] = new(key, value);
        }
        Array.Sort(_pairs, static (a, b) => a.Key.AsSpan().SequenceCompareTo(b.Key));

        _path = Path.Combine(Path.GetTempPath(), "kusama-state-bdn-" + Guid.NewGuid().ToString("N"));
        _store = RocksDbStore.Open(_path);
        _db = new StateDb(_store);
        _genesis = Hash(0, 0);
        using (StateCommit commit = _db.CommitBlock(_genesis, Hash256.Zero, 0, TrieRoot.Empty, new StateChanges(_pairs, []), StateVersion.V1))
        {
            _store.Write(commit.Batch);
            _genesisRoot = commit.StateRoot;
        }
        _store.Flush();

        _updates = new StateChanges[8];
        for (int u = 0; u < _updates.Length; u++)
        {
            var changes = new SortedDictionary<byte[], byte[]?>(ByteArrayComparer.Instance);
            while (changes.Count < 10_000)
            {
                var value = new byte[32];
                random.NextBytes(value);
                changes[_pairs[random.Next(Entries)].Key] = value;
            }
            _updates[u] = new StateChanges(changes.ToList(), []);
        }

        _probes = new byte[Reads][];
        for (int i = 0; i < Reads; i++) _probes[i] = _pairs[random.Next(Entries)].Key;
        _flat = _db.GetState(_genesis);
        _trie = _db.OpenTrieAt(_genesisRoot);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _flat.Dispose();
        _trie.Dispose();
        _store.Dispose();
        Directory.Delete(_path, recursive: true);
    }

    [Benchmark(Description = "root of 1M random pairs (streaming)")]
    public Hash256 StreamingRoot()
    {
        using var builder = new TrieRootBuilder(StateVersion.V1);
        foreach (KeyValuePair<byte[], byte[]?> pair in _pairs) builder.Add(pair.Key, pair.Value);
        return builder.Finish();
    }

    /// <summary>Each invocation commits a new fork of genesis, so every one does the same work on the same 1M-key state.</summary>
    [Benchmark(Description = "10k random updates + commit to RocksDB")]
    public Hash256 CommitUpdates()
    {
        uint fork = ++_fork;
        using StateCommit commit = _db.CommitBlock(Hash(1, fork), _genesis, 1, _genesisRoot, _updates[fork % _updates.Length], StateVersion.V1);
        _store.Write(commit.Batch);
        return commit.StateRoot;
    }

    [Benchmark(Description = "random read, flat snapshot", OperationsPerInvoke = Reads)]
    public int FlatRead()
    {
        int found = 0;
        foreach (byte[] key in _probes) found += _flat.Get(key) is null ? 0 : 1;
        return found;
    }

    [Benchmark(Description = "random read, trie", OperationsPerInvoke = Reads)]
    public int TrieRead()
    {
        int found = 0;
        foreach (byte[] key in _probes) found += _trie.Get(key) is null ? 0 : 1;
        return found;
    }

    private static Hash256 Hash(uint number, uint fork)
    {
        Span<byte> data = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(data, number);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(data[4..], fork);
        return Kusama.Crypto.Hashing.Blake2b.Hash256(data);
    }
}
