namespace Kusama.Db;

/// <summary>The named key spaces of the node database; each is a RocksDB column family.</summary>
/// <remarks>
/// The numeric values are stored on disk (the RocksDB column family of member N is named <c>colN</c>, as in
/// Substrate's kvdb-rocksdb), so they are never renumbered or reused; a new column takes the next free value.
/// Changing what a column holds, or how its keys are encoded, needs a new <see cref="DbSchema.CurrentVersion"/>.
/// </remarks>
public enum DbColumn
{
    /// <summary>Small singletons: schema version, genesis hash, best and finalized block pointers, block-tree leaves.</summary>
    Meta = 0,

    /// <summary>Block hash (32 bytes) → SCALE-encoded header, for every imported block on any fork.</summary>
    Headers = 1,

    /// <summary>Block hash (32 bytes) → SCALE-encoded body (the extrinsics), pruned by <c>--blocks-pruning</c>.</summary>
    Bodies = 2,

    /// <summary>Block hash (32 bytes) → SCALE-encoded justifications (GRANDPA), kept for finalized blocks that carry one.</summary>
    Justifications = 3,

    /// <summary>Canonical chain index: block number (u32 big-endian, so bytewise order is numeric order) → block hash.</summary>
    BlockNumberToHash = 4,

    /// <summary>Trie node hash (32 bytes) → encoded trie node, and hash ++ 0x01 → its reference count (u32 LE); shared by all kept states.</summary>
    StateNodes = 5,

    /// <summary>Storage key → value of the latest canonical state, so reads skip the trie walk.</summary>
    StateFlat = 6,

    /// <summary>State pruning journal: per block, the trie nodes it inserted and the ones it made unreachable.</summary>
    StateJournal = 7,

    /// <summary>Consensus auxiliary data keyed by the engine's own keys: BABE epochs, GRANDPA authority set and voter state.</summary>
    Aux = 8,

    /// <summary>Offchain worker local storage (persistent kind), keyed by prefix and key as offchain workers write them.</summary>
    Offchain = 9,
}
