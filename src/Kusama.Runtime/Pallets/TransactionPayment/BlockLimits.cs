using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Weights;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>The parts of System's <c>BlockWeights</c> and <c>BlockLength</c> that fee and priority arithmetic reads.</summary>
/// <param name="MaxBlock"><c>BlockWeights::max_block</c>: weights are capped here before pricing.</param>
/// <param name="BaseExtrinsicNormal"><c>base_extrinsic</c> of the Normal class; priced as the base fee.</param>
/// <param name="BaseExtrinsicOperational"><c>base_extrinsic</c> of the Operational class.</param>
/// <param name="BaseExtrinsicMandatory"><c>base_extrinsic</c> of the Mandatory class.</param>
/// <param name="MaxLengthNormal"><c>BlockLength::max</c> of the Normal class, in bytes.</param>
/// <param name="MaxLengthOperational"><c>BlockLength::max</c> of the Operational class, in bytes.</param>
/// <param name="MaxLengthMandatory"><c>BlockLength::max</c> of the Mandatory class, in bytes.</param>
public readonly record struct BlockLimits(
    Weight MaxBlock,
    Weight BaseExtrinsicNormal,
    Weight BaseExtrinsicOperational,
    Weight BaseExtrinsicMandatory,
    uint MaxLengthNormal,
    uint MaxLengthOperational,
    uint MaxLengthMandatory)
{
    /// <summary>The fee-relevant part of System's <paramref name="weights"/> and <paramref name="length"/>.</summary>
    public static BlockLimits From(BlockWeights weights, BlockLength length) => new(
        weights.MaxBlock,
        weights.Get(DispatchClass.Normal).BaseExtrinsic,
        weights.Get(DispatchClass.Operational).BaseExtrinsic,
        weights.Get(DispatchClass.Mandatory).BaseExtrinsic,
        length.Max.Normal,
        length.Max.Operational,
        length.Max.Mandatory);

    /// <summary><c>BlockWeights::get(class).base_extrinsic</c>.</summary>
    public Weight BaseExtrinsic(DispatchClass dispatchClass) => dispatchClass switch
    {
        DispatchClass.Normal => BaseExtrinsicNormal,
        DispatchClass.Operational => BaseExtrinsicOperational,
        _ => BaseExtrinsicMandatory,
    };

    /// <summary><c>BlockLength::max.get(class)</c>.</summary>
    public uint MaxLength(DispatchClass dispatchClass) => dispatchClass switch
    {
        DispatchClass.Normal => MaxLengthNormal,
        DispatchClass.Operational => MaxLengthOperational,
        _ => MaxLengthMandatory,
    };
}
