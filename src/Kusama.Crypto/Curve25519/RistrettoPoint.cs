namespace Kusama.Crypto.Curve25519;

/// <summary>An element of the ristretto255 group (RFC 9496), represented by one Edwards point of its coset.</summary>
public readonly struct RistrettoPoint : IEquatable<RistrettoPoint>
{
    internal readonly EdwardsPoint Point;

    internal RistrettoPoint(in EdwardsPoint point) => Point = point;

    public static RistrettoPoint Identity => new(EdwardsPoint.Identity);

    /// <summary>The ristretto255 generator (the ed25519 base point's coset), encoded e2f2ae0a…2d76.</summary>
    public static RistrettoPoint Basepoint => new(EdwardsPoint.Basepoint);

    /// <summary>
    /// RFC 9496 §4.3.1 decode: rejects non-canonical field encodings, negative s, and encodings with no point
    /// (non-square, negative t or y = 0). Returns false for any of those.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> encoding, out RistrettoPoint point)
    {
        if (encoding.Length != 32)
        {
            throw new ArgumentException($"A ristretto255 encoding is 32 bytes, got {encoding.Length}.", nameof(encoding));
        }

        point = default;

        // Canonical and non-negative: the encoding must round-trip through the field and have bit 0 (and bit 255) clear.
        FieldElement s = FieldElement.FromBytes(encoding);
        Span<byte> canonical = stackalloc byte[32];
        s.ToBytes(canonical);
        if (!canonical.SequenceEqual(encoding) || (encoding[0] & 1) != 0)
        {
            return false;
        }

        FieldElement ss = FieldElement.Square(s);
        FieldElement u1 = FieldElement.Subtract(FieldElement.One, ss);
        FieldElement u2 = FieldElement.Add(FieldElement.One, ss);
        FieldElement u2Squared = FieldElement.Square(u2);

        // v = −(d·u1²) − u2²
        FieldElement v = FieldElement.Subtract(
            FieldElement.Negate(FieldElement.Multiply(FieldElement.EdwardsD, FieldElement.Square(u1))),
            u2Squared);

        bool wasSquare = FieldElement.SqrtRatioM1(FieldElement.One, FieldElement.Multiply(v, u2Squared), out FieldElement invSqrt);

        FieldElement denX = FieldElement.Multiply(invSqrt, u2);
        FieldElement denY = FieldElement.Multiply(FieldElement.Multiply(invSqrt, denX), v);

        FieldElement twoS = FieldElement.Add(s, s);
        FieldElement x = FieldElement.Abs(FieldElement.Multiply(twoS, denX));
        FieldElement y = FieldElement.Multiply(u1, denY);
        FieldElement t = FieldElement.Multiply(x, y);

        if (!wasSquare || t.IsNegative || y.IsZero)
        {
            return false;
        }

        point = new RistrettoPoint(new EdwardsPoint(x, y, FieldElement.One, t));
        return true;
    }

    /// <summary>RFC 9496 §4.3.2 encode: the unique canonical 32 bytes of this group element.</summary>
    public void Encode(Span<byte> output)
    {
        if (output.Length != 32)
        {
            throw new ArgumentException($"A ristretto255 encoding is 32 bytes, got {output.Length}.", nameof(output));
        }

        FieldElement x0 = Point.X, y0 = Point.Y, z0 = Point.Z, t0 = Point.T;

        FieldElement u1 = FieldElement.Multiply(FieldElement.Add(z0, y0), FieldElement.Subtract(z0, y0));
        FieldElement u2 = FieldElement.Multiply(x0, y0);

        FieldElement.SqrtRatioM1(FieldElement.One, FieldElement.Multiply(u1, FieldElement.Square(u2)), out FieldElement invSqrt);
        FieldElement den1 = FieldElement.Multiply(invSqrt, u1);
        FieldElement den2 = FieldElement.Multiply(invSqrt, u2);
        FieldElement zInv = FieldElement.Multiply(FieldElement.Multiply(den1, den2), t0);

        FieldElement x, y, denInv;
        if (FieldElement.Multiply(t0, zInv).IsNegative)
        {
            // Rotate by the 4-torsion point so that the representative chosen does not depend on the coset member.
            x = FieldElement.Multiply(y0, FieldElement.SqrtM1);
            y = FieldElement.Multiply(x0, FieldElement.SqrtM1);
            denInv = FieldElement.Multiply(den1, FieldElement.InvSqrtAMinusD);
        }
        else
        {
            x = x0;
            y = y0;
            denInv = den2;
        }

        if (FieldElement.Multiply(x, zInv).IsNegative)
        {
            y = FieldElement.Negate(y);
        }

        FieldElement s = FieldElement.Abs(FieldElement.Multiply(denInv, FieldElement.Subtract(z0, y)));
        s.ToBytes(output);
    }

    public static RistrettoPoint operator +(RistrettoPoint a, RistrettoPoint b) => new(EdwardsPoint.Add(a.Point, b.Point));

    public static RistrettoPoint operator -(RistrettoPoint a, RistrettoPoint b) => new(EdwardsPoint.Subtract(a.Point, b.Point));

    public static RistrettoPoint operator -(RistrettoPoint a) => new(EdwardsPoint.Negate(a.Point));

    public static bool operator ==(RistrettoPoint left, RistrettoPoint right) => left.Equals(right);

    public static bool operator !=(RistrettoPoint left, RistrettoPoint right) => !left.Equals(right);

    /// <summary>RFC 9496 §4.3.3 equality: x1·y2 = y1·x2 or y1·y2 = x1·x2 (same coset).</summary>
    public bool Equals(RistrettoPoint other)
    {
        EdwardsPoint p = Point, q = other.Point;
        return FieldElement.Multiply(p.X, q.Y).Equals(FieldElement.Multiply(p.Y, q.X)) ||
               FieldElement.Multiply(p.Y, q.Y).Equals(FieldElement.Multiply(p.X, q.X));
    }

    public override bool Equals(object? obj) => obj is RistrettoPoint other && Equals(other);

    public override int GetHashCode()
    {
        Span<byte> b = stackalloc byte[32];
        Encode(b);
        return BitConverter.ToInt32(b);
    }

    public override string ToString()
    {
        Span<byte> b = stackalloc byte[32];
        Encode(b);
        return Convert.ToHexStringLower(b);
    }
}
