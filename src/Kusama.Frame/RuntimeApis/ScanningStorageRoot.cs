using Kusama.Core;
using Kusama.Frame.Storage;
using Kusama.Trie;

namespace Kusama.Frame.RuntimeApis;

/// <summary>
/// <see cref="IStorageRoot"/> by walking every key in order and streaming the trie root: exact for any storage, and
/// O(state) per call — right for tests, genesis and small chains; the node replaces it with an incremental root over the
/// parent trie and the block's changes.
/// </summary>
public sealed class ScanningStorageRoot : IStorageRoot
{
    public static ScanningStorageRoot Instance { get; } = new();

    public Hash256 Calculate(IStorage storage, StateVersion version)
    {
        ArgumentNullException.ThrowIfNull(storage);
        using var builder = new TrieRootBuilder(version);
        byte[]? key = storage.Exists([]) ? [] : storage.NextKey([]);
        while (key is not null)
        {
            builder.Add(key, storage.Get(key)!);
            key = storage.NextKey(key);
        }
        return builder.Finish();
    }
}
