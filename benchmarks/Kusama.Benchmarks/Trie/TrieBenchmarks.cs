using BenchmarkDotNet.Attributes;
using Kusama.Core;
using Kusama.Trie;

namespace Kusama.Benchmarks.Trie;

/// <summary>Streaming roots, bulk insert + commit, and reads on the mutable trie, over random 32-byte keys and values.</summary>
[MemoryDiagnoser]
public class TrieBenchmarks
{
    private byte[][] _keys = [];
    private byte[][] _values = [];
    private Kusama.Trie.Trie _loaded = null!;

    [Params(10_000, 100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _keys = new byte[Count][];
        _values = new byte[Count][];
        for (int i = 0; i < Count; i++)
        {
            _keys[i] = new byte[32];
            _values[i] = new byte[32];
            random.NextBytes(_keys[i]);
            random.NextBytes(_values[i]);
        }
        Array.Sort(_keys, ByteArrayComparer.Instance);

        // A committed trie reopened from its store, so Get loads and decodes nodes on first touch.
        var store = new MemoryTrieNodeStore();
        var trie = new Kusama.Trie.Trie(store);
        for (int i = 0; i < Count; i++) trie.Insert(_keys[i], _values[i]);
        TrieCommit commit = trie.Commit(StateVersion.V1);
        store.Apply(commit);
        _loaded = new Kusama.Trie.Trie(store, commit.Root);
        foreach (byte[] key in _keys) _loaded.TryGet(key, out _);
    }

    [Benchmark]
    public Hash256 StreamingRoot()
    {
        using var builder = new TrieRootBuilder(StateVersion.V1);
        for (int i = 0; i < _keys.Length; i++) builder.Add(_keys[i], _values[i]);
        return builder.Finish();
    }

    [Benchmark]
    public Hash256 InsertAllAndCommit()
    {
        var trie = new Kusama.Trie.Trie(new MemoryTrieNodeStore());
        for (int i = 0; i < _keys.Length; i++) trie.Insert(_keys[i], _values[i]);
        return trie.Commit(StateVersion.V1).Root;
    }

    [Benchmark(OperationsPerInvoke = 10_000)]
    public int GetCached()
    {
        int found = 0;
        for (int i = 0; i < 10_000; i++)
        {
            if (_loaded.TryGet(_keys[(i * 7919) % _keys.Length], out ReadOnlySpan<byte> value)) found += value.Length;
        }
        return found;
    }
}
