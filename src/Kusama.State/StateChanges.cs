namespace Kusama.State;

/// <summary>
/// A block's storage changes: key → new value (null = deleted) for the top trie and for each default child trie,
/// every list sorted by key without repeats. <see cref="StorageOverlay.Drain"/> produces it; <see cref="StateDb.CommitBlock"/> applies it.
/// </summary>
public sealed class StateChanges
{
    /// <summary>No changes.</summary>
    public static StateChanges Empty { get; } = new([], []);

    public StateChanges(IReadOnlyList<KeyValuePair<byte[], byte[]?>> top, IReadOnlyList<KeyValuePair<byte[], IReadOnlyList<KeyValuePair<byte[], byte[]?>>>> children)
    {
        ArgumentNullException.ThrowIfNull(top);
        ArgumentNullException.ThrowIfNull(children);
        Top = top;
        Children = children;
    }

    /// <summary>Top-trie changes, sorted by key.</summary>
    public IReadOnlyList<KeyValuePair<byte[], byte[]?>> Top { get; }

    /// <summary>Per child key (without <c>:child_storage:default:</c>), that child trie's changes, sorted by child key.</summary>
    public IReadOnlyList<KeyValuePair<byte[], IReadOnlyList<KeyValuePair<byte[], byte[]?>>>> Children { get; }

    /// <summary>Changes of the top trie only, from pairs in any order (a repeated key keeps its last value).</summary>
    public static StateChanges FromTop(IEnumerable<KeyValuePair<byte[], byte[]?>> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var map = new Dictionary<byte[], byte[]?>(ByteKeyComparer.Instance);
        foreach (KeyValuePair<byte[], byte[]?> change in changes) map[change.Key] = change.Value;
        var list = new List<KeyValuePair<byte[], byte[]?>>(map);
        ByteKeyComparer.Sort(list);
        return new StateChanges(list, []);
    }
}
