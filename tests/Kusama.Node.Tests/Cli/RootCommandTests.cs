namespace Kusama.Node.Tests.Cli;

public class RootCommandTests
{
    [Fact]
    public void Help_lists_the_subcommands()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("key", run.Output);
        Assert.Contains("benchmark", run.Output);
    }

    [Fact]
    public void Key_help_lists_generate_inspect_sign_and_verify()
    {
        var run = CliRun.Of("key", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "generate", "inspect", "sign", "verify" })
        {
            Assert.Contains(command, run.Output);
        }
    }

    [Fact]
    public void Version_prints_kusama_and_the_version()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^kusama 0\.1\.0-\S+$", run.Output.Trim());
    }
}
