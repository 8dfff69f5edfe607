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
