using Kusama.Core;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>sp-weights' <c>WeightToFee</c>: turns a weight (or, for <c>LengthToFee</c>, a length carried as ref_time) into a fee.</summary>
/// <remarks>Implemented by readonly structs and used as a generic argument, so a call never boxes.</remarks>
public interface IWeightToFee
{
    /// <summary>The fee for <paramref name="weight"/>; saturating, never throws.</summary>
    Balance WeightToFee(in Weight weight);
}
