using Kusama.Core;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>
/// fungible's <c>Credit</c>: funds taken out of accounts (or issued) and not yet placed anywhere. Rust settles it on drop;
/// here the holder passes it to <see cref="BalancesPallet.Resolve"/> or <see cref="BalancesPallet.DropCredit"/> (which burns it).
/// </summary>
public readonly record struct Credit(Balance Amount);
