namespace Kusama.Crypto.Curve25519;

/// <summary>The cached form (Y+X, Y−X, Z, 2dT) of an extended point, ready to be added repeatedly.</summary>
internal readonly struct ProjectiveNielsPoint
{
    internal readonly FieldElement YPlusX, YMinusX, Z, T2d;

    internal ProjectiveNielsPoint(in FieldElement yPlusX, in FieldElement yMinusX, in FieldElement z, in FieldElement t2d)
    {
        YPlusX = yPlusX;
        YMinusX = yMinusX;
        Z = z;
        T2d = t2d;
    }
}
