using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Transactions;
using Kusama.Scale;

namespace Kusama.Runtime.Executive;

// apply_extrinsic and validate_transaction: both check an extrinsic the same way (decode, look up the signer, build the
// implicit data, verify the signature over the signed payload) before the extension pipeline takes over.
public sealed partial class Executive
{
    /// <summary>Room for Kusama's implicit data: 4 + 4 + 32 + 32 + 33 bytes, with slack for an added extension.</summary>
    private const int ImplicitBufferLength = 160;

    /// <summary>
    /// <c>apply_extrinsic</c>: applies one extrinsic to the block being built or executed. An invalid one (bad signature,
    /// stale nonce, block full...) changes nothing and is reported as the outer error; a valid one is included whatever
    /// its call does, with <c>ExtrinsicSuccess</c>/<c>ExtrinsicFailed</c> deposited.
    /// </summary>
    /// <exception cref="ScaleDecodeException">The bytes are not an extrinsic of this runtime.</exception>
    public ApplyExtrinsicResult ApplyExtrinsic(ReadOnlySpan<byte> encoded)
    {
        var storage = Runtime.Storage;
        storage.StartTransaction();
        ApplyExtrinsicResult result;
        try
        {
            result = ApplyInTransaction(encoded);
        }
        catch
        {
            storage.RollbackTransaction();
            throw;
        }
        if (result.IsValid) storage.CommitTransaction();
        else storage.RollbackTransaction();
        return result;
    }

    private ApplyExtrinsicResult ApplyInTransaction(ReadOnlySpan<byte> encoded)
    {
        var xt = UncheckedExtrinsic.Decode<KusamaSignedExtra>(encoded);
        RuntimeCall call = ScaleCodec.Decode<RuntimeCall>(xt.Call);
        bool isInherent = xt.Type == ExtrinsicType.Bare && Runtime.IsInherent(call);
        if (Check(xt, call, TransactionSource.External, out TransactionContext tx) is { } invalid) return ApplyExtrinsicResult.Invalid(invalid);

        if (!isInherent && !System.InherentsApplied.Get()) System.NoteInherentsApplied();
        System.NoteExtrinsic(encoded.ToArray());

        DispatchResult result;
        if (tx.Signer is { } who)
        {
            if (Extensions.Validate(ref tx, out _) is { } error) return ApplyExtrinsicResult.Invalid(error);
            if (Extensions.Prepare(ref tx) is { } prepareError) return ApplyExtrinsicResult.Invalid(prepareError);
            result = Runtime.Dispatch(call, Origin.Signed(who));
            // set_extension_weight: the actual weight covers the extensions' weight too.
            PostDispatchInfo post = result.PostInfo with
            {
                ActualWeight = (result.PostInfo.ActualWeight ?? tx.CallInfo.Weight).SaturatingAdd(tx.ExtensionWeight),
            };
            if (Extensions.PostDispatch(ref tx, ref post, result) is { } postError) return ApplyExtrinsicResult.Invalid(postError);
            result = result.WithPostInfo(post);
        }
        else
        {
            if (Runtime.PreDispatchUnsigned(call) is { } unsignedError) return ApplyExtrinsicResult.Invalid(unsignedError);
            if (Extensions.BareValidateAndPrepare(ref tx) is { } error) return ApplyExtrinsicResult.Invalid(error);
            result = Runtime.Dispatch(call, Origin.None);
            if (Extensions.BarePostDispatch(ref tx, result.PostInfo, result) is { } postError) return ApplyExtrinsicResult.Invalid(postError);
        }

        // An inherent may not fail: the block would be invalid.
        if (result.IsError && tx.Info.Class == DispatchClass.Mandatory) return ApplyExtrinsicResult.Invalid(InvalidTransaction.BadMandatory);
        System.NoteAppliedExtrinsic(result, tx.Info);
        return result.IsOk ? ApplyExtrinsicResult.Success : ApplyExtrinsicResult.DispatchFailed(result.Error);
    }

