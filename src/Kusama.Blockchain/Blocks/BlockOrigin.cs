namespace Kusama.Blockchain.Blocks;

/// <summary>Where an imported block came from (sp-consensus <c>BlockOrigin</c>); it decides logging and whether to announce it.</summary>
public enum BlockOrigin
{
    /// <summary>The genesis block, built from the chain spec.</summary>
    Genesis,

    /// <summary>Downloaded during the initial sync.</summary>
    NetworkInitialSync,

    /// <summary>Announced by a peer while keeping up.</summary>
    NetworkBroadcast,

    /// <summary>Broadcast by the consensus engine.</summary>
    ConsensusBroadcast,

    /// <summary>Authored by this node.</summary>
    Own,

    /// <summary>Read by <c>import-blocks</c>.</summary>
    File,
}
