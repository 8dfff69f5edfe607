using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Genesis;
using Kusama.Core;
using Kusama.Db;
using Kusama.Frame.Primitives;
using Kusama.Scale;
using Kusama.State;
using Kusama.Trie;

namespace Kusama.Blockchain.Blocks;

/// <summary>
/// The chain as this node knows it (sc-client-db's blockchain backend): headers, bodies and justifications of every
/// imported block, the forks not yet ruled out (leaves), the best block (longest chain; the first seen wins a tie) and
/// the finalized block. A block's header, body, state changes and the new pointers are written in one atomic batch, so
/// a crash leaves the database at the last written block. Reads are thread-safe; writes are serialized.
/// </summary>
public sealed partial class BlockTree
{
    private readonly IKeyValueStore _db;
    private readonly Lock _lock = new();
    // Headers of the blocks above the finalized one, plus the finalized head: what fork choice and tree routes walk.
    private readonly Dictionary<Hash256, Header> _unfinalized = [];
    private List<BlockInfo> _leaves;
    private BlockInfo _best;
    private BlockInfo _finalized;

    private BlockTree(IKeyValueStore db, StateDb state, BlocksPruning pruning, Hash256 genesis)
    {
        _db = db;
        State = state;
        Pruning = pruning;
        Genesis = genesis;
        _best = BlockTreeMeta.DecodeInfo(db.Get(DbColumn.Meta, BlockTreeMeta.BestKey) ?? throw Damaged("best block"));
        _finalized = BlockTreeMeta.DecodeInfo(db.Get(DbColumn.Meta, BlockTreeMeta.FinalizedKey) ?? throw Damaged("finalized block"));
        _leaves = BlockTreeMeta.DecodeLeaves(db.Get(DbColumn.Meta, BlockTreeMeta.LeavesKey) ?? throw Damaged("leaves"));
        _unfinalized[_finalized.Hash] = ReadHeader(_finalized.Hash) ?? throw Damaged($"header of the finalized block {_finalized}");
        foreach (BlockInfo leaf in _leaves)
        {
            Hash256 current = leaf.Hash;
            while (!_unfinalized.ContainsKey(current))
            {
                Header header = ReadHeader(current) ?? throw Damaged($"header of block {current}");
                if (header.Number <= _finalized.Number) break;
                _unfinalized[current] = header;
                current = header.ParentHash;
            }
        }
    }

    /// <summary>Raised after a block is imported (on the importing thread; handlers must be quick and must not throw).</summary>
    public event Action<BlockImportNotification>? BlockImported;

    /// <summary>Raised after blocks are finalized (on the finalizing thread; handlers must be quick and must not throw).</summary>
    public event Action<FinalityNotification>? Finalized;

    /// <summary>The state of every kept block.</summary>
    public StateDb State { get; }

    /// <summary>Which bodies are kept.</summary>
    public BlocksPruning Pruning { get; }

    /// <summary>The genesis block's hash.</summary>
    public Hash256 Genesis { get; }

    /// <summary>The best block: the head of the longest chain.</summary>
    public BlockInfo Best
    {
        get { lock (_lock) return _best; }
    }

    /// <summary>The last finalized block.</summary>
    public BlockInfo FinalizedBlock
    {
        get { lock (_lock) return _finalized; }
    }

    /// <summary>The heads of every fork not ruled out by finality, highest first.</summary>
    public IReadOnlyList<BlockInfo> Leaves
    {
        get { lock (_lock) return [.. _leaves]; }
    }

    /// <summary>
    /// Opens the chain kept in <paramref name="db"/>, writing <paramref name="genesis"/> (header and state) into an empty database.
    /// </summary>
    /// <exception cref="ChainSpecException">The database holds another chain (its genesis differs).</exception>
    public static BlockTree Open(IKeyValueStore db, StateDb state, RawGenesis genesis, GenesisBlock genesisBlock, BlocksPruning? pruning = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(genesis);
        ArgumentNullException.ThrowIfNull(genesisBlock);
        byte[]? stored = db.Get(DbColumn.Meta, BlockTreeMeta.GenesisKey);
        if (stored is null)
        {
            WriteGenesis(db, state, genesis, genesisBlock);
        }
        else if (!stored.AsSpan().SequenceEqual(genesisBlock.Hash.Bytes))
        {
            throw new ChainSpecException($"The database holds the chain with genesis {new Hash256(stored)}, not {genesisBlock.Hash}: use another --base-path or purge-chain.");
        }
        return new BlockTree(db, state, pruning ?? BlocksPruning.ArchiveCanonical, genesisBlock.Hash);
    }

    /// <summary>True when <paramref name="hash"/> is an imported block.</summary>
    public bool Contains(Hash256 hash)
    {
        lock (_lock)
        {
            if (_unfinalized.ContainsKey(hash)) return true;
        }
        return _db.Contains(DbColumn.Headers, hash.Bytes);
    }

    /// <summary>The header of <paramref name="hash"/>, or null when unknown.</summary>
    public Header? GetHeader(Hash256 hash)
    {
        lock (_lock)
        {
            if (_unfinalized.TryGetValue(hash, out Header? header)) return header;
        }
        return ReadHeader(hash);
    }

    /// <summary>The extrinsics of <paramref name="hash"/>, or null when unknown or pruned.</summary>
    public byte[][]? GetBody(Hash256 hash)
    {
        byte[]? body = _db.Get(DbColumn.Bodies, hash.Bytes);
        return body is null ? null : BlockTreeMeta.DecodeBody(body);
    }

