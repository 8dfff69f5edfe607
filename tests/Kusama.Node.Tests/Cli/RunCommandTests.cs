namespace Kusama.Node.Tests.Cli;

public sealed class RunCommandTests
{
    [Fact]
    public void Validator_without_an_authority_key_is_refused_before_the_node_starts()
    {
        CliRun run = CliRun.Of("--chain", "local", "--validator", "--rpc-port", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error: --validator needs an authority key", run.Error);
    }

    [Fact]
    public void No_chain_is_a_clear_error()
    {
        CliRun run = CliRun.Of("--rpc-port", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error: no chain given", run.Error);
    }
}
