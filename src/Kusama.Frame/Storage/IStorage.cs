using Kusama.State;

namespace Kusama.Frame.Storage;

/// <summary>The top-trie storage the runtime executes against (sp-io <c>storage</c>), with nested transactions.</summary>
public interface IStorage
{
    /// <summary>The value at <paramref name="key"/>, or null.</summary>
    byte[]? Get(ReadOnlySpan<byte> key);

    /// <summary>True when <paramref name="key"/> has a value.</summary>
    bool Exists(ReadOnlySpan<byte> key);

    /// <summary>Sets <paramref name="key"/> to a copy of <paramref name="value"/>.</summary>
    void Set(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    /// <summary>Deletes <paramref name="key"/>.</summary>
    void Delete(ReadOnlySpan<byte> key);

    /// <summary>
    /// Appends the SCALE-encoded <paramref name="item"/> to the <c>Vec</c> at <paramref name="key"/> (sp-io
    /// <c>storage::append</c>): the items already there are not decoded, only the count changes; an absent value, or one
    /// not starting with a compact count, becomes a one-item vector. This default rewrites the whole value; storages
    /// that can append in place override it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The vector already holds <c>u32::MAX</c> items.</exception>
    void Append(ReadOnlySpan<byte> key, ReadOnlySpan<byte> item) => StorageCodec.AppendByRewrite(this, key, item);

    /// <summary>The smallest key strictly greater than <paramref name="key"/>, or null.</summary>
    byte[]? NextKey(ReadOnlySpan<byte> key);

    /// <summary>Deletes keys under <paramref name="prefix"/>, at most <paramref name="limit"/> backend keys, resuming at <paramref name="cursor"/>.</summary>
    MultiRemovalResults ClearPrefix(ReadOnlySpan<byte> prefix, uint? limit = null, byte[]? cursor = null);

    /// <summary>How many transaction layers are open.</summary>
    int TransactionDepth { get; }

    /// <summary>Opens a nested transaction layer.</summary>
    void StartTransaction();

    /// <summary>Keeps the innermost transaction's changes.</summary>
    void CommitTransaction();

    /// <summary>Discards the innermost transaction's changes.</summary>
    void RollbackTransaction();
}
