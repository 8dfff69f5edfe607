namespace Kusama.Trie.Proofs;

/// <summary>
/// What a range proof proves (sp-state-machine <c>KeyValueStates</c> with the pending depth): the top trie's entries first,
/// then those of each child trie entered, and how deep the iteration stopped (0 when the state is complete).
/// </summary>
public sealed class KeyValueStates(IReadOnlyList<KeyValueStorageLevel> levels, int pendingDepth)
{
    /// <summary>The levels read: index 0 is the top trie.</summary>
    public IReadOnlyList<KeyValueStorageLevel> Levels { get; } = levels ?? throw new ArgumentNullException(nameof(levels));

    /// <summary>0 when nothing is left; 1 when the top trie was left unfinished, 2 when a child trie was.</summary>
    public int PendingDepth { get; } = pendingDepth;

    /// <summary>True when the whole state is proven.</summary>
    public bool IsComplete => PendingDepth == 0;

    /// <summary>The number of entries over all levels.</summary>
    public int Count
    {
        get
        {
            int count = 0;
            foreach (KeyValueStorageLevel level in Levels) count += level.KeyValues.Count;
            return count;
        }
    }

    /// <summary>
    /// Moves the request cursor <paramref name="last"/> past what was read (sp-state-machine <c>KeyValueStates::update_last_key</c>):
    /// [top key] while in the top trie, [child root key, child key] while in a child trie. False when there is nothing to move to.
    /// </summary>
    public bool UpdateLastKey(List<byte[]> last)
    {
        ArgumentNullException.ThrowIfNull(last);
        byte[]? topLast = Levels.Count > 0 && Levels[0].KeyValues.Count > 0 ? Levels[0].KeyValues[^1].Key : null;
        switch (PendingDepth)
        {
            case 1:
                if (topLast is null)
                {
                    // No top entry read: only a child trie was finished.
                    if (last.Count > 1) last.RemoveRange(1, last.Count - 1);
                    return true;
                }
                if (last.Count == 0)
                {
                    last.Add(topLast);
                    return true;
                }
                if (last.Count == 2) last.RemoveAt(1);
                last[0] = topLast;
                return true;
            case 2:
                byte[]? childLast = Levels.Count > 0 && Levels[^1].KeyValues.Count > 0 ? Levels[^1].KeyValues[^1].Key : null;
                if (childLast is null) return false;
                if (last.Count == 0)
                {
                    if (topLast is null) return false;
                    last.Add(topLast);
                }
                else if (topLast is not null)
                {
                    last[0] = topLast;
                }
                if (last.Count == 2) last.RemoveAt(1);
                last.Add(childLast);
                return true;
            default:
                return false;
        }
    }
}
