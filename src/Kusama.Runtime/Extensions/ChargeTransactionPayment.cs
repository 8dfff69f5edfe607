using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Executive;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.TransactionPayment;

namespace Kusama.Runtime.Extensions;

/// <summary>
/// pallet_transaction_payment's <c>ChargeTransactionPayment</c> (explicit <c>Compact&lt;u128&gt;</c> tip) with Kusama's
/// <c>FungibleAdapter&lt;Balances, DealWithFees&gt;</c>: validate checks the fee (plus tip) can be withdrawn keeping the payer
/// alive and sets the priority; prepare withdraws it; post-dispatch refunds the part the actual weight did not use, sends
/// 80 % of the fee to the treasury and 20 % plus the tip to the block author, and deposits <c>TransactionFeePaid</c>.
/// </summary>
public sealed class ChargeTransactionPayment(KusamaRuntime runtime) : TransactionExtension
{
    /// <summary>The treasury's account: <c>PalletId(*b"py/trsry").into_account_truncating()</c> = "modl" ++ "py/trsry" ++ zeros.</summary>
    public static readonly AccountId32 TreasuryAccount = CreateTreasuryAccount();

    public override string Identifier => "ChargeTransactionPayment";

    public override Weight Weight(in TransactionContext tx) => TransactionPaymentWeights.ChargeTransactionPayment();

    public override TransactionValidityError? Validate(ref TransactionContext tx, ref ValidTransaction? validity)
    {
        if (tx.Signer is not { } who) return null;
        Balance tip = tx.Extra.Tip;
        Balance fee = Fee(tx, tip);
        if (!fee.IsZero && runtime.Balances.CanWithdraw(who, fee).Kind != WithdrawConsequenceKind.Success)
            return InvalidTransaction.Payment;
        ulong priority = TransactionPriority.Compute(tx.Info, (uint)tx.Length, tip, fee, Limits, runtime.TransactionPayment.Config.OperationalFeeMultiplier);
        Combine(ref validity, new ValidTransaction(priority, [], [], ulong.MaxValue, propagate: true));
        return null;
    }

    public override TransactionValidityError? Prepare(ref TransactionContext tx)
    {
        if (tx.Signer is not { } who) return null;
        Balance fee = Fee(tx, tx.Extra.Tip);
        tx.WithdrawnFee = Balance.Zero;
        if (fee.IsZero) return null;
        if (runtime.Balances.Withdraw(who, fee, Precision.Exact, Preservation.Preserve, Fortitude.Polite, out Credit credit).IsError)
            return InvalidTransaction.Payment;
        tx.WithdrawnFee = credit.Amount;
        return null;
    }

    public override TransactionValidityError? PostDispatch(ref TransactionContext tx, in PostDispatchInfo post, in DispatchResult result, ref Weight unspent)
    {
        if (tx.Signer is not { } who) return null;
        Balance tip = tx.Extra.Tip;
        Balance actualFee = runtime.TransactionPayment.ComputeActualFee((uint)tx.Length, tx.Info, post, tip);
        Balance paid = tx.WithdrawnFee;
        if (!paid.IsZero)
        {
            BalancesPallet balances = runtime.Balances;
            Balance refund = paid.SaturatingSub(actualFee);
            Balance refunded = Balance.Zero;
            // FungibleAdapter::correct_and_deposit_fee: refund best-effort, only to an account that still exists.
            if (!refund.IsZero && !balances.TotalBalance(who).IsZero && balances.Deposit(who, refund, Precision.BestEffort, out Debt debt).IsOk)
                refunded = debt.Amount;
            Balance adjustedPaid = paid.SaturatingSub(refunded);
            FeeSplit split = DealWithFees.SplitPaid(adjustedPaid, tip);
            Resolve(TreasuryAccount, split.Treasury);
            PayAuthor(split.Author);
        }
        runtime.TransactionPayment.DepositFeePaid(who, actualFee, tip);
        return null;
    }

    private Balance Fee(in TransactionContext tx, Balance tip) => runtime.TransactionPayment.ComputeFee((uint)tx.Length, tx.Info, tip);

    private BlockLimits Limits => runtime.TransactionPayment.Calculator.Limits;

    // ResolveTo<TreasuryAccount>: a credit that cannot be placed (e.g. below the existential deposit) is dropped (burnt).
    private void Resolve(in AccountId32 account, Balance amount)
    {
        if (amount.IsZero) return;
        if (!runtime.Balances.Resolve(account, new Credit(amount))) runtime.Balances.DropCredit(new Credit(amount));
    }

    // ToAuthor: Kusama credits pallet_authorship's author; until the Authorship pallet (index 5) exists no author is known,
    // and, as ToAuthor does when `Authorship::author()` is None, the credit is dropped (burnt).
    private void PayAuthor(Balance amount)
    {
        if (amount.IsZero) return;
        if (runtime.BlockAuthor is { } author) Resolve(author, amount);
        else runtime.Balances.DropCredit(new Credit(amount));
    }

    private static AccountId32 CreateTreasuryAccount()
    {
        Span<byte> bytes = stackalloc byte[32];
        "modlpy/trsry"u8.CopyTo(bytes);
        return new AccountId32(bytes);
    }
}
