using Kusama.Core;
using Kusama.Frame.Dispatch;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>frame_support's <c>tokens::WithdrawConsequence</c>: what a withdrawal would do, with the dust lost when it reaps.</summary>
public readonly record struct WithdrawConsequence(WithdrawConsequenceKind Kind, Balance Remaining = default)
{
    public static WithdrawConsequence Success => new(WithdrawConsequenceKind.Success);

    /// <summary><c>into_result</c>: the error a caller reports, or the dust (zero unless reduced to zero).</summary>
    public bool IntoResult(bool keepNonzero, out Balance dust, out DispatchError error)
    {
        dust = Balance.Zero;
        error = default;
        switch (Kind)
        {
            case WithdrawConsequenceKind.BalanceLow: error = DispatchError.Token(TokenError.FundsUnavailable); return false;
            case WithdrawConsequenceKind.WouldDie: error = DispatchError.Token(TokenError.OnlyProvider); return false;
            case WithdrawConsequenceKind.UnknownAsset: error = DispatchError.Token(TokenError.UnknownAsset); return false;
            case WithdrawConsequenceKind.Underflow: error = DispatchError.Arithmetic(ArithmeticError.Underflow); return false;
            case WithdrawConsequenceKind.Overflow: error = DispatchError.Arithmetic(ArithmeticError.Overflow); return false;
            case WithdrawConsequenceKind.Frozen: error = DispatchError.Token(TokenError.Frozen); return false;
            case WithdrawConsequenceKind.ReducedToZero when keepNonzero: error = DispatchError.Token(TokenError.NotExpendable); return false;
            case WithdrawConsequenceKind.ReducedToZero: dust = Remaining; return true;
            default: return true;
        }
    }
}
