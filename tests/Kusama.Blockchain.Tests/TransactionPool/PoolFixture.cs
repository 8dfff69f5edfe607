using System.Text;
using Kusama.Blockchain.TransactionPool;
using Kusama.Core;
using TxPool = Kusama.Blockchain.TransactionPool.TransactionPool;
using Kusama.Frame.Transactions;

namespace Kusama.Blockchain.Tests.TransactionPool;

/// <summary>A pool over a <see cref="FakeValidator"/>, with helpers for transactions, tags, blocks and watcher output.</summary>
internal sealed class PoolFixture
{
    public PoolFixture(TransactionPoolOptions? options = null)
    {
        Options = (options ?? new TransactionPoolOptions()) with { TimeProvider = Clock };
        Pool = new TxPool(Validator, BlockHash(0), 0, Options);
    }

    public FakeValidator Validator { get; } = new();

    public ManualTimeProvider Clock { get; } = new();

    public TransactionPoolOptions Options { get; }

    public TxPool Pool { get; }

    /// <summary>Distinct opaque bytes standing for an extrinsic (a compact length prefix and an id).</summary>
    public static byte[] Tx(int id) => [0x10, (byte)id, (byte)(id >> 8), (byte)(id >> 16), 0xAA];

    public static byte[] Tag(string name) => Encoding.ASCII.GetBytes(name);

    public static Hash256 HashOf(byte[] extrinsic) => TxPool.HashOf(extrinsic);

    public static Hash256 BlockHash(int seed, int fork = 0)
    {
        var bytes = new byte[32];
        bytes[0] = (byte)seed;
        bytes[1] = (byte)(seed >> 8);
        bytes[2] = (byte)fork;
        bytes[31] = 0xB1;
        return new Hash256(bytes);
    }

    public static ValidTransaction Valid(ulong priority, string[] requires, string[] provides, ulong longevity = ulong.MaxValue) =>
        new(priority, Array.ConvertAll(requires, Tag), Array.ConvertAll(provides, Tag), longevity, true);

    /// <summary>Registers the validity and submits as External.</summary>
    public Result<Hash256, TransactionPoolError> Submit(byte[] extrinsic, ValidTransaction validity)
    {
        Validator.Set(extrinsic, validity);
        return Pool.Submit(TransactionSource.External, extrinsic);
    }

    public TransactionWatcher Watch(byte[] extrinsic, ValidTransaction validity)
    {
        Validator.Set(extrinsic, validity);
        Result<TransactionWatcher, TransactionPoolError> result = Pool.SubmitAndWatch(TransactionSource.External, extrinsic);
        Assert.True(result.IsOk, result.ToString());
        return result.OkValue;
    }

    /// <summary>Extends the best chain by one block holding <paramref name="extrinsics"/>.</summary>
    public void Enact(int number, params byte[][] extrinsics) =>
        Pool.OnNewBestBlock(new NewBestBlock(BlockHash(number), (ulong)number, [], [new EnactedBlock(BlockHash(number), (ulong)number, extrinsics)]));

    /// <summary>Everything the watcher has received so far (non-blocking).</summary>
    public static List<TransactionStatus> Drain(TransactionWatcher watcher)
    {
        var statuses = new List<TransactionStatus>();
        while (watcher.Statuses.TryRead(out TransactionStatus status))
            statuses.Add(status);
        return statuses;
    }

    public static List<PooledTransaction> ReadyOrder(TxPool pool)
    {
        var list = new List<PooledTransaction>();
        foreach (PooledTransaction transaction in pool.Ready())
            list.Add(transaction);
        return list;
    }
}
