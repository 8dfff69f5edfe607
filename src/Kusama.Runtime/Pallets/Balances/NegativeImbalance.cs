using Kusama.Core;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>
/// Currency's <c>NegativeImbalance</c>: funds destroyed without equal and opposite accounting. Dropping it (see
/// <see cref="BalancesPallet.DropImbalance(NegativeImbalance)"/>) lowers total issuance and deposits <c>Rescinded</c>.
/// </summary>
public readonly record struct NegativeImbalance(Balance Amount);
