using Kusama.Core;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Transactions;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Apis;

/// <summary>sp-transaction-pool <c>TaggedTransactionQueue</c> (version 3): validate_transaction.</summary>
public static class TaggedTransactionQueueApi
{
    /// <summary><c>TaggedTransactionQueue_validate_transaction</c>: (source u8, extrinsic, block_hash) → TransactionValidity.</summary>
    public static byte[] ValidateTransaction(Executive.Executive executive, ReadOnlySpan<byte> args)
    {
        var reader = new ScaleReader(args);
        int sourceAt = reader.Position;
        byte source = reader.ReadByte();
        if (source > (byte)TransactionSource.External) ScaleReader.Throw($"unknown TransactionSource {source}", sourceAt);
        ReadOnlySpan<byte> extrinsic = UncheckedExtrinsic.Read<KusamaSignedExtra>(ref reader).Encoded;
        Hash256 blockHash = Hash256Codec.Decode(ref reader);
        Result<ValidTransaction, TransactionValidityError> validity = executive.ValidateTransaction((TransactionSource)source, extrinsic, blockHash);
        return ScaleCodec.Encode<Result<ValidTransaction, TransactionValidityError>, TransactionValidityCodec>(validity);
    }

    /// <summary>Registers the TaggedTransactionQueue method.</summary>
    public static void Register(KusamaRuntimeApi api) =>
        api.Register("TaggedTransactionQueue_validate_transaction", ValidateTransaction);
}
