using System.Diagnostics;
using Kusama.Core;
using Kusama.Db.Rocks;
using Kusama.Trie;
using Xunit.Abstractions;

namespace Kusama.State.Tests;

public class CrashSafetyTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Integration")]
    public void Killing_the_committing_process_never_loses_or_damages_the_last_committed_state()
    {
        string host = CrashHostPath();
        string path = Path.Combine(Path.GetTempPath(), "kusama-state-crash-" + Guid.NewGuid().ToString("N"));
        var random = new Random(12);
        var started = Stopwatch.StartNew();
        try
        {
            for (int kill = 0; kill < 20; kill++)
            {
                (uint number, Hash256 hash, Hash256 root)? last = RunAndKill(host, path, seed: kill + 1, killAfterMs: random.Next(50, 600));
                Assert.NotNull(last);

                using RocksDbStore store = RocksDbStore.Open(path);
                var db = new StateDb(store);
                FinalizedBlock finalized = db.Finalized ?? throw new Xunit.Sdk.XunitException("no finalized block after restart");
                var (number, hash, root) = last.Value;
                output.WriteLine($"kill {kill + 1}: last reported #{number}, finalized #{finalized.Number}");
                Assert.True(finalized.Number <= number + 1);
                Assert.True(db.HasState(hash) || finalized.Number > number, $"block #{number} {hash} reported committed but its state is gone");
                if (db.HasState(hash)) AssertIntact(db, hash, root);
                AssertIntact(db, finalized.Hash, finalized.StateRoot);
            }
            output.WriteLine($"20 kills in {started.Elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
    }

    /// <summary>Every key of the state reads back, the root recomputes from them, and so do the child roots.</summary>
    private static void AssertIntact(StateDb db, Hash256 block, Hash256 root)
    {
        using StateView view = db.GetState(block);
        Assert.Equal(root, view.StateRoot);
        var entries = view.Iterate([]).ToList();
        Assert.Equal(root, TrieRoot.Calculate(entries, StateVersion.V1));
        foreach (var entry in entries)
        {
            if (!ChildTrie.TryGetChildKey(entry.Key, out ReadOnlySpan<byte> childKey)) continue;
            byte[] child = childKey.ToArray();
            Assert.Equal(new Hash256(entry.Value), TrieRoot.Calculate(view.IterateChild(child, []).ToList(), StateVersion.V1));
        }
    }

    private static (uint, Hash256, Hash256)? RunAndKill(string host, string path, int seed, int killAfterMs)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(host);
        info.ArgumentList.Add(path);
        info.ArgumentList.Add(seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the crash host");
        string? last = null;
        var firstCommit = new ManualResetEventSlim();
        var lockObject = new object();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null || !e.Data.StartsWith("committed ", StringComparison.Ordinal)) return;
            lock (lockObject) last = e.Data;
            firstCommit.Set();
        };
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (errors) errors.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!firstCommit.Wait(TimeSpan.FromSeconds(20)))
        {
            process.Kill();
            throw new Xunit.Sdk.XunitException("the crash host committed nothing: " + errors);
        }
        Thread.Sleep(killAfterMs);
        process.Kill(); // SIGKILL on Unix: no chance to flush or close the database
        process.WaitForExit();
        string line;
        lock (lockObject) line = last!;
        string[] parts = line.Split(' ');
        return (uint.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), Hash256.Parse(parts[2]), Hash256.Parse(parts[3]));
    }

    private static string CrashHostPath()
    {
        // artifacts/bin/Kusama.State.Tests/<pivot>/ → artifacts/bin/Kusama.State.CrashHost/<pivot>/
        var testDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string host = Path.Combine(testDir.Parent!.Parent!.FullName, "Kusama.State.CrashHost", testDir.Name, "Kusama.State.CrashHost.dll");
        if (!File.Exists(host)) throw new FileNotFoundException("Build tests/Kusama.State.CrashHost first (the test project references it).", host);
        return host;
    }
}
