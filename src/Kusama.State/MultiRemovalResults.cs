namespace Kusama.State;

/// <summary>What a limited prefix removal did (sp-io <c>MultiRemovalResults</c>): resume cursor and counts.</summary>
/// <param name="Cursor">The first backend key left in place when the limit stopped the removal; null when complete.</param>
/// <param name="Backend">Backend keys newly deleted.</param>
/// <param name="Unique">Distinct keys newly deleted, overlay-only keys included.</param>
/// <param name="Loops">Backend keys visited (what the limit counts).</param>
public readonly record struct MultiRemovalResults(byte[]? Cursor, uint Backend, uint Unique, uint Loops)
{
    /// <summary>True when no key under the prefix remains.</summary>
    public bool Complete => Cursor is null;
}
