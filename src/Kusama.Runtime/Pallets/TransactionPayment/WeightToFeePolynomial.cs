using Kusama.Core;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>A fee polynomial over a weight's ref_time (frame_support's <c>WeightToFeePolynomial</c> with its blanket <c>WeightToFee</c>).</summary>
/// <remarks>
/// Terms are folded left to right from zero with saturating arithmetic, so their order matters: a negative term placed
/// first saturates at zero. The coefficients are copied once at construction; evaluation allocates nothing.
/// </remarks>
public readonly struct WeightToFeePolynomial : IWeightToFee
{
    private readonly WeightToFeeCoefficient[] _coefficients;

    public WeightToFeePolynomial(params ReadOnlySpan<WeightToFeeCoefficient> coefficients) =>
        _coefficients = coefficients.ToArray();

    public ReadOnlySpan<WeightToFeeCoefficient> Coefficients => _coefficients;

    /// <summary>The polynomial with the single degree-1 term <c>p / q</c>, split as upstream runtimes write it: integer part <c>p / q</c>, fractional part <c>Perbill::from_rational(p % q, q)</c>.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="q"/> is zero.</exception>
    public static WeightToFeePolynomial Linear(UInt128 p, UInt128 q) =>
        new(new WeightToFeeCoefficient(p / q, Perbill.FromRational(p % q, q), Negative: false, Degree: 1));

    /// <summary>Only ref_time is priced; proof_size is ignored, as in sp-weights.</summary>
    public Balance WeightToFee(in Weight weight) => new(Evaluate(Coefficients, weight.RefTime));

    /// <summary><c>FeePolynomial::eval</c>: the terms folded from zero at <paramref name="x"/>.</summary>
    public static UInt128 Evaluate(ReadOnlySpan<WeightToFeeCoefficient> coefficients, ulong x)
    {
        UInt128 result = UInt128.Zero;
        foreach (ref readonly WeightToFeeCoefficient term in coefficients)
            result = term.SaturatingEval(result, x);
        return result;
    }
}
