using Kusama.Core;
using Kusama.Frame;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Hooks;
using Kusama.Frame.Storage;
using Kusama.Runtime.Pallets.System;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>
/// pallet_transaction_payment: the fee multiplier that follows block fullness, fee queries, and the
/// <c>TransactionFeePaid</c> event the <c>ChargeTransactionPayment</c> extension deposits.
/// </summary>
public sealed partial class TransactionPaymentPallet : IPallet, IOnFinalize
{
    private readonly SystemPallet _system;

    public TransactionPaymentPallet(IStorage storage, TransactionPaymentConfig config, SystemPallet system, byte index = KusamaRuntime.TransactionPaymentIndex)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(system);
        Config = config;
        _system = system;
        Index = index;
        Calculator = new(KusamaFees.WeightToFee, KusamaFees.LengthToFee, BlockLimits.From(system.Config.BlockWeights, system.Config.BlockLength));
        NextFeeMultiplier = new(storage, "TransactionPayment", nameof(NextFeeMultiplier), KusamaFees.NextFeeMultiplierDefault);
        StorageVersion = new(storage, "TransactionPayment", nameof(StorageVersion), Releases.V1Ancient);
    }

    public byte Index { get; }

    public string Name => "TransactionPayment";

    public TransactionPaymentConfig Config { get; }

    /// <summary>The fee multiplier for the next block (<c>FixedU128</c>, 1 at genesis).</summary>
    public StorageValue<FixedU128, FixedU128Codec> NextFeeMultiplier { get; }

    /// <summary>The storage layout version.</summary>
    public StorageValue<Releases, ReleasesCodec> StorageVersion { get; }

    /// <summary>The fee calculator: Kusama's WeightToFee polynomial and byte fee over this runtime's block limits.</summary>
    public FeeCalculator<WeightToFeePolynomial, ConstantMultiplier> Calculator { get; }

    /// <summary>Updates <c>NextFeeMultiplier</c> from this block's Normal-class weight (<c>SlowAdjustingFeeUpdate</c>).</summary>
    public void OnFinalize(uint blockNumber)
    {
        Weight normal = _system.BlockWeight.Get().Normal;
        NextFeeMultiplier.Set(KusamaFees.FeeMultiplierUpdate.Convert(NextFeeMultiplier.Get(), normal, _system.Config.BlockWeights));
    }

    /// <summary>The fee details of a call with <paramref name="info"/> and an encoded length of <paramref name="length"/> (<c>query_fee_details</c>).</summary>
    public FeeDetails QueryFeeDetails(in DispatchInfo info, uint length, bool isBare) =>
        Calculator.QueryFeeDetails(info, length, isBare, NextFeeMultiplier.Get());

    /// <summary>The dispatch info and partial fee (<c>query_info</c>).</summary>
    public RuntimeDispatchInfo QueryInfo(in DispatchInfo info, uint length, bool isBare) =>
        Calculator.QueryInfo(info, length, isBare, NextFeeMultiplier.Get());

    /// <summary><c>compute_fee</c> at the current multiplier: what a transaction is charged before dispatch (tip included).</summary>
    public Balance ComputeFee(uint length, in DispatchInfo info, Balance tip) => Calculator.ComputeFee(length, info, tip, NextFeeMultiplier.Get());

    /// <summary><c>compute_actual_fee</c> at the current multiplier: the fee after dispatch, from the actual weight and pays.</summary>
    public Balance ComputeActualFee(uint length, in DispatchInfo info, in PostDispatchInfo post, Balance tip) =>
        Calculator.ComputeActualFee(length, info, post, tip, NextFeeMultiplier.Get());

    /// <summary>Deposits <c>TransactionFeePaid</c>.</summary>
    public void DepositFeePaid(in AccountId32 who, Balance actualFee, Balance tip) =>
        _system.DepositEvent(new RuntimeEvent.TransactionPayment(new TransactionPaymentEvent.TransactionFeePaid(who, actualFee, tip)));
}
