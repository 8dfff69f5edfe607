namespace Kusama.Crypto.Curve25519;

/// <summary>Ristretto255 helpers for schnorrkel (sr25519) verification.</summary>
public static class Ristretto
{
    /// <summary>
    /// Checks the Schnorr equation R = [s]B − [k]A over ristretto255 in variable time: decodes A, computes
    /// R' = [k](−A) + [s]B and compares its canonical encoding with <paramref name="r32"/>.
    /// Returns false when A does not decode or s is not canonical (schnorrkel rejects such s); a k at or above ℓ is
    /// reduced first, so the result never depends on how the challenge was represented.
    /// </summary>
    public static bool IsValidSchnorr(ReadOnlySpan<byte> s32, ReadOnlySpan<byte> k32, ReadOnlySpan<byte> publicKey32, ReadOnlySpan<byte> r32)
    {
        if (s32.Length != 32 || k32.Length != 32 || publicKey32.Length != 32 || r32.Length != 32)
        {
            throw new ArgumentException("s, k, the public key and R are 32 bytes each.");
        }

        if (!Scalar.IsCanonical(s32))
        {
            return false;
        }

        Span<byte> k = stackalloc byte[32];
        if (Scalar.IsCanonical(k32))
        {
            k32.CopyTo(k);
        }
        else
        {
            Span<byte> wide = stackalloc byte[64];
            k32.CopyTo(wide);
            Scalar.Reduce(wide, k);
        }

        if (!RistrettoPoint.TryDecode(publicKey32, out RistrettoPoint a))
        {
            return false;
        }

        EdwardsPoint minusA = EdwardsPoint.Negate(a.Point);
        var expected = new RistrettoPoint(EdwardsPoint.VartimeDoubleScalarMulBasepoint(k, minusA, s32));
        Span<byte> encoded = stackalloc byte[32];
        expected.Encode(encoded);
        return encoded.SequenceEqual(r32);
    }
}
