namespace Kusama.Blockchain.Import;

/// <summary>A block was refused by the import pipeline: a bad seal, an invalid state transition, an unknown parent.</summary>
public sealed class BlockImportException : Exception
{
    public BlockImportException(string message) : base(message)
    {
    }

    public BlockImportException(string message, Exception inner) : base(message, inner)
    {
    }
}
