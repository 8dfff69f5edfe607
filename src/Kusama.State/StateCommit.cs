using Kusama.Core;
using Kusama.Db;

namespace Kusama.State;

/// <summary>What <see cref="StateDb.CommitBlock"/> produced: the block's state root and the batch holding its state writes.</summary>
/// <remarks>The caller adds the header, body and chain pointers to <see cref="Batch"/>, writes it once, and disposes it.</remarks>
public sealed record StateCommit(Hash256 StateRoot, WriteBatch Batch) : IDisposable
{
    public void Dispose() => Batch.Dispose();
}
