namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>pallet_transaction_payment's storage <c>Releases</c>; values are the SCALE variant indices.</summary>
public enum Releases : byte
{
    /// <summary>Original version of the pallet.</summary>
    V1Ancient = 0,
    /// <summary>One that bumps the usage to FixedU128 from FixedI128.</summary>
    V2 = 1,
}
