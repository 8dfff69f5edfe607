namespace Kusama.Crypto.Curve25519;

/// <summary>Variable-time multi-scalar multiplication used by signature verification (inputs are public).</summary>
public readonly partial struct EdwardsPoint
{
    /// <summary>
    /// Computes [a]A + [b]B in variable time (Straus with width-5 NAF for A and width-8 NAF over the precomputed
    /// base-point table). Both scalars must be below 2^255, as every canonical or reduced scalar is.
    /// </summary>
    public static EdwardsPoint VartimeDoubleScalarMulBasepoint(ReadOnlySpan<byte> a, in EdwardsPoint point, ReadOnlySpan<byte> b)
    {
        if (a.Length != 32 || b.Length != 32)
        {
            throw new ArgumentException("Scalars are 32 bytes.");
        }

        if ((a[31] & 0x80) != 0 || (b[31] & 0x80) != 0)
        {
            throw new ArgumentException("Scalars must be below 2^255 (reduce them first).");
        }

        Span<sbyte> aNaf = stackalloc sbyte[256];
        Span<sbyte> bNaf = stackalloc sbyte[256];
        Scalar.NonAdjacentForm(a, 5, aNaf);
        Scalar.NonAdjacentForm(b, BasepointTable.Width, bNaf);

        int i = 255;
        while (i >= 0 && aNaf[i] == 0 && bNaf[i] == 0)
        {
            i--;
        }

        if (i < 0)
        {
            return Identity;
        }

        // Odd multiples A, 3A, …, 15A in cached form.
        Span<ProjectiveNielsPoint> tableA = stackalloc ProjectiveNielsPoint[8];
        tableA[0] = point.ToProjectiveNiels();
        ProjectiveNielsPoint a2 = point.Double().ToProjectiveNiels();
        EdwardsPoint current = point;
        for (int j = 1; j < 8; j++)
        {
            current = current.Add(a2).ToExtended();
            tableA[j] = current.ToProjectiveNiels();
        }

        ReadOnlySpan<AffineNielsPoint> tableB = BasepointTable.OddMultiples;
        ProjectivePoint r = ProjectivePoint.Identity;
        for (; i >= 0; i--)
        {
            CompletedPoint t = r.Double();

            sbyte da = aNaf[i];
            if (da > 0)
            {
                t = t.ToExtended().Add(tableA[da >> 1]);
            }
            else if (da < 0)
            {
                t = t.ToExtended().Subtract(tableA[(-da) >> 1]);
            }

            sbyte db = bNaf[i];
            if (db > 0)
            {
                t = t.ToExtended().Add(tableB[db >> 1]);
            }
            else if (db < 0)
            {
                t = t.ToExtended().Subtract(tableB[(-db) >> 1]);
            }

            r = t.ToProjective();
        }

        return r.ToExtended();
    }
}
