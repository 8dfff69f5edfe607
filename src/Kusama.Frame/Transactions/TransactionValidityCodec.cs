using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Transactions;

/// <summary>
/// sp-runtime <c>TransactionValidity</c> = <c>Result&lt;ValidTransaction, TransactionValidityError&gt;</c>, the output of
/// <c>TaggedTransactionQueue_validate_transaction</c>.
/// </summary>
public readonly struct TransactionValidityCodec : ICodec<Result<ValidTransaction, TransactionValidityError>>
{
    public static Result<ValidTransaction, TransactionValidityError> Decode(ref ScaleReader reader) =>
        ResultCodec<ValidTransaction, TransactionValidityError, ValidTransaction, TransactionValidityError>.Decode(ref reader);

    public static void Encode<TWriter>(in Result<ValidTransaction, TransactionValidityError> value, ref TWriter writer)
        where TWriter : IScaleWriter, allows ref struct =>
        ResultCodec<ValidTransaction, TransactionValidityError, ValidTransaction, TransactionValidityError>.Encode(value, ref writer);

    public static int GetEncodedSize(in Result<ValidTransaction, TransactionValidityError> value) =>
        ResultCodec<ValidTransaction, TransactionValidityError, ValidTransaction, TransactionValidityError>.GetEncodedSize(value);

    public static int MinEncodedSize => 3;
}
