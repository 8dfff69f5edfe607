using Kusama.Core;
using Kusama.Frame.Primitives;

namespace Kusama.Blockchain.Blocks;

/// <summary>
/// Blocks were finalized (sc-client-api <c>FinalityNotification</c>): <see cref="Finalized"/> lists every newly finalized
/// block, oldest first, ending with <see cref="Hash"/>; <see cref="Pruned"/> the blocks of forks finality ruled out.
/// </summary>
public sealed record FinalityNotification(Hash256 Hash, Header Header, IReadOnlyList<Hash256> Finalized, IReadOnlyList<Hash256> Pruned)
{
    /// <summary>The newly finalized head's number.</summary>
    public uint Number => Header.Number;
}
