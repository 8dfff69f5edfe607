using System.Numerics;
using Kusama.Crypto.Curve25519;

namespace Kusama.Crypto.Tests.Curve25519;

public class EdwardsPointTests
{
    private static readonly BigInteger P = BigInteger.Pow(2, 255) - 19;

    /// <summary>The eight torsion points, canonically encoded (curve25519-dalek EIGHT_TORSION, ed25519-zebra tests).</summary>
    public static readonly string[] EightTorsion =
    [
        "0100000000000000000000000000000000000000000000000000000000000000",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
        "0000000000000000000000000000000000000000000000000000000000000080",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
        "0000000000000000000000000000000000000000000000000000000000000000",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
    ];

    private static EdwardsPoint Decode(string hex)
    {
        Assert.True(EdwardsPoint.TryDecompress(Convert.FromHexString(hex), out EdwardsPoint p));
        return p;
    }

    private static string Encode(EdwardsPoint p)
    {
        var b = new byte[32];
        p.Compress(b);
        return Convert.ToHexStringLower(b);
    }

    [Fact]
    public void Basepoint_compresses_to_the_RFC_8032_encoding()
    {
        Assert.Equal("5866666666666666666666666666666666666666666666666666666666666666", Encode(EdwardsPoint.Basepoint));
    }

    [Fact]
    public void Eight_torsion_points_are_small_order_and_round_trip()
    {
        foreach (string hex in EightTorsion)
        {
            EdwardsPoint p = Decode(hex);
            Assert.True(p.IsSmallOrder, hex);
            Assert.True(p.MulByCofactor().IsIdentity, hex);
            Assert.Equal(hex, Encode(p));
        }

        Assert.False(EdwardsPoint.Basepoint.IsSmallOrder);
        Assert.True(Decode(EightTorsion[0]).IsIdentity);
        Assert.False(Decode(EightTorsion[4]).IsIdentity);
    }

    [Theory]
    [InlineData("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0000000000000000000000000000000000000000000000000000000000000080")]
    [InlineData("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", "0100000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0100000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("0100000000000000000000000000000000000000000000000000000000000080", "0100000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")]
    public void Decompress_accepts_non_canonical_encodings_of_low_order_points_as_ZIP_215_requires(string nonCanonical, string canonical)
    {
        EdwardsPoint p = Decode(nonCanonical);
        Assert.Equal(canonical, Encode(p));
        Assert.True(p.IsSmallOrder);
    }

    [Fact]
    public void Decompress_accepts_exactly_the_y_values_whose_x_squared_is_a_square()
    {
        BigInteger d = (P - 121665) * BigInteger.ModPow(121666, P - 2, P) % P;
        var rng = new Random(3);
        int accepted = 0;
        for (int i = 0; i < 200; i++)
        {
            var bytes = new byte[32];
            rng.NextBytes(bytes);
            BigInteger y = (new BigInteger(bytes, isUnsigned: true) & (BigInteger.Pow(2, 255) - 1)) % P;
            BigInteger x2 = (y * y - 1 + P) % P * BigInteger.ModPow((d * y * y + 1) % P, P - 2, P) % P;
            bool onCurve = x2.IsZero || BigInteger.ModPow(x2, (P - 1) / 2, P).IsOne;

            Assert.Equal(onCurve, EdwardsPoint.TryDecompress(bytes, out EdwardsPoint point));
            if (onCurve)
            {
                accepted++;
                var again = new byte[32];
                point.Compress(again);
                bytes[31] &= 0x7f;
                again[31] &= 0x7f;
                Assert.Equal(Convert.ToHexStringLower(bytes), Convert.ToHexStringLower(again));
            }
        }

        Assert.InRange(accepted, 60, 140);
    }

    [Fact]
    public void Group_law_holds_for_add_subtract_double_and_negate()
    {
        EdwardsPoint b = EdwardsPoint.Basepoint;
        EdwardsPoint b2 = b.Double();
        Assert.Equal(b2, b + b);
        Assert.Equal(b, b2 - b);
        Assert.True((b + (-b)).IsIdentity);
        Assert.Equal(b2 + b, b + b2);
    }

    [Fact]
    public void Vartime_double_scalar_mul_agrees_with_libsodium_on_random_scalars()
    {
        Span<byte> a = stackalloc byte[32], b = stackalloc byte[32], seed = stackalloc byte[32];
        Span<byte> pointA = stackalloc byte[32], aA = stackalloc byte[32], bB = stackalloc byte[32], expected = stackalloc byte[32], actual = stackalloc byte[32];
        for (int i = 0; i < 50; i++)
        {
            SodiumReference.crypto_core_ed25519_scalar_random(seed);
            SodiumReference.crypto_core_ed25519_scalar_random(a);
            SodiumReference.crypto_core_ed25519_scalar_random(b);
            Assert.Equal(0, SodiumReference.crypto_scalarmult_ed25519_base_noclamp(pointA, seed));
            Assert.Equal(0, SodiumReference.crypto_scalarmult_ed25519_noclamp(aA, a, pointA));
            Assert.Equal(0, SodiumReference.crypto_scalarmult_ed25519_base_noclamp(bB, b));
            Assert.Equal(0, SodiumReference.crypto_core_ed25519_add(expected, aA, bB));

            Assert.True(EdwardsPoint.TryDecompress(pointA, out EdwardsPoint A));
            EdwardsPoint.VartimeDoubleScalarMulBasepoint(a, A, b).Compress(actual);
            Assert.Equal(Convert.ToHexStringLower(expected), Convert.ToHexStringLower(actual));

            // [0]A + [b]B = [b]B
            EdwardsPoint.VartimeDoubleScalarMulBasepoint(new byte[32], A, b).Compress(actual);
            Assert.Equal(Convert.ToHexStringLower(bB), Convert.ToHexStringLower(actual));
        }
    }

    [Fact]
    public void Vartime_double_scalar_mul_of_group_order_minus_one_times_B_is_minus_B()
    {
        byte[] lMinusOne = Convert.FromHexString("ecd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
        EdwardsPoint r = EdwardsPoint.VartimeDoubleScalarMulBasepoint(new byte[32], EdwardsPoint.Identity, lMinusOne);
        Assert.Equal(-EdwardsPoint.Basepoint, r);
        Assert.True((r + EdwardsPoint.Basepoint).IsIdentity);
    }
}
