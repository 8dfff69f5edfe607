using Kusama.Core;
using Kusama.Trie.Codec;

namespace Kusama.Trie.Proofs;

/// <summary>Wraps a node store and remembers every node it hands out, to build a <see cref="StorageProof"/> of what was read.</summary>
public sealed class RecordingTrieNodeStore(ITrieNodeStore inner) : ITrieNodeStore
{
    private readonly ITrieNodeStore _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    private readonly Dictionary<Hash256, byte[]> _recorded = new();

    /// <summary>
    /// The SCALE size of the distinct nodes read so far, each with its length prefix (sp-trie <c>Recorder::estimate_encoded_size</c>,
    /// which leaves out the count prefix of the proof vector).
    /// </summary>
    public long EstimatedEncodedSize { get; private set; }

    public byte[]? Get(Hash256 hash)
    {
        byte[]? data = _inner.Get(hash);
        if (data is not null && _recorded.TryAdd(hash, data)) EstimatedEncodedSize += CompactLength.Size(data.Length) + data.Length;
        return data;
    }

    /// <summary>The nodes read so far.</summary>
    public StorageProof ToProof() => new(_recorded.Values);
}
