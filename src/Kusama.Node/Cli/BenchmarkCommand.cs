using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Kusama.Node.Benchmarking;

namespace Kusama.Node.Cli;

/// <summary>The <c>kusama benchmark</c> subcommands: node-level speed checks (<c>crypto</c>, <c>state</c>) and runtime weights (<c>pallet</c>).</summary>
public sealed class BenchmarkCommand(KusamaCli cli)
{
    public Command Build()
    {
        var benchmark = new Command("benchmark", "Node-level benchmarks.");
        benchmark.Add(BuildCrypto());
        benchmark.Add(BuildState());
        benchmark.Add(BuildPallet());
        benchmark.Add(BuildBlock());
        benchmark.Add(BuildPool());
        benchmark.Add(BuildNetwork());
        benchmark.Add(BuildSync());
        benchmark.Add(BuildPeers());
        return benchmark;
    }

    private Command BuildBlock()
    {
        var transfers = new Option<int>("--transfers") { Description = "Signed transfer_keep_alive per block, each from its own funded account (a block holds at most what its weight allows).", DefaultValueFactory = _ => 2000 };
        var blocks = new Option<int>("--blocks") { Description = "Blocks to build and import.", DefaultValueFactory = _ => 5 };
        var basePath = new Option<string?>("--base-path") { Description = "Where the two temporary RocksDB databases go (default: the system temp folder); removed afterwards." };
        var command = new Command("block", "Builds blocks of N signed transfers as an author does, then imports them into a fresh node database as a syncing peer does; reports authoring and import time and transfers per second.")
        {
            transfers, blocks, basePath,
        };
        command.SetAction(parse =>
        {
            int transferCount = parse.GetValue(transfers), blockCount = parse.GetValue(blocks);
            if (transferCount < 2 || blockCount < 1) throw new CliException("--transfers must be at least 2 and --blocks at least 1");
            string root = parse.GetValue(basePath) ?? Path.GetTempPath();
            if (!Directory.Exists(root)) throw new CliException($"--base-path '{root}' does not exist");
            var directory = new DirectoryInfo(Path.Combine(root, $"kusama-bench-block-{Guid.NewGuid():N}"));
            directory.Create();
            try
            {
                new BlockBenchmark(cli.Output, directory.FullName).Run(transferCount, blockCount);
            }
            finally
            {
                directory.Delete(recursive: true);
            }
            return 0;
        });
        return command;
    }

    private Command BuildPool()
    {
        var transactions = new Option<int>("--transactions") { Description = "Signed transfers submitted, each from its own funded account.", DefaultValueFactory = _ => 4000 };
        var basePath = new Option<string?>("--base-path") { Description = "Where the temporary RocksDB goes (default: the system temp folder); removed afterwards." };
        var command = new Command("pool", "Submits N signed transfers to the transaction pool (runtime validation on every core) and reports validations per second.")
        {
            transactions, basePath,
        };
        command.SetAction(parse =>
        {
            int count = parse.GetValue(transactions);
            if (count < 2) throw new CliException("--transactions must be at least 2");
            string root = parse.GetValue(basePath) ?? Path.GetTempPath();
            if (!Directory.Exists(root)) throw new CliException($"--base-path '{root}' does not exist");
            var directory = new DirectoryInfo(Path.Combine(root, $"kusama-bench-pool-{Guid.NewGuid():N}"));
            directory.Create();
            try
            {
                PoolBenchmark.Run(cli.Output, directory.FullName, count);
            }
            finally
            {
                directory.Delete(recursive: true);
            }
            return 0;
        });
        return command;
    }

    private Command BuildSync()
    {
        var blocks = new Option<int>("--blocks") { Description = "Full transfer blocks node A authors and node B syncs.", DefaultValueFactory = _ => 2000 };
        var transfers = new Option<int>("--transfers") { Description = "Signed transfer_keep_alive per block, each from its own funded account (a block holds at most what its weight allows).", DefaultValueFactory = _ => 2119 };
        var basePath = new Option<string?>("--base-path") { Description = "Where the temporary RocksDB databases go (default: the system temp folder); removed afterwards." };
        var command = new Command("sync", "Node A authors N full transfer blocks; they are imported directly into a fresh database (the reference), then an empty node B syncs them from A over loopback libp2p; reports wall time, blocks/s, transfers/s and sync/import.")
        {
            blocks, transfers, basePath,
        };
        command.SetAction(parse =>
        {
            int blockCount = parse.GetValue(blocks), transferCount = parse.GetValue(transfers);
            if (blockCount < 1 || transferCount < 2) throw new CliException("--blocks must be at least 1 and --transfers at least 2");
            string root = parse.GetValue(basePath) ?? Path.GetTempPath();
            if (!Directory.Exists(root)) throw new CliException($"--base-path '{root}' does not exist");
            var directory = new DirectoryInfo(Path.Combine(root, $"kusama-bench-sync-{Guid.NewGuid():N}"));
            directory.Create();
            try
            {
                new SyncBenchmark(cli.Output, directory.FullName).RunAsync(blockCount, transferCount).GetAwaiter().GetResult();
            }
            finally
            {
                directory.Delete(recursive: true);
            }
            return 0;
        });
        return command;
    }

