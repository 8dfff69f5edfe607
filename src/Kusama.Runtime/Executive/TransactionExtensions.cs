using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Extensions;
using Kusama.Scale;

namespace Kusama.Runtime.Executive;

/// <summary>
/// Kusama's extension tuple, in its order (never reorder: the implicit data is signed in this order): CheckNonZeroSender,
/// CheckSpecVersion, CheckTxVersion, CheckGenesis, CheckMortality, CheckNonce, CheckWeight, ChargeTransactionPayment,
/// CheckMetadataHash. ChargeTransactionPayment is supplied by the TransactionPayment pallet (position 8); until it is,
/// the tuple runs without it. Each step runs the extensions in order and stops at the first error, as the Rust tuple does.
/// </summary>
public sealed class TransactionExtensions
{
    /// <summary>The position of ChargeTransactionPayment in Kusama's tuple (0-based 7, the 8th of 9).</summary>
    public const int ChargeTransactionPaymentPosition = 7;

    private readonly TransactionExtension[] _extensions;

    public TransactionExtensions(KusamaRuntime runtime, TransactionExtension? chargeTransactionPayment = null)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var list = new List<TransactionExtension>(9)
        {
            new CheckNonZeroSender(),
            new CheckSpecVersion(runtime.Config.System.Version.SpecVersion),
            new CheckTxVersion(runtime.Config.System.Version.TransactionVersion),
            new CheckGenesis(runtime.System),
            new CheckMortality(runtime.System),
            new CheckNonce(runtime.System),
            new CheckWeight(runtime.System),
        };
        list.Add(chargeTransactionPayment ?? new ChargeTransactionPayment(runtime));
        list.Add(new CheckMetadataHash());
        _extensions = [.. list];
    }

    /// <summary>The extensions in order.</summary>
    public IReadOnlyList<TransactionExtension> Items => _extensions;

    /// <summary>The implicit data of every extension in order, written into <paramref name="destination"/>; returns its length.</summary>
    public TransactionValidityError? WriteImplicit(in TransactionContext tx, Span<byte> destination, out int length)
    {
        var writer = new SpanScaleWriter(destination);
        foreach (TransactionExtension extension in _extensions)
        {
            if (extension.WriteImplicit(tx, ref writer) is { } error)
            {
                length = 0;
                return error;
            }
        }
        length = writer.Written;
        return null;
    }

    /// <summary>The sum of the extensions' weights (<c>extension_weight</c>).</summary>
    public Weight Weight(in TransactionContext tx)
    {
        Weight total = Core.Weight.Zero;
        foreach (TransactionExtension extension in _extensions) total = total.SaturatingAdd(extension.Weight(tx));
        return total;
    }

    /// <summary><c>validate</c> of the tuple: the combined validity, or the first error.</summary>
    public TransactionValidityError? Validate(ref TransactionContext tx, out ValidTransaction validity)
    {
        ValidTransaction? combined = null;
        foreach (TransactionExtension extension in _extensions)
        {
            if (extension.Validate(ref tx, ref combined) is { } error)
            {
                validity = ValidTransaction.Default;
                return error;
            }
        }
        validity = combined ?? ValidTransaction.Default;
        return null;
    }

    /// <summary><c>prepare</c> of the tuple (after a successful validate).</summary>
    public TransactionValidityError? Prepare(ref TransactionContext tx)
    {
        foreach (TransactionExtension extension in _extensions)
            if (extension.Prepare(ref tx) is { } error) return error;
        return null;
    }

    /// <summary><c>post_dispatch</c> of the tuple: each extension's corrections, then the unspent weights refunded from <paramref name="post"/>.</summary>
    public TransactionValidityError? PostDispatch(ref TransactionContext tx, ref PostDispatchInfo post, in DispatchResult result)
    {
        Weight unspent = Core.Weight.Zero;
        foreach (TransactionExtension extension in _extensions)
            if (extension.PostDispatch(ref tx, post, result, ref unspent) is { } error) return error;
        if (!unspent.IsZero && post.ActualWeight is { } actual) post = post with { ActualWeight = actual.SaturatingSub(unspent) };
        return null;
    }

    /// <summary><c>bare_validate</c> of the tuple.</summary>
    public TransactionValidityError? BareValidate(ref TransactionContext tx)
    {
        foreach (TransactionExtension extension in _extensions)
            if (extension.BareValidate(ref tx) is { } error) return error;
        return null;
    }

    /// <summary><c>bare_validate_and_prepare</c> of the tuple.</summary>
    public TransactionValidityError? BareValidateAndPrepare(ref TransactionContext tx)
    {
        foreach (TransactionExtension extension in _extensions)
            if (extension.BareValidateAndPrepare(ref tx) is { } error) return error;
        return null;
    }

    /// <summary><c>bare_post_dispatch</c> of the tuple.</summary>
    public TransactionValidityError? BarePostDispatch(ref TransactionContext tx, in PostDispatchInfo post, in DispatchResult result)
    {
        foreach (TransactionExtension extension in _extensions)
            if (extension.BarePostDispatch(ref tx, post, result) is { } error) return error;
        return null;
    }

    /// <summary>The explicit bytes of <paramref name="extra"/> (for building extrinsics: era, nonce, tip, mode).</summary>
    public static byte[] EncodeExplicit(in KusamaSignedExtra extra) => ScaleCodec.Encode(extra);
}
