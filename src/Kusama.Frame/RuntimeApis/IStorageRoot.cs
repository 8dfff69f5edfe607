using Kusama.Core;
using Kusama.Frame.Storage;
using Kusama.Trie;

namespace Kusama.Frame.RuntimeApis;

/// <summary>sp-io <c>storage::root</c>: the state root of the storage a runtime executes against, uncommitted changes included.</summary>
public interface IStorageRoot
{
    /// <summary>The trie root of everything <paramref name="storage"/> holds now, under <paramref name="version"/>'s layout.</summary>
    Hash256 Calculate(IStorage storage, StateVersion version);
}
