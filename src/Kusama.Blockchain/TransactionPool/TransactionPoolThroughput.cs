using System.Diagnostics;
using Kusama.Core;
using Kusama.Frame.Transactions;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// What <c>kusama benchmark pool</c> measures: prepared extrinsics submitted to a fresh pool in batches (validated in
/// parallel through the real runtime), reported as validations per second.
/// </summary>
public static class TransactionPoolThroughput
{
    /// <summary>
    /// Submits <paramref name="extrinsics"/> to a new pool at <paramref name="at"/> in batches of
    /// <paramref name="batchSize"/>; the pool's limits are raised to hold them all, so only validation is timed.
    /// </summary>
    public static TransactionPoolThroughputReport Run(
        ITransactionValidator validator, IReadOnlyList<byte[]> extrinsics, Hash256 at, ulong atNumber, int batchSize = 512, int parallelism = 0)
    {
        var options = new TransactionPoolOptions
        {
            ReadyCount = int.MaxValue,
            ReadyBytes = long.MaxValue,
            FutureCount = int.MaxValue,
            FutureBytes = long.MaxValue,
            ValidationParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount,
        };
        var pool = new TransactionPool(validator, at, atNumber, options);
        int accepted = 0;
        var errors = new Dictionary<int, int>();
        long start = Stopwatch.GetTimestamp();
        for (int offset = 0; offset < extrinsics.Count; offset += batchSize)
        {
            int count = Math.Min(batchSize, extrinsics.Count - offset);
            var batch = new byte[count][];
            for (int i = 0; i < count; i++)
                batch[i] = extrinsics[offset + i];
            foreach (Result<Hash256, TransactionPoolError> result in pool.SubmitMany(TransactionSource.External, batch))
            {
                if (result.IsOk)
                    accepted++;
                else
                    errors[result.ErrValue.Code] = errors.GetValueOrDefault(result.ErrValue.Code) + 1;
            }
        }
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        return new TransactionPoolThroughputReport(extrinsics.Count, accepted, errors, elapsed, pool.Status);
    }
}
