using System.Buffers.Binary;
using Kusama.Crypto.Native;

namespace Kusama.Crypto.Curve25519;

/// <summary>Helpers for 32-byte little-endian scalars modulo the group order ℓ = 2^252 + 27742317777372353535851937790883648493.</summary>
public static class Scalar
{
    /// <summary>ℓ as four little-endian 64-bit words.</summary>
    private const ulong L0 = 0x5812631a5cf5d3edUL, L1 = 0x14def9dea2f79cd6UL, L2 = 0UL, L3 = 0x1000000000000000UL;

    /// <summary>True when the 32-byte little-endian value is below ℓ (the RFC 8032 / ZIP-215 rule for s).</summary>
    public static bool IsCanonical(ReadOnlySpan<byte> scalar)
    {
        if (scalar.Length != 32)
        {
            throw new ArgumentException($"A scalar is 32 bytes, got {scalar.Length}.", nameof(scalar));
        }

        ulong w3 = BinaryPrimitives.ReadUInt64LittleEndian(scalar[24..]);
        if (w3 != L3)
        {
            return w3 < L3;
        }

        ulong w2 = BinaryPrimitives.ReadUInt64LittleEndian(scalar[16..]);
        if (w2 != L2)
        {
            return w2 < L2;
        }

        ulong w1 = BinaryPrimitives.ReadUInt64LittleEndian(scalar[8..]);
        if (w1 != L1)
        {
            return w1 < L1;
        }

        return BinaryPrimitives.ReadUInt64LittleEndian(scalar) < L0;
    }

    /// <summary>Reduces a 64-byte little-endian integer (e.g. a SHA-512 output) modulo ℓ into 32 bytes.</summary>
    public static void Reduce(ReadOnlySpan<byte> wide, Span<byte> output)
    {
        if (wide.Length != 64)
        {
            throw new ArgumentException($"A wide scalar is 64 bytes, got {wide.Length}.", nameof(wide));
        }

        if (output.Length != 32)
        {
            throw new ArgumentException($"A scalar is 32 bytes, got {output.Length}.", nameof(output));
        }

        LibSodium.crypto_core_ed25519_scalar_reduce(output, wide);
    }

    /// <summary>
    /// Width-w non-adjacent form of a scalar below 2^255: 256 signed digits, each zero or odd with |digit| &lt; 2^(w−1),
    /// and any w consecutive digits hold at most one non-zero (curve25519-dalek's non_adjacent_form).
    /// </summary>
    internal static void NonAdjacentForm(ReadOnlySpan<byte> scalar, int w, Span<sbyte> naf)
    {
        naf[..256].Clear();
        Span<ulong> x = stackalloc ulong[5];
        x[0] = BinaryPrimitives.ReadUInt64LittleEndian(scalar);
        x[1] = BinaryPrimitives.ReadUInt64LittleEndian(scalar[8..]);
        x[2] = BinaryPrimitives.ReadUInt64LittleEndian(scalar[16..]);
        x[3] = BinaryPrimitives.ReadUInt64LittleEndian(scalar[24..]);
        x[4] = 0;

        ulong width = 1UL << w;
        ulong windowMask = width - 1;
        int pos = 0;
        ulong carry = 0;
        while (pos < 256)
        {
            int index = pos >> 6;
            int bit = pos & 63;
            ulong bitBuffer = bit < 64 - w ? x[index] >> bit : (x[index] >> bit) | (x[index + 1] << (64 - bit));
            ulong window = carry + (bitBuffer & windowMask);

            if ((window & 1) == 0)
            {
                // An even window cannot start a digit; moving on one bit keeps the carry.
                pos++;
                continue;
            }

            if (window < width / 2)
            {
                carry = 0;
                naf[pos] = (sbyte)window;
            }
            else
            {
                carry = 1;
                naf[pos] = (sbyte)((long)window - (long)width);
            }

            pos += w;
        }
    }
}
