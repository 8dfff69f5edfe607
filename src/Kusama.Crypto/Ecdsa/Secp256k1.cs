using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;
using Org.BouncyCastle.Math.EC.Multiplier;
using Org.BouncyCastle.Utilities;

namespace Kusama.Crypto.Ecdsa;

/// <summary>The secp256k1 curve as BouncyCastle's custom (GLV-enabled) implementation, shared by every ECDSA operation.</summary>
/// <remarks>
/// One static instance on purpose: BouncyCastle caches the comb and wNAF tables of <see cref="G"/> on the point object
/// itself, so reusing it means those tables are built once per process instead of once per call.
/// </remarks>
internal static class Secp256k1
{
    public const int ScalarLength = 32;

    private static readonly X9ECParameters Parameters = CustomNamedCurves.GetByName("secp256k1");

    public static readonly ECCurve Curve = Parameters.Curve;

    public static readonly ECPoint G = Parameters.G;

    /// <summary>The group order n.</summary>
    public static readonly BigInteger N = Parameters.N;

    /// <summary>⌊n / 2⌋: an s above it is "high" and gets replaced by n − s when signing.</summary>
    public static readonly BigInteger HalfN = N.ShiftRight(1);

    /// <summary>The field prime p.</summary>
    public static readonly BigInteger P = Curve.Field.Characteristic;

    private static readonly ECFieldElement B = Curve.B;

    private static readonly FixedPointCombMultiplier BaseMultiplier = new();

    /// <summary>k·G with BouncyCastle's fixed-point comb (regular, table cached on <see cref="G"/>).</summary>
    public static ECPoint MultiplyBase(BigInteger k) => BaseMultiplier.Multiply(G, k).Normalize();

    /// <summary>Reads a big-endian 32-byte unsigned integer.</summary>
    public static BigInteger ReadScalar(ReadOnlySpan<byte> bytes32) => new(1, bytes32[..ScalarLength]);

    /// <summary>Writes a value below 2^256 as 32 big-endian bytes (left-padded).</summary>
    public static void WriteScalar(BigInteger value, Span<byte> destination) =>
        BigIntegers.AsUnsignedByteArray(value, destination[..ScalarLength]);

    /// <summary>Reduces a 256-bit value mod n; one subtraction suffices because 2^256 &lt; 2n.</summary>
    public static BigInteger ReduceOnce(BigInteger value) => value.CompareTo(N) >= 0 ? value.Subtract(N) : value;

    /// <summary>The curve point with x-coordinate <paramref name="x"/> and the given y parity, or null when x ≥ p or x³ + 7 is not a square.</summary>
    public static ECPoint? LiftX(BigInteger x, bool oddY)
    {
        if (x.CompareTo(P) >= 0)
            return null;
        ECFieldElement fx = Curve.FromBigInteger(x);
        ECFieldElement? y = fx.Square().Multiply(fx).Add(B).Sqrt();
        if (y is null)
            return null;
        if (y.TestBitZero() != oddY)
            y = y.Negate();
        return Curve.CreatePoint(x, y.ToBigInteger());
    }

    /// <summary>Parses a SEC1 public key (33-byte compressed, or 65-byte 0x04-tagged uncompressed), or null when it is not a point on the curve.</summary>
    public static ECPoint? ParsePublicKey(ReadOnlySpan<byte> encoded)
    {
        if (encoded.Length == 33 && (encoded[0] == 0x02 || encoded[0] == 0x03))
            return LiftX(ReadScalar(encoded[1..]), encoded[0] == 0x03);
        if (encoded.Length == 65 && encoded[0] == 0x04)
        {
            BigInteger x = ReadScalar(encoded[1..]);
            BigInteger y = ReadScalar(encoded[33..]);
            if (x.CompareTo(P) >= 0 || y.CompareTo(P) >= 0)
                return null;
            ECFieldElement fx = Curve.FromBigInteger(x);
            ECFieldElement fy = Curve.FromBigInteger(y);
            if (!fy.Square().Equals(fx.Square().Multiply(fx).Add(B)))
                return null;
            return Curve.CreatePoint(x, y);
        }
        return null;
    }

    /// <summary>
    /// ECDSA public-key recovery: Q = r⁻¹·(s·R − e·G) where R is the point with x = r (+ n when bit 1 of the recovery id
    /// is set) and y parity = bit 0. Returns null for every invalid input instead of throwing.
    /// </summary>
    /// <param name="rs">r ‖ s, 64 bytes big-endian.</param>
    /// <param name="recoveryId">0..3.</param>
    /// <param name="messageHash">32 bytes; taken mod n as both libsecp256k1 implementations do.</param>
    /// <param name="overflowing">
    /// false: r and s must lie in [1, n) (<c>secp256k1::RecoverableSignature::from_compact</c>, sp-io v2/v3);
    /// true: r and s ≥ n are reduced mod n first (<c>libsecp256k1::Signature::parse_overflowing_slice</c>, sp-io v1).
    /// </param>
    public static ECPoint? Recover(ReadOnlySpan<byte> rs, int recoveryId, ReadOnlySpan<byte> messageHash, bool overflowing)
    {
        if ((uint)recoveryId > 3)
            return null;
        BigInteger r = ReadScalar(rs);
        BigInteger s = ReadScalar(rs[ScalarLength..]);
        if (overflowing)
        {
            r = ReduceOnce(r);
            s = ReduceOnce(s);
        }
        else if (r.CompareTo(N) >= 0 || s.CompareTo(N) >= 0)
        {
            return null;
        }
        if (r.SignValue == 0 || s.SignValue == 0)
            return null;

        // R.x = r + n is only possible while it stays below p (the "p − n" check of both libraries; LiftX enforces it).
        BigInteger x = (recoveryId & 2) != 0 ? r.Add(N) : r;
        ECPoint? bigR = LiftX(x, (recoveryId & 1) != 0);
        if (bigR is null)
            return null;

        BigInteger e = ReduceOnce(ReadScalar(messageHash));
        BigInteger rInverse = BigIntegers.ModOddInverseVar(N, r);
        BigInteger u1 = N.Subtract(e).Multiply(rInverse).Mod(N);
        BigInteger u2 = s.Multiply(rInverse).Mod(N);
        ECPoint q = ECAlgorithms.SumOfTwoMultiplies(G, u1, bigR, u2).Normalize();
        return q.IsInfinity ? null : q;
    }
}
