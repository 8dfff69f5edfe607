using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.Execution;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Frame.Transactions;
using Kusama.Scale;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>The pool's validator: <c>TaggedTransactionQueue_validate_transaction</c> on the state of the block asked for.</summary>
public sealed class RuntimeTransactionValidator(BlockTree tree, RuntimeExecutor executor) : ITransactionValidator
{
    public Result<ValidTransaction, TransactionValidityError> Validate(TransactionSource source, byte[] extrinsic, Hash256 at)
    {
        Header header = tree.GetHeader(at) ?? throw new InvalidOperationException($"Cannot validate at unknown block {at}.");
        // (source u8, tx, block_hash): the opaque extrinsic encodes as its own bytes (length prefix included).
        var args = new byte[1 + extrinsic.Length + Hash256.Length];
        args[0] = (byte)source;
        extrinsic.CopyTo(args, 1);
        at.Bytes.CopyTo(args.AsSpan(1 + extrinsic.Length));
        byte[] output = executor.Call(header.StateRoot, "TaggedTransactionQueue_validate_transaction", args);
        return ScaleCodec.Decode<Result<ValidTransaction, TransactionValidityError>, TransactionValidityCodec>(output);
    }
}