    /// <summary>
    /// <c>validate_transaction</c> at the state of <paramref name="blockHash"/> (the best block): initializes a notional
    /// next block, checks the extrinsic, then the extensions' validate (signed) or <c>ValidateUnsigned</c> (bare).
    /// Mandatory calls are never pool transactions. Leaves the notional block's changes in storage: run it on a throwaway overlay.
    /// </summary>
    /// <exception cref="ScaleDecodeException">The bytes are not an extrinsic of this runtime.</exception>
    public Result<ValidTransaction, TransactionValidityError> ValidateTransaction(TransactionSource source, ReadOnlySpan<byte> encoded, Hash256 blockHash)
    {
        System.Initialize(System.BlockNumber + 1, blockHash, []);
        var xt = UncheckedExtrinsic.Decode<KusamaSignedExtra>(encoded);
        RuntimeCall call = ScaleCodec.Decode<RuntimeCall>(xt.Call);
        if (Check(xt, call, source, out TransactionContext tx) is { } invalid) return Err(invalid);
        if (tx.Info.Class == DispatchClass.Mandatory) return Err(InvalidTransaction.MandatoryValidation);

        if (tx.Signer is not null)
        {
            return Extensions.Validate(ref tx, out ValidTransaction validity) is { } error ? Err(error) : Ok(validity);
        }
        Result<ValidTransaction, TransactionValidityError> unsigned = Runtime.ValidateUnsigned(source, call);
        if (unsigned.IsErr) return unsigned;
        if (Extensions.BareValidate(ref tx) is { } bareError) return Err(bareError);
        return Ok(ValidTransaction.Default.CombineWith(unsigned.OkValue));
    }

    /// <summary>
    /// sp-runtime <c>check</c>: resolves the signer (only <c>MultiAddress::Id</c>: Kusama has no account indices), computes
    /// the implicit data (which can fail, e.g. AncientBirthBlock) and verifies the signature (BadProof). General (v5)
    /// extrinsics are refused: none of Kusama's extensions authorizes an origin.
    /// </summary>
    private TransactionValidityError? Check(in UncheckedExtrinsic xt, RuntimeCall call, TransactionSource source, out TransactionContext tx)
    {
        DispatchInfo callInfo = KusamaRuntime.GetDispatchInfo(call);
        int length = xt.Encoded.Length;
        switch (xt.Type)
        {
            case ExtrinsicType.Signed:
                {
                    KusamaSignedExtra extra = ScaleCodec.Decode<KusamaSignedExtra>(xt.Extensions);
                    if (!xt.TryGetAccountId(out AccountId32 who))
                    {
                        tx = default;
                        return UnknownTransaction.CannotLookup;
                    }
                    tx = new TransactionContext(who, call, callInfo, length, extra, source);
                    tx.Info = callInfo with { Weight = callInfo.Weight.SaturatingAdd(Extensions.Weight(tx)) };
                    Span<byte> implicitData = stackalloc byte[ImplicitBufferLength];
                    if (Extensions.WriteImplicit(tx, implicitData, out int implicitLength) is { } error) return error;
                    if (SkipSignatureVerification) return null;
                    if (_signatureBatch is { } batch)
                    {
                        Span<byte> payload = stackalloc byte[SignedPayload.MaxUnhashedLength];
                        int payloadLength = SignedPayload.Write(xt.Call, xt.Extensions, implicitData[..implicitLength], payload);
                        batch.Add(_extrinsicIndex, xt.SignatureKind, xt.Signature, payload[..payloadLength], who);
                        return null;
                    }
                    return xt.VerifySignature(implicitData[..implicitLength], who) ? null : InvalidTransaction.BadProof;
                }
            case ExtrinsicType.Bare:
                tx = new TransactionContext(null, call, callInfo, length, default, source);
                return null;
            default:
                tx = default;
                return InvalidTransaction.UnknownOrigin;
        }
    }

    private static Result<ValidTransaction, TransactionValidityError> Ok(ValidTransaction validity) =>
        Result<ValidTransaction, TransactionValidityError>.Ok(validity);

    private static Result<ValidTransaction, TransactionValidityError> Err(TransactionValidityError error) =>
        Result<ValidTransaction, TransactionValidityError>.Err(error);
}
