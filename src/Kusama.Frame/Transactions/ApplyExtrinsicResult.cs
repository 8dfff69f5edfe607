using Kusama.Frame.Dispatch;
using Kusama.Scale;

namespace Kusama.Frame.Transactions;

/// <summary>
/// sp-runtime <c>ApplyExtrinsicResult</c> = <c>Result&lt;Result&lt;(), DispatchError&gt;, TransactionValidityError&gt;</c>, the
/// output of <c>BlockBuilder_apply_extrinsic</c>: the outer Err means the extrinsic was not included; an inner Err means
/// it was included (fees paid) but its call failed.
/// </summary>
public readonly record struct ApplyExtrinsicResult : IScaleCodec<ApplyExtrinsicResult>
{
    private const byte OkIndex = 0;
    private const byte ErrIndex = 1;

    private readonly DispatchError _dispatchError;
    private readonly TransactionValidityError _validityError;

    private ApplyExtrinsicResult(bool isValid, bool isDispatchOk, DispatchError dispatchError, TransactionValidityError validityError)
    {
        IsValid = isValid;
        IsDispatchOk = isDispatchOk;
        _dispatchError = dispatchError;
        _validityError = validityError;
    }

    /// <summary><c>Ok(Ok(()))</c>: included and dispatched successfully.</summary>
    public static ApplyExtrinsicResult Success => new(true, true, default, default);

    /// <summary><c>Ok(Err(error))</c>: included, but the call failed.</summary>
    public static ApplyExtrinsicResult DispatchFailed(DispatchError error) => new(true, false, error, default);

    /// <summary><c>Err(error)</c>: not included.</summary>
    public static ApplyExtrinsicResult Invalid(TransactionValidityError error) => new(false, false, default, error);

    /// <summary>The extrinsic passed validity and was included.</summary>
    public bool IsValid { get; }

    /// <summary>Included and its call succeeded.</summary>
    public bool IsDispatchOk { get; }

    public DispatchError DispatchError =>
        IsValid && !IsDispatchOk ? _dispatchError : throw new InvalidOperationException($"{this} carries no dispatch error");

    public TransactionValidityError ValidityError =>
        IsValid ? throw new InvalidOperationException($"{this} carries no validity error") : _validityError;

    public static ApplyExtrinsicResult Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        byte outer = reader.ReadByte();
        if (outer == ErrIndex)
            return Invalid(TransactionValidityError.Decode(ref reader));
        if (outer != OkIndex)
            ScaleReader.Throw($"invalid Result tag 0x{outer:x2} (must be 0 or 1)", start);
        int innerAt = reader.Position;
        byte inner = reader.ReadByte();
        return inner switch
        {
            OkIndex => Success,
            ErrIndex => DispatchFailed(DispatchErrorCodec.Decode(ref reader)),
            _ => throw new ScaleDecodeException($"invalid Result tag 0x{inner:x2} (must be 0 or 1)", innerAt),
        };
    }

    public static void Encode<TWriter>(in ApplyExtrinsicResult value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        if (!value.IsValid)
        {
            writer.WriteByte(ErrIndex);
            TransactionValidityError.Encode(value._validityError, ref writer);
            return;
        }

        writer.WriteByte(OkIndex);
        if (value.IsDispatchOk)
        {
            writer.WriteByte(OkIndex);
            return;
        }

        writer.WriteByte(ErrIndex);
        DispatchErrorCodec.Encode(value._dispatchError, ref writer);
    }

    public static int GetEncodedSize(in ApplyExtrinsicResult value) =>
        !value.IsValid ? 1 + TransactionValidityError.GetEncodedSize(value._validityError)
        : value.IsDispatchOk ? 2
        : 2 + DispatchErrorCodec.GetEncodedSize(value._dispatchError);

    public static int MinEncodedSize => 2;

    public override string ToString() =>
        !IsValid ? $"Err({_validityError})" : IsDispatchOk ? "Ok(Ok(()))" : $"Ok(Err({_dispatchError}))";
}
