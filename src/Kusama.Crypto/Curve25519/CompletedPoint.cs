using System.Runtime.CompilerServices;

namespace Kusama.Crypto.Curve25519;

/// <summary>A point as ((X:Z), (Y:T)) with x = X/Z, y = Y/T: the output of addition and doubling formulas.</summary>
internal readonly struct CompletedPoint
{
    internal readonly FieldElement X, Y, Z, T;

    internal CompletedPoint(in FieldElement x, in FieldElement y, in FieldElement z, in FieldElement t)
    {
        X = x;
        Y = y;
        Z = z;
        T = t;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ProjectivePoint ToProjective() =>
        new(FieldElement.Multiply(X, T), FieldElement.Multiply(Y, Z), FieldElement.Multiply(Z, T));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal EdwardsPoint ToExtended() =>
        new(FieldElement.Multiply(X, T), FieldElement.Multiply(Y, Z), FieldElement.Multiply(Z, T), FieldElement.Multiply(X, Y));
}
