namespace Kusama.Blockchain.Transfer;

/// <summary>The best-chain blocks <see cref="First"/> to <see cref="Last"/> (inclusive) that an export covers.</summary>
public readonly record struct BlockRange(uint First, uint Last)
{
    /// <summary>How many blocks the range holds.</summary>
    public ulong Count => (ulong)Last - First + 1;
}
