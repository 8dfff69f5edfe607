using Kusama.Core;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>
/// pallet_balances' <c>GenesisConfig</c>: the endowed accounts. Building it sets the total issuance and gives each account
/// its free balance and one provider reference.
/// </summary>
/// <remarks>FRAME's <c>dev_accounts</c> derivation is not part of this record.</remarks>
public sealed record BalancesGenesisConfig((AccountId32 Who, Balance Free)[] Balances)
{
    /// <summary>
    /// Writes the genesis state. Genesis is operator input: an amount below the existential deposit or a duplicate account
    /// throws <see cref="InvalidOperationException"/>, where FRAME's build panics.
    /// </summary>
    public void Build(BalancesPallet balances, System.SystemPallet system)
    {
        ArgumentNullException.ThrowIfNull(balances);
        ArgumentNullException.ThrowIfNull(system);
        Balance total = Balance.Zero;
        var seen = new HashSet<AccountId32>();
        foreach ((AccountId32 who, Balance free) in Balances)
        {
            if (free < balances.ExistentialDeposit)
                throw new InvalidOperationException($"Genesis balance {free} of {who} is below the existential deposit {balances.ExistentialDeposit}.");
            if (!seen.Add(who)) throw new InvalidOperationException($"Duplicate balances in genesis for {who}.");
            total += free;
        }
        balances.TotalIssuance.Set(total);
        foreach ((AccountId32 who, Balance free) in Balances)
        {
            system.IncProviders(who);
            System.AccountInfo info = system.Account.Get(who);
            system.Account.Set(who, info with { Data = AccountData.Default with { Free = free } });
        }
    }
}
