using Kusama.Network.PeerSet;

namespace Kusama.Network.Sync;

/// <summary>The reputation changes of sc-network-sync (<c>chain_sync.rs</c> / <c>engine.rs</c> <c>mod rep</c>), same values and reasons.</summary>
public static class SyncReputation
{
    /// <summary>A block whose header is missing or does not match its hash.</summary>
    public static readonly ReputationChange IncompleteHeader = new(-(1 << 20), "Incomplete header");

    /// <summary>A block that failed consensus verification.</summary>
    public static readonly ReputationChange VerificationFail = new(-(1 << 29), "Block verification failed");

    /// <summary>A block that failed to import (or is known to be bad).</summary>
    public static readonly ReputationChange BadBlock = new(-(1 << 29), "Bad block");

    /// <summary>A response without the block that was asked for.</summary>
    public static readonly ReputationChange NoBlock = new(-(1 << 29), "No requested block data");

    /// <summary>A response with blocks that were not asked for (too many, wrong start, not a chain).</summary>
    public static readonly ReputationChange NotRequested = new(-(1 << 29), "Not requested block data");

    /// <summary>A block whose justifications do not decode.</summary>
    public static readonly ReputationChange BadJustification = new(-(1 << 16), "Bad justification");

    /// <summary>An ancestry search answer that does not fit the question.</summary>
    public static readonly ReputationChange UnknownAncestor = new(-(1 << 16), "DB Error");

    /// <summary>A response that lacks requested parts.</summary>
    public static readonly ReputationChange BadResponse = new(-(1 << 12), "Incomplete response");

    /// <summary>A message that does not decode.</summary>
    public static readonly ReputationChange BadMessage = new(-(1 << 12), "Bad message");

    /// <summary>A request that was not answered in time.</summary>
    public static readonly ReputationChange Timeout = new(-(1 << 10), "Request timeout");

    /// <summary>A request that was refused or failed.</summary>
    public static readonly ReputationChange Refused = new(-(1 << 10), "Request refused");

    /// <summary>A peer whose genesis differs from ours (found by an ancestry search that reaches block 0 without a match).</summary>
    public static readonly ReputationChange GenesisMismatch = ReputationChange.Fatal("Genesis mismatch");
}
