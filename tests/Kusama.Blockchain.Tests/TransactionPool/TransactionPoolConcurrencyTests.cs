using System.Collections.Concurrent;
using Kusama.Blockchain.TransactionPool;
using Kusama.Core;
using Kusama.Frame.Transactions;
using static Kusama.Blockchain.Tests.TransactionPool.PoolFixture;

namespace Kusama.Blockchain.Tests.TransactionPool;

public class TransactionPoolConcurrencyTests
{
    [Fact]
    public async Task Many_threads_submitting_overlapping_transactions_import_each_exactly_once()
    {
        var f = new PoolFixture();
        const int Distinct = 800;
        for (int i = 0; i < Distinct; i++)
            f.Validator.Set(Tx(i), Valid((ulong)(i % 7), i % 2 == 0 ? [] : [$"t{i - 1}"], [$"t{i}"]));
        var accepted = new ConcurrentDictionary<Hash256, int>();
        int duplicates = 0;

        using var iterating = new CancellationTokenSource();
        Task reader = Task.Run(() =>
        {
            while (!iterating.IsCancellationRequested)
            {
                var seen = new HashSet<Hash256>();
                foreach (PooledTransaction transaction in f.Pool.Ready())
                    Assert.True(seen.Add(transaction.Hash));
            }
        });
        Parallel.For(0, 8, thread =>
        {
            // Every thread submits every transaction, in its own order, mixing single and batch submission.
            for (int k = 0; k < Distinct; k++)
            {
                int i = (k * 7 + thread * 101) % Distinct;
                Result<Hash256, TransactionPoolError> result = thread % 2 == 0
                    ? f.Pool.Submit(TransactionSource.External, Tx(i))
                    : f.Pool.SubmitMany(TransactionSource.External, [Tx(i)])[0];
                if (result.IsOk)
                    accepted.AddOrUpdate(result.OkValue, 1, (_, n) => n + 1);
                else if (result.ErrValue.Code == TransactionPoolError.AlreadyImportedCode)
                    Interlocked.Increment(ref duplicates);
                else
                    Assert.Fail(result.ErrValue.ToString());
            }
        });
        iterating.Cancel();
        await reader;

        Assert.Equal(Distinct, accepted.Count);
        Assert.All(accepted.Values, count => Assert.Equal(1, count));
        Assert.Equal(8 * Distinct - Distinct, duplicates);
        Assert.Equal(new TransactionPoolStatus(Distinct, Distinct * 5L, 0, 0), f.Pool.Status);
        Assert.Equal(Distinct, ReadyOrder(f.Pool).Count);
    }

    [Fact]
    public void Throughput_run_submits_every_prepared_extrinsic_and_counts_refusals_by_code()
    {
        var validator = new FakeValidator();
        var extrinsics = new List<byte[]>();
        for (int i = 0; i < 300; i++)
        {
            extrinsics.Add(Tx(i));
            if (i % 100 == 0)
                validator.Set(Tx(i), InvalidTransaction.BadProof);
            else
                validator.Set(Tx(i), Valid(1, [], [$"t{i}"]));
        }

        TransactionPoolThroughputReport report = TransactionPoolThroughput.Run(validator, extrinsics, BlockHash(0), 0, batchSize: 64);

        Assert.Equal(300, report.Submitted);
        Assert.Equal(297, report.Accepted);
        Assert.Equal(3, report.RefusedByCode[1010]);
        Assert.Equal(300, validator.Calls);
        Assert.Equal(297, report.Status.Ready);
    }
}
