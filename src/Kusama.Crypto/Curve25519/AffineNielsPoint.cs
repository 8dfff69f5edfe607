namespace Kusama.Crypto.Curve25519;

/// <summary>The precomputed affine form (y+x, y−x, 2dxy) used by the base-point table (Z = 1 saves a multiply per add).</summary>
internal readonly struct AffineNielsPoint
{
    internal readonly FieldElement YPlusX, YMinusX, XY2d;

    internal AffineNielsPoint(in FieldElement yPlusX, in FieldElement yMinusX, in FieldElement xy2d)
    {
        YPlusX = yPlusX;
        YMinusX = yMinusX;
        XY2d = xy2d;
    }
}
