namespace Kusama.Blockchain.Transfer;

/// <summary>A block file could not be written, read or imported; the message names the block.</summary>
public sealed class BlockFileException : Exception
{
    public BlockFileException(string message) : base(message)
    {
    }

    public BlockFileException(string message, Exception inner) : base(message, inner)
    {
    }
}