    private Command BuildPeers()
    {
        var count = new Option<int>("--count") { Description = "Peer nodes bootnoded to the hub.", DefaultValueFactory = _ => 50 };
        var seconds = new Option<int>("--seconds") { Description = "Seconds the peers are held while the hub announces a block every second.", DefaultValueFactory = _ => 30 };
        var command = new Command("peers", "Starts a hub node and N in-process peers bootnoded to it on loopback; holds them while the hub announces a block per second; reports peers held, announcements received, errors, RSS and CPU. Fails unless all N were held.")
        {
            count, seconds,
        };
        command.SetAction(parse =>
        {
            int peerCount = parse.GetValue(count), duration = parse.GetValue(seconds);
            if (peerCount < 1 || peerCount > 1000 || duration < 1) throw new CliException("--count must be between 1 and 1000 and --seconds at least 1");
            bool held = new PeersBenchmark(cli.Output).RunAsync(peerCount, duration).GetAwaiter().GetResult();
            if (!held) throw new CliException($"fewer than {peerCount} peers were held at the hub for the whole {duration} s");
            return 0;
        });
        return command;
    }

    private Command BuildNetwork()
    {
        var megabytes = new Option<int>("--megabytes") { Description = "MiB pushed through each layer.", DefaultValueFactory = _ => 512 };
        var streams = new Option<int>("--streams") { Description = "Parallel yamux substreams in the multi-stream row (sharing the MiB).", DefaultValueFactory = _ => 4 };
        var roundTrips = new Option<int>("--round-trips") { Description = "1-byte request/response round trips timed on a yamux substream.", DefaultValueFactory = _ => 2000 };
        var command = new Command("network", "Measures throughput on loopback TCP of a raw socket, Noise, and Noise + Yamux (1 and N substreams) between two in-process libp2p hosts, and the latency of a 1-byte round trip.")
        {
            megabytes, streams, roundTrips,
        };
        command.SetAction(parse =>
        {
            int size = parse.GetValue(megabytes), streamCount = parse.GetValue(streams), trips = parse.GetValue(roundTrips);
            if (size < 1 || streamCount < 1 || streamCount > 256 || trips < 1)
                throw new CliException("--megabytes and --round-trips must be at least 1 and --streams between 1 and 256");
            new NetworkBenchmark(cli.Output).RunAsync(size, streamCount, trips).GetAwaiter().GetResult();
            return 0;
        });
        return command;
    }

    private Command BuildPallet()
    {
        var pallet = new Option<string>("--pallet") { Description = "The pallet to benchmark (System, Timestamp, Balances, Utility, TransactionPayment), or * for all.", Required = true };
        var extrinsic = new Option<string>("--extrinsic") { Description = "The benchmark (FRAME's snake-case name), or * for all.", DefaultValueFactory = _ => "*" };
        var steps = new Option<int>("--steps") { Description = "Component values swept from min to max (at least 2).", DefaultValueFactory = _ => 50 };
        var repeat = new Option<int>("--repeat") { Description = "Timed runs per component value.", DefaultValueFactory = _ => 20 };
        var output = new Option<string?>("--output") { Description = "Write the weights as C# to this file (or XWeights.cs files into this directory) instead of printing a table." };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON." };
        var command = new Command("pallet", "Measures the runtime's calls in-process on in-memory state and derives their weights (ref_time, DB reads and writes).")
        {
            pallet, extrinsic, steps, repeat, output, json,
        };
        command.SetAction(parse =>
        {
            int stepCount = parse.GetValue(steps), repeatCount = parse.GetValue(repeat);
            if (stepCount < 2) throw new CliException($"--steps must be at least 2, got {stepCount}");
            if (repeatCount < 1) throw new CliException($"--repeat must be at least 1, got {repeatCount}");
            var selection = PalletBenchmarkSelection.Resolve(parse.GetValue(pallet)!, parse.GetValue(extrinsic)!);
            var commandLine = "kusama " + string.Join(" ", parse.Tokens.Select(token => token.Value.Contains('*', StringComparison.Ordinal) || token.Value.Contains(' ', StringComparison.Ordinal) ? $"'{token.Value}'" : token.Value));
            var benchmark = new PalletBenchmark(cli.Output, selection, PalletBenchmarkProvenance.Capture(commandLine, stepCount, repeatCount));
            if (parse.GetValue(output) is { } path) benchmark.RunToFiles(path);
            else if (parse.GetValue(json)) benchmark.RunJson();
            else benchmark.RunTable();
            return 0;
        });
        return command;
    }

