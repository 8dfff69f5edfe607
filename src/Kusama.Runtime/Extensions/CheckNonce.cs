using Kusama.Core;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Executive;
using Kusama.Runtime.Pallets.System;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Extensions;

/// <summary>
/// frame_system <c>CheckNonce</c>: the explicit <c>Compact&lt;u32&gt;</c> nonce. A nonce below the account's is Stale; the
/// pool orders by the tags <c>provides (who, nonce)</c> and, for a future nonce, <c>requires (who, nonce − 1)</c>, each
/// SCALE-encoded; applying needs the exact nonce (else Future) and increments it.
/// </summary>
public sealed class CheckNonce(SystemPallet system) : TransactionExtension
{
    public override string Identifier => "CheckNonce";

    public override Weight Weight(in TransactionContext tx) => SystemExtensionWeights.CheckNonce();

    public override TransactionValidityError? Validate(ref TransactionContext tx, ref ValidTransaction? validity)
    {
        if (tx.Signer is not { } who) return null;
        AccountInfo account = system.Account.Get(who);
        // An account nobody pays storage for cannot hold a nonce.
        if (account.Providers == 0 && account.Sufficients == 0) return InvalidTransaction.Payment;
        uint nonce = tx.Extra.Nonce;
        if (nonce < account.Nonce) return InvalidTransaction.Stale;
        byte[][] requires = account.Nonce < nonce ? [Tag(who, nonce - 1)] : [];
        Combine(ref validity, new ValidTransaction(0, requires, [Tag(who, nonce)], ulong.MaxValue, propagate: true));
        return null;
    }

    public override TransactionValidityError? Prepare(ref TransactionContext tx)
    {
        if (tx.Signer is not { } who) return null;
        AccountInfo account = system.Account.Get(who);
        // Stale was rejected in validate.
        if (tx.Extra.Nonce > account.Nonce) return InvalidTransaction.Future;
        system.Account.Set(who, account with { Nonce = account.Nonce + 1 });
        return null;
    }

    /// <summary>The pool tag <c>(AccountId, nonce)</c> SCALE-encoded: 32 bytes of account then the nonce as u32 LE.</summary>
    public static byte[] Tag(in AccountId32 who, uint nonce)
    {
        byte[] tag = new byte[AccountId32.Length + 4];
        var writer = new SpanScaleWriter(tag);
        AccountId32Codec.Encode(who, ref writer);
        ScaleWriter.WriteUInt32(ref writer, nonce);
        return tag;
    }
}
