namespace Kusama.Node.Tests.Keys;

public sealed class NodeKeyCommandTests
{
    // net-vectors keys[0] (rust-libp2p): ed25519 seed 0x01 × 32 and its peer id.
    private const string Seed = "0101010101010101010101010101010101010101010101010101010101010101";
    private const string PeerId = "12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH5";

    [Fact]
    public void Inspect_node_key_prints_the_peer_id_rust_libp2p_derives()
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory("kusama-nodekey-").FullName, "secret");
        File.WriteAllText(file, Seed);

        CliRun fromFile = CliRun.Of("key", "inspect-node-key", "--file", file);
        CliRun fromStdin = CliRun.WithInput(Seed + "\n", "key", "inspect-node-key");

        Assert.Equal((0, PeerId), (fromFile.ExitCode, fromFile.Output.Trim()));
        Assert.Equal((0, PeerId), (fromStdin.ExitCode, fromStdin.Output.Trim()));
    }

    [Fact]
    public void Generate_node_key_writes_a_secret_whose_peer_id_goes_to_stderr()
    {
        CliRun generated = CliRun.Of("key", "generate-node-key");

        Assert.Equal(0, generated.ExitCode);
        Assert.Matches("^[0-9a-f]{64}$", generated.Output);
        string peerId = generated.Error.Trim();
        Assert.StartsWith("12D3KooW", peerId);
        Assert.Equal(peerId, CliRun.WithInput(generated.Output, "key", "inspect-node-key").Output.Trim());
    }

    [Fact]
    public void A_file_that_is_not_a_node_key_is_a_clear_error()
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory("kusama-nodekey-").FullName, "secret");
        File.WriteAllText(file, "not a key");

        CliRun run = CliRun.Of("key", "inspect-node-key", "--file", file);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error: not a node key", run.Error);
    }
}
