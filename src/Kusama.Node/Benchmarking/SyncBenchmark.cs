using System.Diagnostics;
using System.Globalization;
using Kusama.Blockchain.BlockBuilding;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.Execution;
using Kusama.Blockchain.Genesis;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Import;
using Kusama.Consensus.Babe;
using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Db.Rocks;
using Kusama.Frame.Primitives;
using Kusama.Frame.Transactions;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Protocols;
using Kusama.Network.Service;
using Kusama.Scale.Codecs;

namespace Kusama.Node.Benchmarking;

/// <summary>
/// <c>kusama benchmark sync</c>: node A authors a chain of full transfer blocks (BABE-sealed by //Alice, as
/// <c>benchmark block</c> does) into its RocksDB; the same blocks are imported directly into a fresh RocksDB (the
/// reference, no network); then node B, empty, syncs them from A over loopback (TCP, Noise, Yamux, <c>/sync/2</c>, import).
/// Both importers check the BABE seal against //Alice.
/// </summary>
public sealed class SyncBenchmark(TextWriter output, string directory)
{
    /// <summary>The author of every benchmark block; the verifiers accept only its seal.</summary>

    /// <summary>The BABE seal check both sides of a benchmark run with.</summary>
    internal static BabeSealVerifier Verifier() => new([BlockBenchmark.Author.PublicKey.ToArray()]);

    /// <summary>Builds the chain, measures direct import and network sync, and prints the table.</summary>
    public async Task RunAsync(int blocks, int transfers, CancellationToken cancellationToken = default)
    {
        output.WriteLine($"Sync benchmark: {blocks:N0} blocks of up to {transfers:N0} transfers, RocksDB under {directory}, {Environment.ProcessorCount} cores");
        KeyPair[] keys = BenchmarkChain.Accounts(transfers);
        (RawGenesis raw, GenesisBlock genesis) = BenchmarkChain.Genesis(keys);

        using var authorDb = RocksDbStore.Open(Directory.CreateDirectory(Path.Combine(directory, "a")).FullName);
        BlockImporter author = BenchmarkChain.Open(authorDb, raw, genesis, Verifier());
        (TimeSpan authoring, long total) = AuthorChain(author, keys, genesis.Hash, blocks);
        output.WriteLine($"| {"measurement",-42} | {"blocks",7} | {"transfers",10} | {"seconds",9} | {"blocks/s",9} | {"transfers/s",12} | {"load (1 m)",11} |");
        output.WriteLine($"|{new string('-', 44)}|{new string('-', 9)}|{new string('-', 12)}|{new string('-', 11)}|{new string('-', 11)}|{new string('-', 14)}|{new string('-', 13)}|");
        Row("authoring on A (signing + building, once)", blocks, total, authoring);

        TimeSpan import = ImportDirectly(author.Tree, raw, genesis, blocks);
        Row("direct import, fresh RocksDB (reference)", blocks, total, import);

        (TimeSpan sync, BlockInfo synced) = await SyncOverNetworkAsync(author, raw, genesis, import, cancellationToken).ConfigureAwait(false);
        Row("sync B from A over loopback", blocks, total, sync);

        BlockInfo best = author.Tree.Best;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sync time / direct import time: {sync.TotalSeconds / import.TotalSeconds:0.000}"));
        output.WriteLine($"A's best: #{best.Number} {best.Hash}");
        output.WriteLine($"B's best: #{synced.Number} {synced.Hash}");
    }

    private void Row(string what, int blocks, long transfers, TimeSpan elapsed) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {what,-42} | {blocks,7} | {transfers,10} | {elapsed.TotalSeconds,9:0.000} | {blocks / elapsed.TotalSeconds,9:0.0} | {transfers / elapsed.TotalSeconds,12:0} | {LoadAverage(),11} |"));

    /// <summary>The machine's 1-minute load average after a phase: other work on shared cores skews a phase's rate.</summary>
    private static string LoadAverage()
    {
        try
        {
            string text = File.ReadAllText("/proc/loadavg");
            int space = text.IndexOf(' ', StringComparison.Ordinal);
            return space > 0 ? text[..space] : "-";
        }
        catch (IOException)
        {
            return "-";
        }
        catch (UnauthorizedAccessException)
        {
            return "-";
        }
    }

