using System.Numerics;
using Kusama.Crypto.Curve25519;

namespace Kusama.Crypto.Tests.Curve25519;

public class ScalarTests
{
    private static readonly BigInteger L = BigInteger.Pow(2, 252) + BigInteger.Parse("27742317777372353535851937790883648493");

    private static byte[] Le32(BigInteger v)
    {
        var b = new byte[32];
        v.TryWriteBytes(b, out _, isUnsigned: true);
        return b;
    }

    [Fact]
    public void IsCanonical_accepts_values_below_the_group_order_only()
    {
        Assert.True(Scalar.IsCanonical(Le32(0)));
        Assert.True(Scalar.IsCanonical(Le32(L - 1)));
        Assert.False(Scalar.IsCanonical(Le32(L)));
        Assert.False(Scalar.IsCanonical(Le32(L + 1)));
        Assert.False(Scalar.IsCanonical(Le32(BigInteger.Pow(2, 253))));
        Assert.True(Scalar.IsCanonical(Le32(BigInteger.Pow(2, 252))));
    }

    [Fact]
    public void Reduce_matches_BigInteger_modulo_the_group_order()
    {
        var rng = new Random(5);
        var wide = new byte[64];
        var output = new byte[32];
        for (int i = 0; i < 100; i++)
        {
            rng.NextBytes(wide);
            Scalar.Reduce(wide, output);
            Assert.Equal(new BigInteger(wide, isUnsigned: true) % L, new BigInteger(output, isUnsigned: true));
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    public void Non_adjacent_form_sums_back_to_the_scalar_with_sparse_odd_digits(int width)
    {
        var rng = new Random(width);
        var naf = new sbyte[256];
        for (int i = 0; i < 50; i++)
        {
            BigInteger k = new BigInteger(Enumerable.Range(0, 32).Select(_ => (byte)rng.Next(256)).ToArray(), isUnsigned: true) % L;
            Scalar.NonAdjacentForm(Le32(k), width, naf);
            BigInteger sum = 0;
            int lastNonZero = -width;
            for (int j = 0; j < 256; j++)
            {
                if (naf[j] == 0) continue;
                Assert.True((naf[j] & 1) != 0);
                Assert.InRange(naf[j], -(1 << (width - 1)) + 1, (1 << (width - 1)) - 1);
                Assert.True(j - lastNonZero >= width);
                lastNonZero = j;
                sum += naf[j] * BigInteger.Pow(2, j);
            }

            Assert.Equal(k, sum);
        }
    }
}
