using System.Text.RegularExpressions;
using Kusama.Blockchain.Blocks;

namespace Kusama.Node.Tests.Operations;

/// <summary>The real binary stopped and started again on the same base path: the chain resumes where it was, never from a new genesis.</summary>
[Trait("Category", "Integration")]
public sealed partial class RestartTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly DevChainFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void After_sigint_the_node_exits_0_and_a_restart_continues_on_the_same_chain()
    {
        string genesis;
        long lastImported;
        using (NodeProcess first = NodeProcess.StartDev(_fixture.BasePath))
        {
            genesis = first.WaitFor(GenesisLine(), Timeout);
            first.WaitForImported(3, Timeout);
            Assert.Equal(0, first.Interrupt(Timeout));
            lastImported = first.LastImported;
        }

        using NodeProcess second = NodeProcess.StartDev(_fixture.BasePath);
        Assert.Equal(genesis, second.WaitFor(GenesisLine(), Timeout));
        long highest = long.Parse(second.WaitFor(HighestKnownLine(), Timeout));
        Assert.True(highest >= lastImported, $"restart knows #{highest}, the first run imported #{lastImported}");
        second.WaitForImported(highest + 1, Timeout);
        Assert.Equal(0, second.Interrupt(Timeout));
    }

    [Fact]
    public void After_sigkill_a_restart_resumes_from_the_last_committed_block()
    {
        long lastImported;
        using (NodeProcess first = NodeProcess.StartDev(_fixture.BasePath))
        {
            first.WaitForImported(3, Timeout);
            first.KillHard(Timeout);
            lastImported = first.LastImported;
        }
        // Every block the node announced was written before it was announced, so the crash loses none of them.
        BlockInfo best = _fixture.Heads().Best;
        Assert.True(best.Number >= lastImported, $"best #{best.Number} after the crash, #{lastImported} was announced");

        using NodeProcess second = NodeProcess.StartDev(_fixture.BasePath);
        long highest = long.Parse(second.WaitFor(HighestKnownLine(), Timeout));
        Assert.Equal(best.Number, (uint)highest);
        second.WaitForImported(highest + 1, Timeout);
        Assert.Equal(0, second.Interrupt(Timeout));
    }

    [Fact]
    public void Blocks_a_node_authored_export_and_import_into_a_fresh_base_path_with_the_same_best_hash()
    {
        using (NodeProcess node = NodeProcess.StartDev(_fixture.BasePath))
        {
            node.WaitForImported(3, Timeout);
            Assert.Equal(0, node.Interrupt(Timeout));
        }
        BlockInfo best = _fixture.Heads().Best;
        string file = Path.Combine(_fixture.BasePath, "blocks.bin");
        string target = Path.Combine(_fixture.BasePath, "copy");

        Assert.Equal(0, CliRun.Of("export-blocks", "--dev", "-d", _fixture.BasePath, "--binary", file).ExitCode);
        Assert.Equal(0, CliRun.Of("import-blocks", "--dev", "-d", target, "--binary", file).ExitCode);

        Assert.Equal(best, _fixture.Heads(target).Best);
    }

    [GeneratedRegex(@"header-hash: (0x[0-9a-f…]+)")]
    private static partial Regex GenesisLine();

    [GeneratedRegex(@"📦 Highest known block at #(\d+)")]
    private static partial Regex HighestKnownLine();
}
