namespace Kusama.Node.Tests.Cli;

public class CliErrorTests
{
    public static TheoryData<string[], string> BadInputs() => new()
    {
        { ["key", "inspect", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"], "checksum" },
        { ["key", "inspect", "bottom drive obey lake curtain smoke basket hold race lonely fit wxyz"], "wxyz" },
        { ["key", "inspect", "bottom drive obey lake curtain smoke basket hold race lonely fit"], "Invalid phrase/URI" },
        { ["key", "inspect", "0x1234"], "Invalid phrase/URI" },
        { ["key", "inspect", "//Alice", "--scheme", "rsa"], "rsa" },
        { ["key", "inspect", "//Alice", "--network", "nowhere"], "nowhere" },
        { ["key", "inspect", "//Alice", "--output-type", "yaml"], "yaml" },
        { ["key", "inspect", "--public", "0xd43593", "--scheme", "sr25519"], "32 bytes" },
        { ["key", "inspect", "//Alice/soft", "--scheme", "ed25519"], "soft" },
        { ["key", "generate", "--words", "13"], "13" },
        { ["key", "sign", "--suri", "//Alice", "--message", "zz", "--hex"], "hex" },
        { ["key", "sign", "--message", "hello"], "--suri" },
        { ["key", "verify", "0xzz", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "--message", "x"], "hex" },
        { ["key", "verify", "0x1234", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "--message", "x"], "64 bytes" },
        { ["key", "verify", "0x" + new string('1', 128), "not-an-address", "--message", "x"], "not-an-address" },
        { ["no-such-command"], "no-such-command" },
        { ["key", "inspect"], "inspect" },
        { ["benchmark", "crypto", "--seconds", "0"], "--seconds" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_gives_one_error_line_and_exit_code_1(string[] args, string mentioned)
    {
        var run = CliRun.Of(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("Error: ", lines[0]);
        Assert.Contains(mentioned, lines[0], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", lines[0]);
    }
}
