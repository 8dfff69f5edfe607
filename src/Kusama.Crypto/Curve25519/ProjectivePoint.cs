using System.Runtime.CompilerServices;

namespace Kusama.Crypto.Curve25519;

/// <summary>A point in projective coordinates (X:Y:Z), x = X/Z, y = Y/Z: the cheap state between doublings.</summary>
internal readonly struct ProjectivePoint
{
    internal readonly FieldElement X, Y, Z;

    internal ProjectivePoint(in FieldElement x, in FieldElement y, in FieldElement z)
    {
        X = x;
        Y = y;
        Z = z;
    }

    internal static ProjectivePoint Identity => new(FieldElement.Zero, FieldElement.One, FieldElement.One);

    /// <summary>Doubling (dbl-2008-hwcd) into the completed form; 3 squarings and 1 doubled squaring.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal CompletedPoint Double()
    {
        FieldElement xx = FieldElement.Square(X);
        FieldElement yy = FieldElement.Square(Y);
        FieldElement zz2 = FieldElement.Square2(Z);
        FieldElement xPlusY = FieldElement.Add(X, Y);
        FieldElement xPlusYSquared = FieldElement.Square(xPlusY);
        FieldElement yyPlusXx = FieldElement.Add(yy, xx);
        FieldElement yyMinusXx = FieldElement.Subtract(yy, xx);
        return new CompletedPoint(
            FieldElement.Subtract(xPlusYSquared, yyPlusXx),
            yyPlusXx,
            yyMinusXx,
            FieldElement.Subtract(zz2, yyMinusXx));
    }

    internal EdwardsPoint ToExtended() =>
        new(FieldElement.Multiply(X, Z), FieldElement.Multiply(Y, Z), FieldElement.Square(Z), FieldElement.Multiply(X, Y));
}
