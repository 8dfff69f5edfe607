using Kusama.Core;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>runtime-common's <c>DealWithFees</c>: fees 80 % to the treasury and 20 % to the block author, tips 100 % to the author.</summary>
public static class DealWithFees
{
    /// <summary>The fee's share for the treasury; the author gets the rest.</summary>
    public const uint TreasuryShare = 80;

    /// <summary>The fee's share for the block author.</summary>
    public const uint AuthorShare = 20;

    /// <summary><c>on_unbalanceds(fee, tip)</c>: <c>fee.ration(80, 20)</c>, then the tip merged into the author's part.</summary>
    /// <param name="fee">The fee without the tip, as <c>FungibleAdapter</c> hands it over.</param>
    public static FeeSplit Split(Balance fee, Balance tip)
    {
        (Balance treasury, Balance author) = Ration(fee, TreasuryShare, AuthorShare);
        return new FeeSplit(treasury, author.SaturatingAdd(tip));
    }

    /// <summary>
    /// What <c>FungibleAdapter::correct_and_deposit_fee</c> does with the payment kept after the refund: split off the tip
    /// (at most what was paid), then <see cref="Split"/> the remaining fee and the tip.
    /// </summary>
    public static FeeSplit SplitPaid(Balance adjustedPaid, Balance tip)
    {
        Balance paidTip = Balance.Min(tip, adjustedPaid);
        return Split(adjustedPaid - paidTip, paidTip);
    }

    /// <summary>
    /// frame_support's <c>Imbalance::ration</c>: the first part is <c>amount × first / (first + second)</c> (the product
    /// saturating, the quotient rounded down), the second part the remainder; when <c>first + second</c> overflows u32
    /// both are halved, and when it is zero both parts are zero.
    /// </summary>
    public static (Balance First, Balance Second) Ration(Balance amount, uint first, uint second)
    {
        if (first > uint.MaxValue - second)
        {
            first >>= 1;
            second >>= 1;
        }
        uint total = first + second;
        if (total == 0)
            return (Balance.Zero, Balance.Zero);
        Balance firstPart = amount.SaturatingMul(first) / (Balance)(ulong)total;
        // `split`: the first part is at most the amount, the second is what remains.
        firstPart = Balance.Min(firstPart, amount);
        return (firstPart, amount - firstPart);
    }
}
