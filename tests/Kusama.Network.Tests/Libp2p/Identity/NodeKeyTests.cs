using System.Text;
using Kusama.Core;
using Kusama.Network.Libp2p.Identity;

namespace Kusama.Network.Tests.Libp2p.Identity;

public sealed class NodeKeyTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kusama-nodekey-" + Guid.NewGuid().ToString("N"));

    private static readonly byte[] Seed = Hex.Decode("0x0101010101010101010101010101010101010101010101010101010101010101");

    private const string PeerIdOfSeed = "12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH5";

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void Key_file_contents_are_64_hex_characters_or_32_raw_bytes()
    {
        using NodeKey fromHex = NodeKey.Decode(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(Seed)));
        using NodeKey fromRaw = NodeKey.Decode(Seed);

        Assert.Equal(PeerIdOfSeed, fromHex.PeerId.ToString());
        Assert.Equal(PeerIdOfSeed, fromRaw.PeerId.ToString());
    }

    [Theory]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(65)]
    [InlineData(0)]
    public void Key_file_contents_of_other_lengths_are_rejected(int length)
    {
        Assert.Throws<FormatException>(() => NodeKey.Decode(new byte[length]));
    }

    [Fact]
    public void Hex_with_a_trailing_newline_is_rejected_as_substrate_does()
    {
        byte[] contents = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(Seed) + "\n");
        Assert.Throws<FormatException>(() => NodeKey.Decode(contents));
    }

    [Fact]
    public void A_missing_key_file_is_generated_once_and_then_reloaded()
    {
        string path = Path.Combine(_directory, "network", "secret_ed25519");

        using NodeKey generated = NodeKey.LoadOrGenerate(path);
        using NodeKey reloaded = NodeKey.LoadOrGenerate(path);

        Assert.Equal(32, new FileInfo(path).Length);
        Assert.Equal(generated.PeerId, reloaded.PeerId);
        Assert.Equal(generated.Secret.ToArray(), reloaded.Secret.ToArray());
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Generated_keys_differ()
    {
        using NodeKey a = NodeKey.Generate();
        using NodeKey b = NodeKey.Generate();
        Assert.NotEqual(a.PeerId, b.PeerId);
        Assert.StartsWith("12D3KooW", a.PeerId.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Command_line_hex_keys_parse_with_or_without_0x_and_reject_anything_else()
    {
        string hex = Convert.ToHexStringLower(Seed);
        using NodeKey plain = NodeKey.FromHex(hex);
        using NodeKey prefixed = NodeKey.FromHex("0x" + hex);

        Assert.Equal(PeerIdOfSeed, plain.PeerId.ToString());
        Assert.Equal(plain.PeerId, prefixed.PeerId);
        Assert.Throws<FormatException>(() => NodeKey.FromHex(hex[2..]));
        Assert.Throws<FormatException>(() => NodeKey.FromHex("zz" + hex[2..]));
    }
}
