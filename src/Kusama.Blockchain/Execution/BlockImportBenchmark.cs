using System.Diagnostics;
using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Db;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Primitives;
using Kusama.Frame.Storage;
using Kusama.Frame.Transactions;
using Kusama.Runtime;
using Kusama.Runtime.Apis;
using Kusama.Runtime.Genesis;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.Timestamp;
using Kusama.Scale;
using Kusama.State;
using Kusama.Trie;

namespace Kusama.Blockchain.Execution;

/// <summary>
/// The measurement core of <c>kusama benchmark block</c> / <c>benchmark pool</c>: a genesis with N funded sr25519 accounts
/// (<c>//bench/{i}</c>) committed to a <see cref="StateDb"/>, and block #1 holding one signed <c>transfer_keep_alive</c>
/// from each (immortal, nonce 0, to the next account) after the timestamp inherent. <see cref="Import"/> executes it
/// on genesis, computes and checks the root and writes the commit, as a block import does.
/// </summary>
/// <remarks>Each import commits the same block under a new block hash (a sibling of the previous ones), so it can repeat without a fresh database.</remarks>
public sealed class BlockImportBenchmark
{
    /// <summary>Each account's genesis balance: 1,000 KSM.</summary>
    public static readonly Balance Endowment = 1_000UL * KusamaConstants.Units;

    private readonly IKeyValueStore _store;
    private readonly byte[] _encodedBlock;
    private readonly byte[][] _validateArgs;
    private long _imports;

    private BlockImportBenchmark(IKeyValueStore store, StateDb state, Hash256 genesisHash, Hash256 genesisStateRoot, Block block, byte[][] transactions)
    {
        _store = store;
        State = state;
        Executor = new RuntimeExecutor(state);
        GenesisHash = genesisHash;
        GenesisStateRoot = genesisStateRoot;
        Block = block;
        Transactions = transactions;
        _encodedBlock = ScaleCodec.Encode(block);
        _validateArgs = new byte[transactions.Length][];
        for (int i = 0; i < transactions.Length; i++)
        {
            // (source, extrinsic, block hash): the extrinsic is already length-prefixed.
            byte[] args = new byte[1 + transactions[i].Length + Hash256.Length];
            args[0] = (byte)TransactionSource.External;
            transactions[i].CopyTo(args, 1);
            genesisHash.Bytes.CopyTo(args.AsSpan(1 + transactions[i].Length));
            _validateArgs[i] = args;
        }
    }

    /// <summary>The state the block imports into.</summary>
    public StateDb State { get; }

    /// <summary>The executor imports and validations run on.</summary>
    public RuntimeExecutor Executor { get; }

    public Hash256 GenesisHash { get; }

    public Hash256 GenesisStateRoot { get; }

    /// <summary>Block #1: the timestamp inherent, then one transfer per account.</summary>
    public Block Block { get; }

    /// <summary>The signed transfers, in block order.</summary>
    public IReadOnlyList<byte[]> Transactions { get; }

    /// <summary>
    /// Builds the genesis of <paramref name="accounts"/> funded accounts into <paramref name="store"/> (a fresh database)
    /// and block #1 with one transfer from each. Signing and building take a few hundred µs per account.
    /// </summary>
    public static BlockImportBenchmark Create(IKeyValueStore store, int accounts)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(accounts, 2);
        KeyPair[] keys = BenchmarkChain.Accounts(accounts);
        var balances = new (AccountId32, Balance)[accounts];
        for (int i = 0; i < accounts; i++) balances[i] = (keys[i].AccountId, Endowment);

        var genesisOverlay = new StorageOverlay(EmptyState.Instance);
        GenesisBuilder.Build(new OverlayStorage(genesisOverlay), new RuntimeGenesisConfig(new BalancesGenesisConfig(balances), FixedU128.One));
        var state = new StateDb(store);
        StateChanges genesisChanges = genesisOverlay.Drain();
        PreparedStateCommit genesisState = state.Prepare(TrieRoot.Empty, genesisChanges, StateVersion.V1);
        var genesisHeader = new Header(Hash256.Zero, 0, genesisState.StateRoot, TrieRoot.Empty, []);
        Hash256 genesisHash = genesisHeader.Hash();
        using (StateCommit commit = state.CommitPrepared(genesisHash, Hash256.Zero, 0, genesisState))
            store.Write(commit.Batch);

        var executor = new RuntimeExecutor(state);
        using RuntimeSession session = executor.Open(genesisState.StateRoot);
        var executive = ((KusamaRuntimeApi)session.Api).Executive;
        executive.InitializeBlock(new Header(genesisHash, 1, default, default, []));
        var extrinsics = new byte[accounts + 1][];
        extrinsics[0] = UncheckedExtrinsic.EncodeBare(ScaleCodec.Encode<RuntimeCall>(new RuntimeCall.Timestamp(new TimestampCall.Set(6_000UL))));
        for (int i = 0; i < accounts; i++)
            extrinsics[i + 1] = BenchmarkChain.Transfer(keys[i], keys[(i + 1) % accounts], 0, genesisHash);
        for (int i = 0; i < extrinsics.Length; i++)
        {
            ApplyExtrinsicResult result = executive.ApplyExtrinsic(extrinsics[i]);
            if (!result.IsDispatchOk) throw new InvalidOperationException($"Benchmark extrinsic {i} does not apply: {result}.");
        }
        Header header = executive.FinalizeBlock();
        return new BlockImportBenchmark(store, state, genesisHash, genesisState.StateRoot, new Block(header, extrinsics), extrinsics[1..]);
    }

    /// <summary>
    /// Imports <see cref="Block"/> on genesis: execution with the signature checks batched on every core (or one by one when
    /// <paramref name="batchSignatures"/> is false), root check, commit and database write. Returns the new state root.
    /// </summary>
    public Hash256 Import(bool batchSignatures = true)
    {
        ExecutedBlock executed = Executor.ExecuteBlock(Block, GenesisStateRoot, batchSignatures);
        return Commit(executed);
    }

    /// <summary>Commits an execution of <see cref="Block"/> (from <see cref="Executor"/>) under a fresh block hash and writes it.</summary>
    public Hash256 Commit(ExecutedBlock executed)
    {
        ArgumentNullException.ThrowIfNull(executed);
        Span<byte> hash = stackalloc byte[Hash256.Length];
        BitConverter.TryWriteBytes(hash, Interlocked.Increment(ref _imports));
        hash[^1] = 0xbe;
        using StateCommit commit = executed.Commit(State, new Hash256(hash), GenesisHash, 1, GenesisStateRoot);
        _store.Write(commit.Batch);
        return commit.StateRoot;
    }

    /// <summary><c>TaggedTransactionQueue_validate_transaction</c> of transfer <paramref name="index"/> at genesis (its SCALE TransactionValidity).</summary>
    public byte[] Validate(int index) => Executor.Call(GenesisStateRoot, "TaggedTransactionQueue_validate_transaction", _validateArgs[index]);

    /// <summary>Validates every transfer on <paramref name="threads"/> threads; returns transactions per second.</summary>
    public double MeasureValidation(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        int next = -1;
        var stopwatch = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < _validateArgs.Length)
            {
                byte[] validity = Validate(i);
                if (validity.Length == 0 || validity[0] != 0) throw new InvalidOperationException($"Benchmark transfer {i} is not valid at genesis.");
            }
        });
        return _validateArgs.Length / stopwatch.Elapsed.TotalSeconds;
    }
}
