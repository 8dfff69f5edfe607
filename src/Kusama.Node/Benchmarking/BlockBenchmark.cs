using System.Diagnostics;
using Kusama.Blockchain.BlockBuilding;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Execution;
using Kusama.Blockchain.Genesis;
using Kusama.Blockchain.Import;
using Kusama.Consensus.Babe;
using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Db.Rocks;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Primitives;
using Kusama.Frame.Transactions;
using Kusama.Runtime;
using Kusama.Runtime.Genesis;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Scale;
using Kusama.Scale.Codecs;
using Kusama.State;

namespace Kusama.Node.Benchmarking;

/// <summary>
/// <c>kusama benchmark block</c>: a chain whose genesis funds N accounts; an author node builds blocks of N signed
/// <c>transfer_keep_alive</c> (one per account, immortal) through the block builder, seals them as BABE blocks and
/// imports them; a second node with a fresh RocksDB imports the same blocks as a syncing peer does (seal check, signature
/// checks on every core, execution, state root, commit). Reports authoring and import times and transfers per second.
/// </summary>
public sealed class BlockBenchmark(TextWriter output, string directory)
{
    internal static readonly KeyPair Author = KeyPair.FromSuri(KeyScheme.Sr25519, "//Alice");

    /// <summary>Runs <paramref name="blocks"/> blocks of <paramref name="transfers"/> transfers; returns the per-block results.</summary>
    public IReadOnlyList<BlockBenchmarkResult> Run(int transfers, int blocks)
    {
        output.WriteLine($"Preparing {transfers:N0} funded accounts and {transfers * blocks:N0} signed transfers…");
        KeyPair[] keys = BenchmarkChain.Accounts(transfers);
        (RawGenesis raw, GenesisBlock genesis) = BenchmarkChain.Genesis(keys);

        string authorPath = Path.Combine(directory, "author"), importPath = Path.Combine(directory, "import");
        using var authorDb = RocksDbStore.Open(Directory.CreateDirectory(authorPath).FullName);
        using var importDb = RocksDbStore.Open(Directory.CreateDirectory(importPath).FullName);
        var verifier = new BabeSealVerifier([Author.PublicKey.ToArray()]);
        BlockImporter author = BenchmarkChain.Open(authorDb, raw, genesis, verifier);
        BlockImporter syncing = BenchmarkChain.Open(importDb, raw, genesis, verifier);

        var signed = new byte[blocks][][];
        for (int b = 0; b < blocks; b++)
        {
            signed[b] = new byte[transfers][];
            Parallel.For(0, transfers, i => signed[b][i] = BenchmarkChain.Transfer(keys[i], keys[(i + 1) % transfers], (uint)b, genesis.Hash));
        }

        var results = new List<BlockBenchmarkResult>(blocks);
        output.WriteLine("| block | transfers | authoring ms | import ms | import transfers/s |");
        output.WriteLine("|---:|---:|---:|---:|---:|");
        // A block holds as many transfers as its weight allows; later blocks reuse the accounts the first one fitted
        // (their nonces advance one per block).
        int capacity = transfers;
        for (int b = 0; b < blocks; b++)
        {
            var watch = Stopwatch.StartNew();
            Block block = Build(author, signed[b][..capacity], (ulong)(b + 1), out int included);
            capacity = included;
            double authoring = watch.Elapsed.TotalMilliseconds;

            watch.Restart();
            ImportResult imported = syncing.Import(block, BlockOrigin.NetworkInitialSync);
            double import = watch.Elapsed.TotalMilliseconds;
            if (imported != ImportResult.Imported) throw new InvalidOperationException($"The syncing node did not import block #{b + 1}: {imported}.");
            if (syncing.Tree.Best.Hash != author.Tree.Best.Hash) throw new InvalidOperationException($"The nodes disagree after block #{b + 1}.");

            var result = new BlockBenchmarkResult(b + 1, included, authoring, import);
            results.Add(result);
            output.WriteLine($"| #{result.Number} | {result.Transfers:N0} | {result.AuthoringMs:F1} | {result.ImportMs:F1} | {result.TransfersPerSecond:N0} |");
        }
        int total = results.Sum(static r => r.Transfers);
        double importMs = results.Sum(static r => r.ImportMs);
        output.WriteLine($"Sustained import: {total:N0} transfers in {importMs:F0} ms = {total / (importMs / 1000):N0} transfers/s over {blocks} blocks ({Environment.ProcessorCount} cores).");
        return results;
    }

    /// <summary>Builds, seals (BABE, //Alice) and imports (as its own) a block of <paramref name="transfers"/> on the author's best block.</summary>
    internal static Block Build(BlockImporter author, byte[][] transfers, ulong slot, out int included)
    {
        BlockInfo best = author.Tree.Best;
        Header parent = author.Tree.GetHeader(best.Hash)!;
        using var builder = new BlockBuilder(author.Executor, parent, best.Hash, [BabePreDigest.SecondaryPlain(0, slot).ToDigestItem()]);
        var inherents = new InherentData();
        inherents.Put<ulong, U64Codec>(InherentIdentifier.FromAscii("timstap0"), slot * 6000);
        builder.PushInherents(inherents);
        included = 0;
        foreach (byte[] transfer in transfers)
        {
            ApplyExtrinsicResult result = builder.Push(transfer);
            if (result.IsValid) included++;
            else if (result.ValidityError.ExhaustedResources) break;
            else throw new InvalidOperationException($"A benchmark transfer is invalid: {result.ValidityError}.");
        }
        BuiltBlock built = builder.Build();
        byte[] seal = Author.Sign(built.Header.Hash().Bytes);
        Header header = built.Header with { Digest = [.. built.Header.Digest, new DigestItem.Seal(BabePreDigest.EngineId.ToArray(), seal)] };
        author.ImportOwn(header, built.Extrinsics, built.Executed);
        return new Block(header, built.Extrinsics);
    }
}
