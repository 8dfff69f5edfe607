using System.Numerics;
using Kusama.Crypto.Curve25519;

namespace Kusama.Crypto.Tests.Curve25519;

public class FieldElementTests
{
    private static readonly BigInteger P = BigInteger.Pow(2, 255) - 19;

    private static BigInteger ToBig(FieldElement f)
    {
        var bytes = new byte[32];
        f.ToBytes(bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    private static FieldElement FromBig(BigInteger value)
    {
        var bytes = new byte[32];
        value.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        return FieldElement.FromBytes(bytes);
    }

    private static byte[] RandomBytes(Random rng)
    {
        var b = new byte[32];
        rng.NextBytes(b);
        return b;
    }

    private static BigInteger Low255(byte[] b) => new BigInteger(b, isUnsigned: true) & (BigInteger.Pow(2, 255) - 1);

    [Fact]
    public void Constants_equal_the_RFC_9496_and_RFC_8032_values()
    {
        Assert.Equal(BigInteger.Parse("19681161376707505956807079304988542015446066515923890162744021073123829784752"), ToBig(FieldElement.SqrtM1));
        Assert.Equal(BigInteger.Parse("54469307008909316920995813868745141605393597292927456921205312896311721017578"), ToBig(FieldElement.InvSqrtAMinusD));
        BigInteger d = (P - 121665) * BigInteger.ModPow(121666, P - 2, P) % P;
        Assert.Equal(d, ToBig(FieldElement.EdwardsD));
        Assert.Equal(2 * d % P, ToBig(FieldElement.EdwardsD2));
    }

    [Fact]
    public void Multiply_square_add_subtract_and_invert_agree_with_BigInteger_arithmetic()
    {
        var rng = new Random(7);
        for (int i = 0; i < 200; i++)
        {
            byte[] ab = RandomBytes(rng), bb = RandomBytes(rng);
            FieldElement a = FieldElement.FromBytes(ab), b = FieldElement.FromBytes(bb);
            BigInteger x = Low255(ab) % P, y = Low255(bb) % P;

            Assert.Equal(x * y % P, ToBig(FieldElement.Multiply(a, b)));
            Assert.Equal(x * x % P, ToBig(FieldElement.Square(a)));
            Assert.Equal(2 * x * x % P, ToBig(FieldElement.Square2(a)));
            Assert.Equal((x + y) % P, ToBig(FieldElement.Add(a, b)));
            Assert.Equal(((x - y) % P + P) % P, ToBig(FieldElement.Subtract(a, b)));
            Assert.Equal((P - x) % P, ToBig(FieldElement.Negate(a)));
            Assert.Equal(BigInteger.ModPow(x, P - 2, P), ToBig(FieldElement.Invert(a)));
            Assert.Equal(BigInteger.ModPow(x, (P - 5) / 8, P), ToBig(FieldElement.Pow22523(a)));
        }
    }

    [Fact]
    public void Multiply_keeps_full_precision_on_the_largest_limbs_a_sum_can_produce()
    {
        // All-ones limbs after an unreduced add are the worst case for the 128-bit accumulators.
        FieldElement max = FieldElement.FromBytes(Enumerable.Repeat((byte)0xff, 32).ToArray());
        FieldElement sum = FieldElement.Add(max, max);
        BigInteger m = (BigInteger.Pow(2, 255) - 1) % P;
        BigInteger s = 2 * m % P;
        Assert.Equal(s * s % P, ToBig(FieldElement.Multiply(sum, sum)));
        Assert.Equal(s * s % P, ToBig(FieldElement.Square(sum)));
    }

    [Theory]
    [InlineData("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", "0100000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", "1200000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("0100000000000000000000000000000000000000000000000000000000000080", "0100000000000000000000000000000000000000000000000000000000000000")]
    public void FromBytes_accepts_non_canonical_values_and_ignores_bit_255(string input, string canonical)
    {
        FieldElement f = FieldElement.FromBytes(Convert.FromHexString(input));
        var output = new byte[32];
        f.ToBytes(output);
        Assert.Equal(canonical, Convert.ToHexStringLower(output));
    }

    [Fact]
    public void SqrtRatioM1_returns_the_non_negative_root_exactly_when_the_ratio_is_square()
    {
        var rng = new Random(11);
        for (int i = 0; i < 100; i++)
        {
            byte[] ub = RandomBytes(rng), vb = RandomBytes(rng);
            BigInteger u = Low255(ub) % P, v = Low255(vb) % P;
            BigInteger ratio = u * BigInteger.ModPow(v, P - 2, P) % P;
            bool square = ratio.IsZero || BigInteger.ModPow(ratio, (P - 1) / 2, P).IsOne;

            bool wasSquare = FieldElement.SqrtRatioM1(FieldElement.FromBytes(ub), FieldElement.FromBytes(vb), out FieldElement r);
            BigInteger root = ToBig(r);

            Assert.Equal(square, wasSquare);
            Assert.True(root.IsEven);
            BigInteger expectedSquare = square ? ratio : ratio * ToBig(FieldElement.SqrtM1) % P;
            Assert.Equal(expectedSquare, root * root % P);
        }
    }

    [Fact]
    public void SqrtRatioM1_of_zero_over_anything_is_a_square_with_root_zero()
    {
        Assert.True(FieldElement.SqrtRatioM1(FieldElement.Zero, FieldElement.One, out FieldElement r));
        Assert.True(r.IsZero);
        Assert.False(FieldElement.SqrtRatioM1(FieldElement.One, FieldElement.Zero, out FieldElement r2));
        Assert.True(r2.IsZero);
    }
}
