using Kusama.Core;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>
/// fungible's <c>Debt</c>: funds placed in accounts (or rescinded) without a source yet. Rust settles it on drop; here the
/// holder passes it to <see cref="BalancesPallet.Settle"/> or <see cref="BalancesPallet.DropDebt"/> (which mints it).
/// </summary>
public readonly record struct Debt(Balance Amount);
