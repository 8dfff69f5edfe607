using System.Text.Json;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Genesis;
using Kusama.Blockchain.RuntimeCode;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Trie;
using ZstdSharp;

namespace Kusama.Blockchain.Tests.Genesis;

public class GenesisBlockTests
{
    private static readonly byte[] CodeKey = ":code"u8.ToArray();

    /// <summary>A minimal Wasm module: the header and, optionally, a <c>runtime_version</c> custom section (and an empty type section before it).</summary>
    private static byte[] WasmModule(RuntimeVersion? version)
    {
        var module = new List<byte>(RuntimeCodeBlob.WasmMagic.ToArray()) { 0x01, 0x01, 0x00 };
        if (version is not null)
        {
            byte[] name = "runtime_version"u8.ToArray();
            byte[] payload = version.Encode();
            int size = 1 + name.Length + payload.Length;
            Assert.True(size < 128, "the test builds one-byte LEB128 sizes only");
            module.Add(0x00);
            module.Add((byte)size);
            module.Add((byte)name.Length);
            module.AddRange(name);
            module.AddRange(payload);
        }
        return module.ToArray();
    }

    private static RuntimeVersion Version(byte systemVersion) =>
        new("kusama", "parity-kusama", 2, 1_007_001, 0, [(new byte[] { 0xdf, 0x6a, 0xcb, 0x68, 0x99, 0x07, 0x60, 0x9b }, 5)], 26, systemVersion);

    private static RawGenesis WithCode(byte[] code, params (string Key, string Value)[] more)
    {
        var top = new List<KeyValuePair<byte[], byte[]>> { new(CodeKey, code) };
        foreach (var (key, value) in more) top.Add(new(Hex.Decode(key), Hex.Decode(value)));
        top.Sort((a, b) => a.Key.AsSpan().SequenceCompareTo(b.Key));
        return new RawGenesis(top, []);
    }

    [Theory]
    [InlineData(0, StateVersion.V0)]
    [InlineData(1, StateVersion.V1)]
    [InlineData(2, StateVersion.V1)]
    public void The_state_version_comes_from_the_runtime_version_section(byte systemVersion, StateVersion expected)
    {
        Assert.Equal(expected, GenesisBlock.DetectStateVersion(WithCode(WasmModule(Version(systemVersion)))));
    }

    [Fact]
    public void Wasm_without_a_runtime_version_section_means_V0()
    {
        Assert.Equal(StateVersion.V0, GenesisBlock.DetectStateVersion(WithCode(WasmModule(null))));
    }

    [Fact]
    public void Zstd_compressed_code_is_read_through_its_prefix()
    {
        using var compressor = new Compressor();
        byte[] compressed = [.. RuntimeCodeBlob.ZstdPrefix, .. compressor.Wrap(WasmModule(Version(1)))];
        Assert.Equal(StateVersion.V1, GenesisBlock.DetectStateVersion(WithCode(compressed)));
    }

    [Fact]
    public void Corrupt_compressed_code_or_a_broken_module_is_a_chain_spec_error()
    {
        byte[] corrupt = [.. RuntimeCodeBlob.ZstdPrefix, 0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x00];
        Assert.Contains(":code", Assert.Throws<ChainSpecException>(() => GenesisBlock.DetectStateVersion(WithCode(corrupt))).Message);

        byte[] truncated = [.. RuntimeCodeBlob.WasmMagic, 0x00, 0x7f, 0x01];
        Assert.Contains("not a valid Wasm module", Assert.Throws<ChainSpecException>(() => GenesisBlock.DetectStateVersion(WithCode(truncated))).Message);

        Assert.Contains("no runtime code", Assert.Throws<ChainSpecException>(() => GenesisBlock.DetectStateVersion(new RawGenesis([], []))).Message);
    }

    [Fact]
    public void A_bomb_past_the_limit_is_refused()
    {
        using var compressor = new Compressor();
        byte[] huge = new byte[RuntimeCodeBlob.BombLimit + 1];
        byte[] compressed = [.. RuntimeCodeBlob.ZstdPrefix, .. compressor.Wrap(huge)];
        Assert.Throws<InvalidDataException>(() => RuntimeCodeBlob.Decompress(compressed));
    }

    public static IEnumerable<object[]> TrieVectors()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(RepoFile("tests/Vectors/trie-vectors.json")));
        foreach (JsonElement vector in doc.RootElement.EnumerateArray())
        {
            string layout = vector.GetProperty("layout").GetString()!;
            if (layout is not ("v0" or "v1")) continue;
            var entries = vector.GetProperty("entries").EnumerateArray()
                .Select(e => (e[0].GetString()!, e[1].GetString()!)).ToArray();
            yield return [vector.GetProperty("name").GetString()!, layout, entries, vector.GetProperty("root").GetString()!];
        }
    }

    [Theory, MemberData(nameof(TrieVectors))]
    public void The_genesis_state_root_of_a_vector_set_is_its_trie_root(string name, string layout, (string, string)[] entries, string root)
    {
        _ = name;
        var top = entries.Select(e => new KeyValuePair<byte[], byte[]>(Hex.Decode(e.Item1), Hex.Decode(e.Item2)))
            .GroupBy(e => Hex.Encode(e.Key)).Select(g => g.Last())
            .OrderBy(e => e.Key, Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b))).ToList();
        GenesisBlock genesis = GenesisBlock.Build(new RawGenesis(top, []), layout == "v0" ? StateVersion.V0 : StateVersion.V1);
        Assert.Equal(root, genesis.Header.StateRoot.ToString());
        Assert.Equal(0u, genesis.Header.Number);
        Assert.Equal(Hash256.Zero, genesis.Header.ParentHash);
        Assert.Equal("0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314", genesis.Header.ExtrinsicsRoot.ToString());
        Assert.Empty(genesis.Header.Digest);
        Assert.Equal(genesis.Header.Hash(), genesis.Hash);
    }

    [Fact]
    public void Child_trie_roots_are_inserted_under_their_default_child_storage_keys()
    {
        byte[] code = WasmModule(Version(1));
        var child = new List<KeyValuePair<byte[], byte[]>> { new([0x01], [0x02]), new([0x03], new byte[40]) };
        var raw = new RawGenesis([new(CodeKey, code)], [new("child"u8.ToArray(), child)]);

        Hash256 childRoot = TrieRoot.Calculate(child, StateVersion.V1);
        var expectedTop = new List<KeyValuePair<byte[], byte[]>>
        {
            new(ChildTrie.ParentKey("child"u8), childRoot.ToArray()),
            new(CodeKey, code),
        };
        Assert.Equal(TrieRoot.Calculate(expectedTop, StateVersion.V1), GenesisBlock.Build(raw).Header.StateRoot);
    }

    private static string RepoFile(string relative)
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Kusama.slnx"))) dir = Path.GetDirectoryName(dir);
        return Path.Combine(dir ?? throw new InvalidOperationException("Kusama.slnx not found"), relative);
    }
}
