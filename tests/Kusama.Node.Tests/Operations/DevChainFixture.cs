using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Consensus.Authoring;
using Kusama.Consensus.Finality;
using Kusama.Crypto.Keys;
using Kusama.Node.Service;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kusama.Node.Tests.Operations;

/// <summary>A temporary base path with helpers to author dev-chain blocks in-process, as <c>kusama --dev</c> would.</summary>
internal sealed class DevChainFixture : IDisposable
{
    private static readonly ChainSpec DevSpec = BuiltInChainSpecs.ToRaw(BuiltInChainSpecs.Get("dev")!);

    public string BasePath { get; } = Directory.CreateTempSubdirectory("kusama-ops-").FullName;

    public NodeConfiguration Configuration(string? basePath = null) => new() { ChainSpec = DevSpec, BasePath = basePath ?? BasePath };

    /// <summary>Authors <paramref name="count"/> blocks on the best block of the database under <paramref name="basePath"/>, finalizing each.</summary>
    public BlockInfo Author(int count, string? basePath = null)
    {
        using ChainDatabase chain = ChainDatabase.Open(Configuration(basePath));
        using var finality = new SingleAuthorityFinality(chain.Tree, NullLogger.Instance);
        var author = new SlotAuthor(chain.Importer, null, KeyPair.FromSuri(KeyScheme.Sr25519, "//Alice"), 0, TimeSpan.FromMilliseconds(500), NullLogger.Instance);
        ulong slot = (ulong)(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 500);
        for (int i = 0; i < count; i++) Assert.NotNull(author.AuthorSlot(slot + (ulong)i));
        return chain.Tree.Best;
    }

    /// <summary>The best and finalized blocks of the database under <paramref name="basePath"/>.</summary>
    public (BlockInfo Best, BlockInfo Finalized) Heads(string? basePath = null)
    {
        using ChainDatabase chain = ChainDatabase.Open(Configuration(basePath), create: false);
        return (chain.Tree.Best, chain.Tree.FinalizedBlock);
    }

    public string NewBasePath() => Directory.CreateTempSubdirectory("kusama-ops-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(BasePath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
