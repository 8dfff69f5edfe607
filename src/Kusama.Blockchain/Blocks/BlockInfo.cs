using Kusama.Core;

namespace Kusama.Blockchain.Blocks;

/// <summary>A block's hash and number (sc-client-api's best/finalized pointers).</summary>
public readonly record struct BlockInfo(Hash256 Hash, uint Number)
{
    public override string ToString() => $"#{Number} ({Hash})";
}
