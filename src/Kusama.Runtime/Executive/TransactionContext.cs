using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Transactions;

namespace Kusama.Runtime.Executive;

/// <summary>
/// One transaction as the extension pipeline sees it: signer, call, dispatch info, encoded length and the explicit
/// extension values, plus the slots extensions use to carry state from validate/prepare to post-dispatch.
/// </summary>
public struct TransactionContext
{
    public TransactionContext(AccountId32? signer, RuntimeCall call, DispatchInfo callInfo, int length, KusamaSignedExtra extra, TransactionSource source)
    {
        Signer = signer;
        Call = call;
        CallInfo = callInfo;
        Info = callInfo;
        Length = length;
        Extra = extra;
        Source = source;
    }

    /// <summary>The account that signed, or null for a bare (unsigned) extrinsic.</summary>
    public AccountId32? Signer { get; }

    public RuntimeCall Call { get; }

    /// <summary>The call's own declared dispatch info (<c>call_weight</c>).</summary>
    public DispatchInfo CallInfo { get; }

    /// <summary>The dispatch info everything charges against: the call's weight plus the extensions' weight (<c>total_weight</c>).</summary>
    public DispatchInfo Info { get; set; }

    /// <summary>The extensions' own weight (<c>extension_weight</c>).</summary>
    public Weight ExtensionWeight => Info.Weight.SaturatingSub(CallInfo.Weight);

    /// <summary>The encoded extrinsic's length in bytes, length prefix included.</summary>
    public int Length { get; }

    /// <summary>The explicit extension values (era, nonce, tip, metadata-hash mode); default for bare extrinsics.</summary>
    public KusamaSignedExtra Extra { get; }

    public TransactionSource Source { get; }

    /// <summary>CheckWeight's <c>Val</c>: the block length after this transaction, computed in validate, booked in prepare.</summary>
    public uint NextBlockLength { get; set; }

    /// <summary>ChargeTransactionPayment's <c>Pre</c>: the fee withdrawn in prepare, refunded in part in post-dispatch.</summary>
    public Balance WithdrawnFee { get; set; }
}
