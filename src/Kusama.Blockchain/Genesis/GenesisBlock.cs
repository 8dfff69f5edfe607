using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.RuntimeCode;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Trie;

namespace Kusama.Blockchain.Genesis;

/// <summary>The genesis block of a chain spec: number 0, zero parent, the genesis state root, the empty extrinsics root, an empty digest.</summary>
public sealed record GenesisBlock(Header Header, Hash256 Hash, StateVersion StateVersion)
{
    /// <summary>The custom section Substrate Wasm runtimes embed their <c>RuntimeVersion</c> in.</summary>
    public const string RuntimeVersionSection = "runtime_version";

    /// <summary>Builds the genesis block of <paramref name="genesis"/>; <paramref name="stateVersion"/> overrides the version read from <c>:code</c> (<c>--state-version</c>).</summary>
    public static GenesisBlock Build(RawGenesis genesis, StateVersion? stateVersion = null)
    {
        StateVersion version = stateVersion ?? DetectStateVersion(genesis);
        Hash256 stateRoot = StateRoot(genesis, version);
        var header = new Header(Hash256.Zero, 0, stateRoot, TrieRoot.Empty, []);
        return new GenesisBlock(header, header.Hash(), version);
    }

    /// <summary>The trie root of the top storage with every non-empty default child trie's root inserted under its <c>:child_storage:default:</c> key.</summary>
    public static Hash256 StateRoot(RawGenesis genesis, StateVersion version)
    {
        if (genesis.ChildrenDefault.Count == 0) return TrieRoot.Calculate(genesis.Top, version);

        var entries = new List<KeyValuePair<byte[], byte[]>>(genesis.Top.Count + genesis.ChildrenDefault.Count);
        entries.AddRange(genesis.Top);
        foreach (var (childKey, childEntries) in genesis.ChildrenDefault)
        {
            byte[]? root = ChildTrie.ParentValue(ChildTrie.CalculateRoot(childEntries, version));
            if (root is not null) entries.Add(new(ChildTrie.ParentKey(childKey), root));
        }
        // The spec's top trie may not also spell a child root itself; CalculateUnsorted lets the computed root win.
        return TrieRoot.CalculateUnsorted(entries, version);
    }

    /// <summary>The trie layout the genesis runtime asks for: the <c>state_version</c> of the Wasm's <c>runtime_version</c> section (absent means V0, as Substrate reads it).</summary>
    /// <remarks>Code that is not Wasm is a Kusama.NET native runtime descriptor; those runtimes use V1.</remarks>
    public static StateVersion DetectStateVersion(RawGenesis genesis)
    {
        byte[]? code = genesis.GetTop(RawGenesis.CodeKey);
        if (code is null) throw new ChainSpecException("the genesis storage has no runtime code (:code)");
        byte[] module;
        try
        {
            module = RuntimeCodeBlob.Decompress(code);
        }
        catch (InvalidDataException e)
        {
            throw new ChainSpecException($"the genesis runtime code (:code) is unusable: {e.Message}", e);
        }
        if (!RuntimeCodeBlob.IsWasm(module)) return StateVersion.V1;
        if (!Runtime.NativeRuntime.WasmCustomSections.IsWellFormed(module))
            throw new ChainSpecException("the genesis runtime code (:code) is not a valid Wasm module (a section runs past the end)");

        try
        {
            // A runtime without a (readable) runtime_version section is an old one: trie layout V0.
            if (!Runtime.NativeRuntime.WasmCustomSections.TryFind(module, RuntimeVersionSection, out ReadOnlySpan<byte> section)) return StateVersion.V0;
            return RuntimeVersion.Decode(section).SystemVersion == 0 ? StateVersion.V0 : StateVersion.V1;
        }
        catch (Scale.ScaleDecodeException e)
        {
            throw new ChainSpecException($"the genesis runtime's runtime_version section does not decode: {e.Message}", e);
        }
    }
}
