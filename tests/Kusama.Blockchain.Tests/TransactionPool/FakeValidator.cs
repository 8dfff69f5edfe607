using System.Collections.Concurrent;
using Kusama.Blockchain.TransactionPool;
using Kusama.Core;
using TxPool = Kusama.Blockchain.TransactionPool.TransactionPool;
using Kusama.Frame.Transactions;

namespace Kusama.Blockchain.Tests.TransactionPool;

/// <summary>A validator answering from a table: extrinsic hash → validity (optionally depending on the block validated at).</summary>
internal sealed class FakeValidator : ITransactionValidator
{
    private readonly ConcurrentDictionary<Hash256, Func<Hash256, Result<ValidTransaction, TransactionValidityError>>> _table = new();
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public void Set(byte[] extrinsic, ValidTransaction validity) =>
        _table[TxPool.HashOf(extrinsic)] = _ => Result<ValidTransaction, TransactionValidityError>.Ok(validity);

    public void Set(byte[] extrinsic, TransactionValidityError error) =>
        _table[TxPool.HashOf(extrinsic)] = _ => Result<ValidTransaction, TransactionValidityError>.Err(error);

    public void Set(byte[] extrinsic, Func<Hash256, Result<ValidTransaction, TransactionValidityError>> byBlock) =>
        _table[TxPool.HashOf(extrinsic)] = byBlock;

    public Result<ValidTransaction, TransactionValidityError> Validate(TransactionSource source, byte[] extrinsic, Hash256 at)
    {
        Interlocked.Increment(ref _calls);
        return _table.TryGetValue(TxPool.HashOf(extrinsic), out var answer)
            ? answer(at)
            : Result<ValidTransaction, TransactionValidityError>.Err(UnknownTransaction.CannotLookup);
    }
}