    /// <summary>Authors <paramref name="blocks"/> blocks on A; each account signs its transfer just before its block, so memory stays at one block.</summary>
    private (TimeSpan Elapsed, long Transfers) AuthorChain(BlockImporter author, KeyPair[] keys, Hash256 genesisHash, int blocks)
    {
        var watch = Stopwatch.StartNew();
        long total = 0;
        // A block holds as many transfers as its weight allows; later blocks reuse the accounts the first one fitted
        // (their nonces advance one per block).
        int capacity = keys.Length;
        int step = Math.Max(1, blocks / 10);
        for (int b = 0; b < blocks; b++)
        {
            var signed = new byte[capacity][];
            int count = capacity;
            uint nonce = (uint)b;
            Parallel.For(0, count, i => signed[i] = BenchmarkChain.Transfer(keys[i], keys[(i + 1) % keys.Length], nonce, genesisHash));
            BlockBenchmark.Build(author, signed, (ulong)(b + 1), out int included);
            capacity = Math.Max(1, included);
            total += included;
            if ((b + 1) % step == 0 && blocks >= 20)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  authored #{b + 1} ({watch.Elapsed.TotalSeconds:0.0} s)"));
        }
        return (watch.Elapsed, total);
    }

    /// <summary>Imports A's canonical blocks, read back from its database, into a fresh RocksDB; only the imports are timed.</summary>
    private TimeSpan ImportDirectly(BlockTree source, RawGenesis raw, GenesisBlock genesis, int blocks)
    {
        string path = Path.Combine(directory, "reference");
        TimeSpan elapsed = TimeSpan.Zero;
        using (var db = RocksDbStore.Open(Directory.CreateDirectory(path).FullName))
        {
            BlockImporter importer = BenchmarkChain.Open(db, raw, genesis, Verifier());
            for (uint number = 1; number <= blocks; number++)
            {
                Hash256 hash = source.GetHash(number) ?? throw new InvalidOperationException($"A has no block #{number}.");
                var block = new Block(source.GetHeader(hash)!, source.GetBody(hash)!);
                long start = Stopwatch.GetTimestamp();
                ImportResult result = importer.Import(block, BlockOrigin.NetworkInitialSync);
                elapsed += Stopwatch.GetElapsedTime(start);
                if (result != ImportResult.Imported) throw new InvalidOperationException($"The reference import refused block #{number}: {result}.");
            }
            if (importer.Tree.Best.Hash != source.Best.Hash) throw new InvalidOperationException("The reference import ended on another best block than A.");
        }
        // Only one extra copy of the chain on disk at a time.
        Directory.Delete(path, recursive: true);
        return elapsed;
    }

    /// <summary>Starts A's network on its database and an empty B bootnoded to it; times B from start to A's best.</summary>
    private async Task<(TimeSpan Elapsed, BlockInfo Best)> SyncOverNetworkAsync(BlockImporter author, RawGenesis raw, GenesisBlock genesis, TimeSpan import, CancellationToken cancellationToken)
    {
        using var syncingDb = RocksDbStore.Open(Directory.CreateDirectory(Path.Combine(directory, "b")).FullName);
        BlockImporter syncing = BenchmarkChain.Open(syncingDb, raw, genesis, Verifier());
        var names = new ProtocolNames(genesis.Hash, "ksmcc3");
        var loopback = new NetworkConfiguration { ListenAddresses = [Multiaddr.Parse("/ip4/127.0.0.1/tcp/0")] };
        using NodeKey keyA = NodeKey.Generate(), keyB = NodeKey.Generate();
        var networkA = new NetworkService(keyA, loopback, author.Tree, names, importer: author);
        await using (networkA.ConfigureAwait(false))
        {
            networkA.Start();
            var networkB = new NetworkService(keyB, loopback with { Bootnodes = [networkA.ListenAddresses[0]] }, syncing.Tree, names, importer: syncing);
            await using (networkB.ConfigureAwait(false))
            {
                Hash256 target = author.Tree.Best.Hash;
                // Generous: the network may be far slower than direct import before anyone calls that a hang.
                TimeSpan timeout = TimeSpan.FromSeconds(60) + import * 20;
                long start = Stopwatch.GetTimestamp();
                networkB.Start();
                while (syncing.Tree.Best.Hash != target)
                {
                    if (Stopwatch.GetElapsedTime(start) > timeout)
                        throw new InvalidOperationException($"B did not sync within {timeout.TotalSeconds:0} s: at #{syncing.Tree.Best.Number} of #{author.Tree.Best.Number}.");
                    await Task.Delay(10, cancellationToken).ConfigureAwait(false);
                }
                return (Stopwatch.GetElapsedTime(start), syncing.Tree.Best);
            }
        }
    }
}
