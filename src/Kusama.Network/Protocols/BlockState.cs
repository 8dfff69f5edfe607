namespace Kusama.Network.Protocols;

/// <summary>Whether an announced block is the announcer's new best block.</summary>
public enum BlockState : byte
{
    /// <summary>An ordinary imported block.</summary>
    Normal = 0,

    /// <summary>The announcer's new best block.</summary>
    Best = 1,
}
