namespace Kusama.Crypto.Curve25519;

/// <summary>The base point and its odd multiples B, 3B, …, 127B in affine Niels form, built once for width-8 NAF lookups.</summary>
internal static class BasepointTable
{
    internal const int Width = 8;

    internal static readonly EdwardsPoint Basepoint = DecodeBasepoint();

    internal static readonly AffineNielsPoint[] OddMultiples = BuildOddMultiples();

    private static EdwardsPoint DecodeBasepoint()
    {
        // RFC 8032 §5.1: B has y = 4/5 (encoded 0x58 0x66 … 0x66) and even x.
        Span<byte> encoding = stackalloc byte[32];
        encoding.Fill(0x66);
        encoding[0] = 0x58;
        if (!EdwardsPoint.TryDecompress(encoding, out EdwardsPoint b))
        {
            throw new InvalidOperationException("The ed25519 base point failed to decode.");
        }

        return b;
    }

    private static AffineNielsPoint[] BuildOddMultiples()
    {
        var table = new AffineNielsPoint[1 << (Width - 2)];
        EdwardsPoint b = Basepoint;
        EdwardsPoint b2 = b.Double();
        EdwardsPoint current = b;
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = current.ToAffineNiels();
            current = EdwardsPoint.Add(current, b2);
        }

        return table;
    }
}