    private Command BuildState()
    {
        var entries = new Option<int>("--entries")
        {
            Description = "Key/value pairs (32-byte random keys and values) in the measured state.",
            DefaultValueFactory = _ => 1_000_000,
        };
        var updates = new Option<int>("--updates") { Description = "Random updates in the measured block.", DefaultValueFactory = _ => 10_000 };
        var reads = new Option<int>("--reads") { Description = "Random reads per read measurement.", DefaultValueFactory = _ => 100_000 };
        var basePath = new Option<string?>("--base-path") { Description = "Where the temporary RocksDB goes (default: the system temp folder); removed afterwards." };
        var command = new Command("state", "Measures the trie root of a large state, random updates committed to RocksDB, and reads through the flat snapshot versus the trie.")
        {
            entries, updates, reads, basePath,
        };
        command.SetAction(parse =>
        {
            int entryCount = parse.GetValue(entries), updateCount = parse.GetValue(updates), readCount = parse.GetValue(reads);
            if (entryCount < 1 || updateCount < 0 || readCount < 1)
                throw new CliException("--entries and --reads must be at least 1 and --updates at least 0");
            string directory = parse.GetValue(basePath) ?? Path.GetTempPath();
            if (!Directory.Exists(directory)) throw new CliException($"--base-path '{directory}' does not exist");
            Kusama.State.StateBenchmark.Run(cli.Output, directory, entryCount, updateCount, readCount);
            return 0;
        });
        return command;
    }

    private Command BuildCrypto()
    {
        var seconds = new Option<double>("--seconds")
        {
            Description = "Seconds per measurement (after a warm-up of a quarter of that).",
            DefaultValueFactory = _ => 1.0,
        };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON." };

        var command = new Command("crypto", "Measures sr25519 sign/verify, VRF sign/verify, ed25519 verify, ecdsa recover, blake2b-256 and twox128 on one core and on all cores.")
        {
            seconds, json,
        };
        command.SetAction(parse =>
        {
            var duration = parse.GetValue(seconds);
            if (!(duration > 0) || duration > 3600)
            {
                throw new CliException($"--seconds must be above 0 and at most 3600, got {duration.ToString(CultureInfo.InvariantCulture)}");
            }

            var benchmark = new CryptoBenchmark(TimeSpan.FromSeconds(duration), Environment.ProcessorCount);
            if (parse.GetValue(json))
            {
                WriteJson(benchmark, benchmark.Run());
            }
            else
            {
                WriteTableHeader(benchmark);
                benchmark.Run(WriteTableRow);
            }

            return 0;
        });
        return command;
    }

    private void WriteTableHeader(CryptoBenchmark benchmark)
    {
        cli.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Crypto benchmark: {benchmark.Cores} cores, {benchmark.Duration.TotalSeconds:0.###} s per measurement"));
        cli.Output.WriteLine($"{"operation",-22} {"1 core",14} {$"{benchmark.Cores} cores",14}  unit");
    }

    private void WriteTableRow(BenchmarkResult result)
    {
        var allCores = result.AllCores is { } value ? Format(value) : "-";
        cli.Output.WriteLine($"{result.Name,-22} {Format(result.OneCore),14} {allCores,14}  {result.Unit}");
    }

    private static string Format(double value) =>
        value.ToString(value >= 100 ? "#,0" : "0.0", CultureInfo.InvariantCulture);

    private void WriteJson(CryptoBenchmark benchmark, IReadOnlyList<BenchmarkResult> results)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("cores", benchmark.Cores);
            writer.WriteNumber("secondsPerMeasurement", benchmark.Duration.TotalSeconds);
            writer.WriteStartArray("results");
            foreach (var result in results)
            {
                writer.WriteStartObject();
                writer.WriteString("name", result.Name);
                writer.WriteString("unit", result.Unit);
                writer.WriteNumber("oneCore", Math.Round(result.OneCore, 1));
                if (result.AllCores is { } allCores)
                {
                    writer.WriteNumber("allCores", Math.Round(allCores, 1));
                }
                else
                {
                    writer.WriteNull("allCores");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        cli.Output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
