using Kusama.Core;
using Kusama.Frame.Weights;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>
/// pallet_balances call weights: Kusama's benchmarked values from polkadot-fellows/runtimes v1.7.1
/// <c>relay/kusama/src/weights/pallet_balances_native.rs</c> (ref_time in picoseconds, proof_size in bytes).
/// </summary>
public static class BalancesWeights
{
    private static readonly RuntimeDbWeight Db = RuntimeDbWeight.RocksDb;

    public static Weight TransferAllowDeath() => Weight.FromParts(75_139_000, 3_593).SaturatingAdd(Db.Reads(1)).SaturatingAdd(Db.Writes(1));

    public static Weight TransferKeepAlive() => Weight.FromParts(60_831_000, 3_593).SaturatingAdd(Db.Reads(1)).SaturatingAdd(Db.Writes(1));

    public static Weight ForceSetBalanceCreating() => Weight.FromParts(31_710_000, 3_593).SaturatingAdd(Db.Reads(1)).SaturatingAdd(Db.Writes(1));

    public static Weight ForceSetBalanceKilling() => Weight.FromParts(33_640_000, 3_593).SaturatingAdd(Db.Reads(1)).SaturatingAdd(Db.Writes(1));

    public static Weight ForceTransfer() => Weight.FromParts(75_490_000, 6_196).SaturatingAdd(Db.Reads(2)).SaturatingAdd(Db.Writes(2));

    public static Weight TransferAll() => Weight.FromParts(72_849_000, 3_593).SaturatingAdd(Db.Reads(1)).SaturatingAdd(Db.Writes(1));

    public static Weight ForceUnreserve() => Weight.FromParts(27_629_000, 3_593).SaturatingAdd(Db.Reads(1)).SaturatingAdd(Db.Writes(1));

    /// <param name="u">The number of accounts.</param>
    public static Weight UpgradeAccounts(uint u) =>
        Weight.FromParts(23_829_000, 990)
            .SaturatingAdd(Weight.FromParts(20_023_007, 0).SaturatingMul(u))
            .SaturatingAdd(Db.Reads(u))
            .SaturatingAdd(Db.Writes(u))
            .SaturatingAdd(Weight.FromParts(0, 2_603).SaturatingMul(u));

    public static Weight ForceAdjustTotalIssuance() => Weight.FromParts(9_620_000, 0);

    public static Weight BurnAllowDeath() => Weight.FromParts(43_290_000, 0);

    public static Weight BurnKeepAlive() => Weight.FromParts(29_440_000, 0);
}
