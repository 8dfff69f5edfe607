using System.Diagnostics;
using System.Globalization;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Execution;
using Kusama.Blockchain.Genesis;
using Kusama.Blockchain.Import;
using Kusama.Crypto.Keys;
using Kusama.Db.Memory;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Protocols;
using Kusama.Network.Service;

namespace Kusama.Node.Benchmarking;

/// <summary>
/// <c>kusama benchmark peers</c>: a hub network and N in-process peer networks bootnoded to it, all on loopback with
/// in-memory chains; the hub authors and announces a block (BABE-sealed by //Alice) every second while the peers are held.
/// Reports peers held at the hub, announcements each peer received, disconnects and errors, and the process's RSS and CPU.
/// </summary>
public sealed class PeersBenchmark(TextWriter output)
{
    private static readonly TimeSpan AnnounceInterval = TimeSpan.FromSeconds(1);

    /// <summary>Runs the measurement; returns whether all <paramref name="count"/> peers stayed connected to the hub for the whole period.</summary>
    public async Task<bool> RunAsync(int count, int seconds, CancellationToken cancellationToken = default)
    {
        output.WriteLine($"Peers benchmark: {count} peers bootnoded to one hub on loopback for {seconds} s, one announced block per second, {Environment.ProcessorCount} cores");
        KeyPair[] accounts = BenchmarkChain.Accounts(2);
        (RawGenesis raw, GenesisBlock genesis) = BenchmarkChain.Genesis(accounts);
        var names = new ProtocolNames(genesis.Hash, "ksmcc3");
        var loopback = new NetworkConfiguration { ListenAddresses = [Multiaddr.Parse("/ip4/127.0.0.1/tcp/0")] };

        var keys = new List<NodeKey>();
        var networks = new List<NetworkService>();
        try
        {
            NodeKey hubKey = NodeKey.Generate();
            keys.Add(hubKey);
            BlockImporter hubChain = BenchmarkChain.Open(new MemoryKeyValueStore(), raw, genesis, SyncBenchmark.Verifier());
            var hub = new NetworkService(hubKey, loopback with { InPeers = count + 8 }, hubChain.Tree, names, importer: hubChain);
            networks.Add(hub);
            hub.Start();
            PeerId hubId = hub.LocalPeerId;

            var peerChains = new BlockTree[count];
            var announcements = new long[count];
            long peerSideDisconnects = 0, hubDisconnects = 0, errors = 0;
            var peerIds = new HashSet<PeerId>();
            for (int i = 0; i < count; i++)
            {
                NodeKey key = NodeKey.Generate();
                keys.Add(key);
                BlockImporter chain = BenchmarkChain.Open(new MemoryKeyValueStore(), raw, genesis, SyncBenchmark.Verifier());
                peerChains[i] = chain.Tree;
                var peer = new NetworkService(key, loopback with { Bootnodes = [hub.ListenAddresses[0]] }, chain.Tree, names, importer: chain);
                networks.Add(peer);
                peerIds.Add(peer.LocalPeerId);
                int index = i;
                peer.BlockAnnounceReceived += (from, _) =>
                {
                    if (from == hubId) Interlocked.Increment(ref announcements[index]);
                };
                peer.PeerDisconnected += from =>
                {
                    if (from == hubId) Interlocked.Increment(ref peerSideDisconnects);
                };
                peer.Start();
            }
            hub.PeerDisconnected += peer =>
            {
                if (peerIds.Contains(peer)) Interlocked.Increment(ref hubDisconnects);
            };

            long connecting = Stopwatch.GetTimestamp();
            TimeSpan connectTimeout = TimeSpan.FromSeconds(30 + count);
            while (CountHubPeers(hub, peerIds) < count && Stopwatch.GetElapsedTime(connecting) < connectTimeout)
                await Task.Delay(20, cancellationToken).ConfigureAwait(false);
            TimeSpan connected = Stopwatch.GetElapsedTime(connecting);
            int atStart = CountHubPeers(hub, peerIds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{atStart} of {count} peers connected to the hub after {connected.TotalSeconds:0.00} s"));

            // Only what happens while held counts; connection set-up churn (e.g. simultaneous dials) is not an error.
            Interlocked.Exchange(ref peerSideDisconnects, 0);
            Interlocked.Exchange(ref hubDisconnects, 0);
            Array.Clear(announcements);
            using var process = Process.GetCurrentProcess();
            TimeSpan cpuStart = process.TotalProcessorTime;
            long holding = Stopwatch.GetTimestamp();
            int minimumHeld = atStart;
            int announced = 0;
            for (int tick = 0; tick < seconds; tick++)
            {
                long due = holding + (long)(tick * AnnounceInterval.TotalSeconds * Stopwatch.Frequency);
                while (Stopwatch.GetTimestamp() < due)
                {
                    minimumHeld = Math.Min(minimumHeld, CountHubPeers(hub, peerIds));
                    await Task.Delay(50, cancellationToken).ConfigureAwait(false);
                }
                try
                {
                    // Importing its own block makes the hub announce it to every sync peer.
                    BlockBenchmark.Build(hubChain, [], (ulong)(tick + 1), out _);
                    announced++;
                }
                catch (InvalidOperationException e)
                {
                    Interlocked.Increment(ref errors);
                    output.WriteLine($"  authoring block {tick + 1} failed: {e.Message}");
                }
                minimumHeld = Math.Min(minimumHeld, CountHubPeers(hub, peerIds));
            }
            // The period ends one interval after the last announcement; then wait briefly for stragglers.
            long end = holding + (long)(seconds * AnnounceInterval.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < end || ((Min(announcements) < announced || CountAtBest(peerChains, hubChain.Tree.Best.Hash) < count) && Stopwatch.GetElapsedTime(holding).TotalSeconds < seconds + 5))
            {
                minimumHeld = Math.Min(minimumHeld, CountHubPeers(hub, peerIds));
                await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            }
            TimeSpan held = Stopwatch.GetElapsedTime(holding);
            process.Refresh();
            TimeSpan cpu = process.TotalProcessorTime - cpuStart;
            int atEnd = CountHubPeers(hub, peerIds);
            BlockInfo hubBest = hubChain.Tree.Best;
            int atHubBest = CountAtBest(peerChains, hubBest.Hash);

            double average = 0;
            for (int i = 0; i < count; i++) average += Interlocked.Read(ref announcements[i]);
            average /= count;
            output.WriteLine($"| {"measurement",-44} | {"value",14} |");
            output.WriteLine($"|{new string('-', 46)}|{new string('-', 16)}|");
            Row("peers connected at the hub (start of hold)", $"{atStart} / {count}");
            Row("peers connected at the hub (minimum held)", $"{minimumHeld} / {count}");
            Row("peers connected at the hub (end)", $"{atEnd} / {count}");
            Row("blocks announced by the hub", announced.ToString(CultureInfo.InvariantCulture));
            Row("announcements received per peer (min)", Min(announcements).ToString(CultureInfo.InvariantCulture));
            Row("announcements received per peer (avg)", average.ToString("0.00", CultureInfo.InvariantCulture));
            Row("peers at the hub's best block", $"{atHubBest} / {count}");
            Row("disconnects seen by the hub", Interlocked.Read(ref hubDisconnects).ToString(CultureInfo.InvariantCulture));
            Row("disconnects from the hub seen by peers", Interlocked.Read(ref peerSideDisconnects).ToString(CultureInfo.InvariantCulture));
            Row("errors (authoring exceptions)", Interlocked.Read(ref errors).ToString(CultureInfo.InvariantCulture));
            Row("process RSS (MiB)", (process.WorkingSet64 / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture));
            Row("process CPU while held (% of one core)", (100 * cpu.TotalSeconds / held.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture));
            Row("process CPU total (s)", process.TotalProcessorTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
            bool allHeld = minimumHeld >= count && atEnd >= count && Interlocked.Read(ref hubDisconnects) == 0;
            output.WriteLine(allHeld ? $"All {count} peers were held for {seconds} s." : $"Only {minimumHeld} of {count} peers were held for the whole {seconds} s.");
            return allHeld;
        }
        finally
        {
            var disposing = new List<Task>(networks.Count);
            foreach (NetworkService network in networks) disposing.Add(network.DisposeAsync().AsTask());
            await Task.WhenAll(disposing).ConfigureAwait(false);
            foreach (NodeKey key in keys) key.Dispose();
        }
    }

    private void Row(string what, string value) => output.WriteLine($"| {what,-44} | {value,14} |");

    /// <summary>Our peers among the hub's sync peers (discovery may bring none else, but only ours count).</summary>
    private static int CountHubPeers(NetworkService hub, HashSet<PeerId> ours)
    {
        int count = 0;
        foreach (PeerInfo peer in hub.Peers)
            if (ours.Contains(peer.PeerId)) count++;
        return count;
    }

    private static int CountAtBest(BlockTree[] chains, Kusama.Core.Hash256 best)
    {
        int count = 0;
        foreach (BlockTree chain in chains)
            if (chain.Best.Hash == best) count++;
        return count;
    }

    private static long Min(long[] values)
    {
        long min = long.MaxValue;
        for (int i = 0; i < values.Length; i++) min = Math.Min(min, Interlocked.Read(ref values[i]));
        return min;
    }
}
