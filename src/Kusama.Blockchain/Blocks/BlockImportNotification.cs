using Kusama.Core;
using Kusama.Frame.Primitives;

namespace Kusama.Blockchain.Blocks;

/// <summary>
/// A block was imported (sc-client-api <c>BlockImportNotification</c>). When it became the new best block,
/// <see cref="TreeRoute"/> leads from the previous best to it (a re-org retracts blocks).
/// </summary>
public sealed record BlockImportNotification(Hash256 Hash, Header Header, byte[][] Body, BlockOrigin Origin, bool IsNewBest, TreeRoute? TreeRoute)
{
    /// <summary>The block's number.</summary>
    public uint Number => Header.Number;
}
