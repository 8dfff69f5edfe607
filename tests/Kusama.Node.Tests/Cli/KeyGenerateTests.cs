namespace Kusama.Node.Tests.Cli;

public class KeyGenerateTests
{
    [Theory]
    [InlineData("sr25519", "12")]
    [InlineData("ed25519", "18")]
    [InlineData("ecdsa", "24")]
    public void A_generated_phrase_inspects_to_the_same_keys(string scheme, string words)
    {
        var generated = CliRun.Of("key", "generate", "--scheme", scheme, "--words", words, "--network", "kusama", "--output-type", "json");
        var phrase = generated.Field("secretPhrase");

        var inspected = CliRun.Of("key", "inspect", phrase, "--scheme", scheme, "--network", "kusama", "--output-type", "json");

        Assert.Equal(0, generated.ExitCode);
        Assert.Equal(int.Parse(words), phrase.Split(' ').Length);
        Assert.Equal(generated.Field("secretSeed"), inspected.Field("secretSeed"));
        Assert.Equal(generated.Field("publicKey"), inspected.Field("publicKey"));
        Assert.Equal(generated.Field("ss58Address"), inspected.Field("ss58Address"));
        Assert.StartsWith("kusama", generated.Field("networkId"));
    }

    [Fact]
    public void Two_generated_phrases_differ()
    {
        var first = CliRun.Of("key", "generate", "--output-type", "json").Field("secretPhrase");
        var second = CliRun.Of("key", "generate", "--output-type", "json").Field("secretPhrase");

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Generate_as_text_prints_the_secret_phrase_layout()
    {
        var run = CliRun.Of("key", "generate");
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Secret phrase:       ", lines[0]);
        Assert.Equal(12, lines[0]["Secret phrase:       ".Length..].Split(' ').Length);
        Assert.Equal("  Network ID:        substrate", lines[1]);
    }
}
