using Kusama.Core;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>
/// Currency's <c>PositiveImbalance</c>: funds created without equal and opposite accounting. Dropping it (see
/// <see cref="BalancesPallet.DropImbalance(PositiveImbalance)"/>) raises total issuance and deposits <c>Issued</c>.
/// </summary>
public readonly record struct PositiveImbalance(Balance Amount);