    /// <summary>The justifications of <paramref name="hash"/> (SCALE <c>Justifications</c>), or null when it has none.</summary>
    public Justifications? GetJustifications(Hash256 hash)
    {
        byte[]? stored = _db.Get(DbColumn.Justifications, hash.Bytes);
        return stored is null ? null : ScaleCodec.Decode<Justifications>(stored);
    }

    /// <summary>The hash of block <paramref name="number"/> on the best chain, or null above the best block.</summary>
    public Hash256? GetHash(uint number)
    {
        lock (_lock)
        {
            if (number > _best.Number) return null;
            if (number > _finalized.Number)
            {
                // Above finality the best chain lives in memory; walk down from the best block.
                Hash256 current = _best.Hash;
                for (uint n = _best.Number; n > number; n--) current = _unfinalized[current].ParentHash;
                return current;
            }
        }
        byte[]? hash = _db.Get(DbColumn.BlockNumberToHash, BlockTreeMeta.NumberKey(number));
        return hash is null ? null : new Hash256(hash);
    }

    /// <summary>The path from <paramref name="from"/> to <paramref name="to"/> through their common ancestor.</summary>
    /// <exception cref="ArgumentException">Either block is unknown.</exception>
    public TreeRoute TreeRouteBetween(Hash256 from, Hash256 to)
    {
        Header fromHeader = GetHeader(from) ?? throw new ArgumentException($"Unknown block {from}.", nameof(from));
        Header toHeader = GetHeader(to) ?? throw new ArgumentException($"Unknown block {to}.", nameof(to));
        var retracted = new List<BlockInfo>();
        var enacted = new List<BlockInfo>();
        BlockInfo a = new(from, fromHeader.Number), b = new(to, toHeader.Number);
        Header ah = fromHeader, bh = toHeader;
        while (a.Number > b.Number)
        {
            retracted.Add(a);
            a = new BlockInfo(ah.ParentHash, a.Number - 1);
            ah = GetHeader(a.Hash) ?? throw Damaged($"header of block {a.Hash}");
        }
        while (b.Number > a.Number)
        {
            enacted.Add(b);
            b = new BlockInfo(bh.ParentHash, b.Number - 1);
            bh = GetHeader(b.Hash) ?? throw Damaged($"header of block {b.Hash}");
        }
        while (a.Hash != b.Hash)
        {
            retracted.Add(a);
            enacted.Add(b);
            a = new BlockInfo(ah.ParentHash, a.Number - 1);
            b = new BlockInfo(bh.ParentHash, b.Number - 1);
            ah = GetHeader(a.Hash) ?? throw Damaged($"header of block {a.Hash}");
            bh = GetHeader(b.Hash) ?? throw Damaged($"header of block {b.Hash}");
        }
        enacted.Reverse();
        return new TreeRoute(retracted, a, enacted);
    }

    /// <summary>True when <paramref name="descendant"/> is <paramref name="ancestor"/> or descends from it.</summary>
    public bool IsDescendantOf(Hash256 descendant, Hash256 ancestor)
    {
        Header? a = GetHeader(ancestor);
        Header? d = GetHeader(descendant);
        if (a is null || d is null || d.Number < a.Number) return false;
        Hash256 current = descendant;
        for (uint n = d.Number; n > a.Number; n--) current = (GetHeader(current) ?? throw Damaged($"header of block {current}")).ParentHash;
        return current == ancestor;
    }

    private Header? ReadHeader(Hash256 hash)
    {
        byte[]? stored = _db.Get(DbColumn.Headers, hash.Bytes);
        return stored is null ? null : ScaleCodec.Decode<Header>(stored);
    }

    private static void WriteGenesis(IKeyValueStore db, StateDb state, RawGenesis genesis, GenesisBlock block)
    {
        var children = new List<KeyValuePair<byte[], IReadOnlyList<KeyValuePair<byte[], byte[]?>>>>(genesis.ChildrenDefault.Count);
        foreach (var (childKey, entries) in genesis.ChildrenDefault)
            children.Add(new(childKey, [.. entries.Select(static e => new KeyValuePair<byte[], byte[]?>(e.Key, e.Value))]));
        var top = new List<KeyValuePair<byte[], byte[]?>>(genesis.Top.Count);
        foreach (var entry in genesis.Top) top.Add(new(entry.Key, entry.Value));
        var changes = new StateChanges(top, children);

        using StateCommit commit = state.CommitBlock(block.Hash, Hash256.Zero, 0, TrieRoot.Empty, changes, block.StateVersion);
        if (commit.StateRoot != block.Header.StateRoot)
            throw new ChainSpecException($"The genesis state committed to root {commit.StateRoot}, not the genesis header's {block.Header.StateRoot}.");
        WriteBatch batch = commit.Batch;
        var info = new BlockInfo(block.Hash, 0);
        batch.Put(DbColumn.Headers, block.Hash.Bytes, ScaleCodec.Encode(block.Header));
        batch.Put(DbColumn.Bodies, block.Hash.Bytes, BlockTreeMeta.EncodeBody([]));
        batch.Put(DbColumn.BlockNumberToHash, BlockTreeMeta.NumberKey(0), block.Hash.Bytes);
        batch.Put(DbColumn.Meta, BlockTreeMeta.BestKey, BlockTreeMeta.EncodeInfo(info));
        batch.Put(DbColumn.Meta, BlockTreeMeta.FinalizedKey, BlockTreeMeta.EncodeInfo(info));
        batch.Put(DbColumn.Meta, BlockTreeMeta.LeavesKey, BlockTreeMeta.EncodeLeaves([info]));
        batch.Put(DbColumn.Meta, BlockTreeMeta.GenesisKey, block.Hash.Bytes);
        db.Write(batch, sync: true);
    }

    private static DatabaseException Damaged(string what) => new($"The block tree's {what} is missing or malformed; the database is damaged.");
}
