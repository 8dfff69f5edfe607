namespace Kusama.Runtime.Executive;

/// <summary>A block that cannot be executed as given (bad extrinsic, failed inherent, wrong root or digest): the block is invalid, the node rejects it.</summary>
public sealed class BlockExecutionException : Exception
{
    public BlockExecutionException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
