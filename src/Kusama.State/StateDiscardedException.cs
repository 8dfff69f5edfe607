namespace Kusama.State;

/// <summary>The state asked for was pruned (or never kept): Substrate's "State already discarded" error.</summary>
public sealed class StateDiscardedException : Exception
{
    public StateDiscardedException(string what) : base($"State already discarded for {what}") => What = what;

    /// <summary>The block hash or state root (0x-hex) whose state is gone.</summary>
    public string What { get; }
}
