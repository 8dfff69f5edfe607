using System.Runtime.CompilerServices;

namespace Kusama.Crypto.Curve25519;

/// <summary>A point on edwards25519 in extended coordinates (X:Y:Z:T), x = X/Z, y = Y/Z, xy = T/Z.</summary>
public readonly partial struct EdwardsPoint : IEquatable<EdwardsPoint>
{
    internal readonly FieldElement X, Y, Z, T;

    internal EdwardsPoint(in FieldElement x, in FieldElement y, in FieldElement z, in FieldElement t)
    {
        X = x;
        Y = y;
        Z = z;
        T = t;
    }

    public static EdwardsPoint Identity => new(FieldElement.Zero, FieldElement.One, FieldElement.One, FieldElement.Zero);

    /// <summary>The RFC 8032 base point B (y = 4/5, x even).</summary>
    public static EdwardsPoint Basepoint => BasepointTable.Basepoint;

    /// <summary>
    /// Decodes a 32-byte compressed point with the ZIP-215 / curve25519-dalek rules: y is taken from the low 255 bits
    /// even when it is ≥ p, and x = 0 with the sign bit set is accepted. Returns false only for a y with no point on the curve.
    /// </summary>
    public static bool TryDecompress(ReadOnlySpan<byte> encoding, out EdwardsPoint point)
    {
        if (encoding.Length != 32)
        {
            throw new ArgumentException($"A compressed Edwards point is 32 bytes, got {encoding.Length}.", nameof(encoding));
        }

        FieldElement y = FieldElement.FromBytes(encoding);
        FieldElement yy = FieldElement.Square(y);
        FieldElement u = FieldElement.Subtract(yy, FieldElement.One);                                   // y² − 1
        FieldElement v = FieldElement.Add(FieldElement.Multiply(yy, FieldElement.EdwardsD), FieldElement.One); // d·y² + 1
        if (!FieldElement.SqrtRatioM1(u, v, out FieldElement x))
        {
            point = default;
            return false;
        }

        // x is the non-negative root; the sign bit picks its negation. For x = 0 both choices give 0 (accepted, as dalek).
        if ((encoding[31] & 0x80) != 0)
        {
            x = FieldElement.Negate(x);
        }

        point = new EdwardsPoint(x, y, FieldElement.One, FieldElement.Multiply(x, y));
        return true;
    }

    /// <summary>Writes the canonical RFC 8032 encoding: y (reduced) with the parity of x in bit 255.</summary>
    public void Compress(Span<byte> output)
    {
        FieldElement zInv = FieldElement.Invert(Z);
        FieldElement x = FieldElement.Multiply(X, zInv);
        FieldElement y = FieldElement.Multiply(Y, zInv);
        y.ToBytes(output);
        if (x.IsNegative)
        {
            output[31] |= 0x80;
        }
    }

    public static EdwardsPoint operator +(EdwardsPoint a, EdwardsPoint b) => Add(a, b);

    public static EdwardsPoint operator -(EdwardsPoint a, EdwardsPoint b) => Subtract(a, b);

    public static EdwardsPoint operator -(EdwardsPoint a) => Negate(a);

    public static bool operator ==(EdwardsPoint left, EdwardsPoint right) => left.Equals(right);

    public static bool operator !=(EdwardsPoint left, EdwardsPoint right) => !left.Equals(right);

    public static EdwardsPoint Add(in EdwardsPoint a, in EdwardsPoint b) => a.Add(b.ToProjectiveNiels()).ToExtended();

    public static EdwardsPoint Subtract(in EdwardsPoint a, in EdwardsPoint b) => a.Subtract(b.ToProjectiveNiels()).ToExtended();

    public static EdwardsPoint Negate(in EdwardsPoint a) =>
        new(FieldElement.Negate(a.X), a.Y, a.Z, FieldElement.Negate(a.T));

    public EdwardsPoint Double() => ToProjective().Double().ToExtended();

    /// <summary>[8]P: clears any small-order component.</summary>
    public EdwardsPoint MulByCofactor()
    {
        ProjectivePoint p = ToProjective();
        p = p.Double().ToProjective();
        p = p.Double().ToProjective();
        return p.Double().ToExtended();
    }

    /// <summary>True when [8]P is the identity, i.e. P is one of the eight torsion points.</summary>
    public bool IsSmallOrder => MulByCofactor().IsIdentity;

    /// <summary>True for the neutral element (x = 0, y = 1).</summary>
    public bool IsIdentity => X.IsZero && FieldElement.Subtract(Y, Z).IsZero;

    /// <summary>Point equality, comparing X1·Z2 = X2·Z1 and Y1·Z2 = Y2·Z1.</summary>
    public bool Equals(EdwardsPoint other) =>
        FieldElement.Multiply(X, other.Z).Equals(FieldElement.Multiply(other.X, Z)) &&
        FieldElement.Multiply(Y, other.Z).Equals(FieldElement.Multiply(other.Y, Z));

    public override bool Equals(object? obj) => obj is EdwardsPoint other && Equals(other);

    public override int GetHashCode()
    {
        Span<byte> b = stackalloc byte[32];
        Compress(b);
        return BitConverter.ToInt32(b);
    }

    public override string ToString()
    {
        Span<byte> b = stackalloc byte[32];
        Compress(b);
        return Convert.ToHexStringLower(b);
    }

    internal ProjectivePoint ToProjective() => new(X, Y, Z);

    internal ProjectiveNielsPoint ToProjectiveNiels() =>
        new(FieldElement.Add(Y, X), FieldElement.Subtract(Y, X), Z, FieldElement.Multiply(T, FieldElement.EdwardsD2));

    internal AffineNielsPoint ToAffineNiels()
    {
        FieldElement zInv = FieldElement.Invert(Z);
        FieldElement x = FieldElement.Multiply(X, zInv);
        FieldElement y = FieldElement.Multiply(Y, zInv);
        return new AffineNielsPoint(
            FieldElement.Add(y, x),
            FieldElement.Subtract(y, x),
            FieldElement.Multiply(FieldElement.Multiply(x, y), FieldElement.EdwardsD2));
    }

    // add-2008-hwcd-3 with the cached operand; the result stays in completed form so the caller picks the cheapest conversion.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal CompletedPoint Add(in ProjectiveNielsPoint other)
    {
        FieldElement yPlusX = FieldElement.Add(Y, X);
        FieldElement yMinusX = FieldElement.Subtract(Y, X);
        FieldElement pp = FieldElement.Multiply(yPlusX, other.YPlusX);
        FieldElement mm = FieldElement.Multiply(yMinusX, other.YMinusX);
        FieldElement tt2d = FieldElement.Multiply(T, other.T2d);
        FieldElement zz = FieldElement.Multiply(Z, other.Z);
        FieldElement zz2 = FieldElement.Add(zz, zz);
        return new CompletedPoint(
            FieldElement.Subtract(pp, mm),
            FieldElement.Add(pp, mm),
            FieldElement.Add(zz2, tt2d),
            FieldElement.Subtract(zz2, tt2d));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal CompletedPoint Subtract(in ProjectiveNielsPoint other)
    {
        FieldElement yPlusX = FieldElement.Add(Y, X);
        FieldElement yMinusX = FieldElement.Subtract(Y, X);
        FieldElement pm = FieldElement.Multiply(yPlusX, other.YMinusX);
        FieldElement mp = FieldElement.Multiply(yMinusX, other.YPlusX);
        FieldElement tt2d = FieldElement.Multiply(T, other.T2d);
        FieldElement zz = FieldElement.Multiply(Z, other.Z);
        FieldElement zz2 = FieldElement.Add(zz, zz);
        return new CompletedPoint(
            FieldElement.Subtract(pm, mp),
            FieldElement.Add(pm, mp),
            FieldElement.Subtract(zz2, tt2d),
            FieldElement.Add(zz2, tt2d));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal CompletedPoint Add(in AffineNielsPoint other)
    {
        FieldElement yPlusX = FieldElement.Add(Y, X);
        FieldElement yMinusX = FieldElement.Subtract(Y, X);
        FieldElement pp = FieldElement.Multiply(yPlusX, other.YPlusX);
        FieldElement mm = FieldElement.Multiply(yMinusX, other.YMinusX);
        FieldElement txy2d = FieldElement.Multiply(T, other.XY2d);
        FieldElement z2 = FieldElement.Add(Z, Z);
        return new CompletedPoint(
            FieldElement.Subtract(pp, mm),
            FieldElement.Add(pp, mm),
            FieldElement.Add(z2, txy2d),
            FieldElement.Subtract(z2, txy2d));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal CompletedPoint Subtract(in AffineNielsPoint other)
    {
        FieldElement yPlusX = FieldElement.Add(Y, X);
        FieldElement yMinusX = FieldElement.Subtract(Y, X);
        FieldElement pm = FieldElement.Multiply(yPlusX, other.YMinusX);
        FieldElement mp = FieldElement.Multiply(yMinusX, other.YPlusX);
        FieldElement txy2d = FieldElement.Multiply(T, other.XY2d);
        FieldElement z2 = FieldElement.Add(Z, Z);
        return new CompletedPoint(
            FieldElement.Subtract(pm, mp),
            FieldElement.Add(pm, mp),
            FieldElement.Subtract(z2, txy2d),
            FieldElement.Add(z2, txy2d));
    }
}
