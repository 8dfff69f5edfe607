namespace Kusama.State;

/// <summary>The measurements of one <see cref="StateBenchmark.Run"/>.</summary>
/// <param name="Entries">Key/value pairs in the state.</param>
/// <param name="Root">One-pass root of the sorted pairs (streaming, no store).</param>
/// <param name="Genesis">Committing the whole state as genesis into RocksDB (trie build, node and flat writes).</param>
/// <param name="Updates">Random updates applied in the measured block.</param>
/// <param name="UpdateCommit">CommitBlock of the updates plus writing its batch, with the trie node cache as a running node has it.</param>
/// <param name="UpdateCommitUncached">The same for other random updates with no node cache (every trie node read from RocksDB).</param>
/// <param name="Finalize">Finalizing that block (flat snapshot update, pruning) plus writing its batch.</param>
/// <param name="FlatRead">Mean time of one random read through the flat snapshot (finalized-state value cache warm).</param>
/// <param name="FlatReadUncached">The same reads straight from RocksDB's flat column (block cache warm, no value cache).</param>
/// <param name="TrieReadCold">Mean time of one random read through a freshly opened trie view (nodes loaded from RocksDB).</param>
/// <param name="TrieReadWarm">Mean time of one random read through the same trie view once its nodes are loaded.</param>
public sealed record StateBenchmarkResult(
    int Entries,
    TimeSpan Root,
    TimeSpan Genesis,
    int Updates,
    TimeSpan UpdateCommit,
    TimeSpan UpdateCommitUncached,
    TimeSpan Finalize,
    TimeSpan FlatRead,
    TimeSpan FlatReadUncached,
    TimeSpan TrieReadCold,
    TimeSpan TrieReadWarm);
