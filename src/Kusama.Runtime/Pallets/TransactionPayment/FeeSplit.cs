using Kusama.Core;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>Where a transaction's payment goes under <see cref="DealWithFees"/>.</summary>
/// <param name="Treasury">Credited to the treasury account.</param>
/// <param name="Author">Credited to the block author (dropped, i.e. burnt, when there is no author).</param>
public readonly record struct FeeSplit(Balance Treasury, Balance Author);
