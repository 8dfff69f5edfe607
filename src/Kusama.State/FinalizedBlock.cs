using Kusama.Core;

namespace Kusama.State;

/// <summary>The last finalized block as the state database recorded it: its number, hash and state root.</summary>
public readonly record struct FinalizedBlock(uint Number, Hash256 Hash, Hash256 StateRoot);
