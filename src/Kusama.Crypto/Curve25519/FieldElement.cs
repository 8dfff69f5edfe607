using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Kusama.Crypto.Curve25519;

/// <summary>An element of GF(2^255 − 19) in five 51-bit limbs (curve25519-dalek's u64 backend layout).</summary>
/// <remarks>
/// Limbs are kept "weakly reduced": after a multiply, square or subtract every limb is below 2^51 + 2^13 or so;
/// after an <see cref="Add"/> (which does not carry) limbs stay below 2^53, which every multiply accepts
/// (the 19·limb products and their five-term sums stay far below 2^128).
/// Only <see cref="ToBytes"/> produces the canonical value.
/// </remarks>
public readonly struct FieldElement : IEquatable<FieldElement>
{
    internal const ulong Mask51 = (1UL << 51) - 1;

    internal readonly ulong L0, L1, L2, L3, L4;

    internal FieldElement(ulong l0, ulong l1, ulong l2, ulong l3, ulong l4)
    {
        L0 = l0;
        L1 = l1;
        L2 = l2;
        L3 = l3;
        L4 = l4;
    }

    public static FieldElement Zero => default;

    public static FieldElement One => new(1, 0, 0, 0, 0);

    /// <summary>Edwards d = −121665/121666.</summary>
    internal static FieldElement EdwardsD => new(929955233495203UL, 466365720129213UL, 1662059464998953UL, 2033849074728123UL, 1442794654840575UL);

    /// <summary>2·d, used by the cached (Niels) point forms.</summary>
    internal static FieldElement EdwardsD2 => new(1859910466990425UL, 932731440258426UL, 1072319116312658UL, 1815898335770999UL, 633789495995903UL);

    /// <summary>The non-negative square root of −1, 2^((p−1)/4).</summary>
    internal static FieldElement SqrtM1 => new(1718705420411056UL, 234908883556509UL, 2233514472574048UL, 2117202627021982UL, 765476049583133UL);

    /// <summary>1/sqrt(a − d) with a = −1 (RFC 9496 INVSQRT_A_MINUS_D).</summary>
    internal static FieldElement InvSqrtAMinusD => new(278908739862762UL, 821645201101625UL, 8113234426968UL, 1777959178193151UL, 2118520810568447UL);

    /// <summary>
    /// Loads 32 little-endian bytes, ignoring bit 255. Values in [p, 2^255) are accepted as they are
    /// (ZIP-215 needs non-canonical y coordinates); they behave as their residue in every operation.
    /// </summary>
    public static FieldElement FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != 32)
        {
            throw new ArgumentException($"A field element encoding is 32 bytes, got {bytes.Length}.", nameof(bytes));
        }

        ulong w0 = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        ulong w1 = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]);
        ulong w2 = BinaryPrimitives.ReadUInt64LittleEndian(bytes[16..]);
        ulong w3 = BinaryPrimitives.ReadUInt64LittleEndian(bytes[24..]);
        return new FieldElement(
            w0 & Mask51,
            ((w0 >> 51) | (w1 << 13)) & Mask51,
            ((w1 >> 38) | (w2 << 26)) & Mask51,
            ((w2 >> 25) | (w3 << 39)) & Mask51,
            (w3 >> 12) & Mask51);
    }

    /// <summary>Writes the canonical (fully reduced) 32-byte little-endian encoding.</summary>
    public void ToBytes(Span<byte> output)
    {
        if (output.Length != 32)
        {
            throw new ArgumentException($"A field element encoding is 32 bytes, got {output.Length}.", nameof(output));
        }

        // Carry once so every limb is below 2^51 + small, then decide whether value ≥ p by adding 19 and
        // looking at the carry out of bit 255 (dalek's to_bytes).
        FieldElement r = Reduce(L0, L1, L2, L3, L4);
        ulong l0 = r.L0, l1 = r.L1, l2 = r.L2, l3 = r.L3, l4 = r.L4;
        ulong q = (l0 + 19) >> 51;
        q = (l1 + q) >> 51;
        q = (l2 + q) >> 51;
        q = (l3 + q) >> 51;
        q = (l4 + q) >> 51;

        l0 += 19 * q;
        l1 += l0 >> 51;
        l0 &= Mask51;
        l2 += l1 >> 51;
        l1 &= Mask51;
        l3 += l2 >> 51;
        l2 &= Mask51;
        l4 += l3 >> 51;
        l3 &= Mask51;
        l4 &= Mask51;

        BinaryPrimitives.WriteUInt64LittleEndian(output, l0 | (l1 << 51));
        BinaryPrimitives.WriteUInt64LittleEndian(output[8..], (l1 >> 13) | (l2 << 38));
        BinaryPrimitives.WriteUInt64LittleEndian(output[16..], (l2 >> 26) | (l3 << 25));
        BinaryPrimitives.WriteUInt64LittleEndian(output[24..], (l3 >> 39) | (l4 << 12));
    }

    /// <summary>True when the canonical encoding is odd (RFC 8032's "negative" x).</summary>
    public bool IsNegative
    {
        get
        {
            Span<byte> b = stackalloc byte[32];
            ToBytes(b);
            return (b[0] & 1) != 0;
        }
    }

    public bool IsZero
    {
        get
        {
            Span<byte> b = stackalloc byte[32];
            ToBytes(b);
            return !b.ContainsAnyExcept((byte)0);
        }
    }

    /// <summary>Equality of the field values (not of the limb representations).</summary>
    public bool Equals(FieldElement other)
    {
        Span<byte> a = stackalloc byte[32];
        Span<byte> b = stackalloc byte[32];
        ToBytes(a);
        other.ToBytes(b);
        return a.SequenceEqual(b);
    }

    public override bool Equals(object? obj) => obj is FieldElement other && Equals(other);

    public override int GetHashCode()
    {
        Span<byte> a = stackalloc byte[32];
        ToBytes(a);
        return BinaryPrimitives.ReadInt32LittleEndian(a);
    }

    public static bool operator ==(FieldElement left, FieldElement right) => left.Equals(right);

    public static bool operator !=(FieldElement left, FieldElement right) => !left.Equals(right);

    public static FieldElement operator +(FieldElement a, FieldElement b) => Add(a, b);

    public static FieldElement operator -(FieldElement a, FieldElement b) => Subtract(a, b);

    public static FieldElement operator *(FieldElement a, FieldElement b) => Multiply(a, b);

    public static FieldElement operator -(FieldElement a) => Negate(a);

    /// <summary>Limb-wise sum without carrying; callers keep the depth of unreduced sums at one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Add(in FieldElement a, in FieldElement b) =>
        new(a.L0 + b.L0, a.L1 + b.L1, a.L2 + b.L2, a.L3 + b.L3, a.L4 + b.L4);

    /// <summary>a − b computed as (a + 16p) − b so no limb underflows, then carried.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Subtract(in FieldElement a, in FieldElement b) =>
        Reduce(
            (a.L0 + 36028797018963664UL) - b.L0,
            (a.L1 + 36028797018963952UL) - b.L1,
            (a.L2 + 36028797018963952UL) - b.L2,
            (a.L3 + 36028797018963952UL) - b.L3,
            (a.L4 + 36028797018963952UL) - b.L4);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Negate(in FieldElement a) =>
        Reduce(
            36028797018963664UL - a.L0,
            36028797018963952UL - a.L1,
            36028797018963952UL - a.L2,
            36028797018963952UL - a.L3,
            36028797018963952UL - a.L4);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement Reduce(ulong l0, ulong l1, ulong l2, ulong l3, ulong l4)
    {
        ulong c0 = l0 >> 51, c1 = l1 >> 51, c2 = l2 >> 51, c3 = l3 >> 51, c4 = l4 >> 51;
        return new FieldElement(
            (l0 & Mask51) + (c4 * 19),
            (l1 & Mask51) + c0,
            (l2 & Mask51) + c1,
            (l3 & Mask51) + c2,
            (l4 & Mask51) + c3);
    }

    public static FieldElement Multiply(in FieldElement a, in FieldElement b)
    {
        ulong a0 = a.L0, a1 = a.L1, a2 = a.L2, a3 = a.L3, a4 = a.L4;
        ulong b0 = b.L0, b1 = b.L1, b2 = b.L2, b3 = b.L3, b4 = b.L4;

        // 2^255 ≡ 19, so limb products that land at 2^(51·(i+j)) with i + j ≥ 5 fold back times 19.
        ulong b1x19 = b1 * 19, b2x19 = b2 * 19, b3x19 = b3 * 19, b4x19 = b4 * 19;

        // Each column is a 128-bit sum kept as two ulongs (lo, hi); an explicit carry compare keeps everything in
        // registers, where UInt128 temporaries made the JIT spill every partial product.
        ulong t;
        ulong c0l = a0 * b0, c0h = MulHigh(a0, b0);
        t = a4 * b1x19; c0l += t; c0h += MulHigh(a4, b1x19) + (c0l < t ? 1UL : 0UL);
        t = a3 * b2x19; c0l += t; c0h += MulHigh(a3, b2x19) + (c0l < t ? 1UL : 0UL);
        t = a2 * b3x19; c0l += t; c0h += MulHigh(a2, b3x19) + (c0l < t ? 1UL : 0UL);
        t = a1 * b4x19; c0l += t; c0h += MulHigh(a1, b4x19) + (c0l < t ? 1UL : 0UL);
        ulong c1l = a1 * b0, c1h = MulHigh(a1, b0);
        t = a0 * b1; c1l += t; c1h += MulHigh(a0, b1) + (c1l < t ? 1UL : 0UL);
        t = a4 * b2x19; c1l += t; c1h += MulHigh(a4, b2x19) + (c1l < t ? 1UL : 0UL);
        t = a3 * b3x19; c1l += t; c1h += MulHigh(a3, b3x19) + (c1l < t ? 1UL : 0UL);
        t = a2 * b4x19; c1l += t; c1h += MulHigh(a2, b4x19) + (c1l < t ? 1UL : 0UL);
        ulong c2l = a2 * b0, c2h = MulHigh(a2, b0);
        t = a1 * b1; c2l += t; c2h += MulHigh(a1, b1) + (c2l < t ? 1UL : 0UL);
        t = a0 * b2; c2l += t; c2h += MulHigh(a0, b2) + (c2l < t ? 1UL : 0UL);
        t = a4 * b3x19; c2l += t; c2h += MulHigh(a4, b3x19) + (c2l < t ? 1UL : 0UL);
        t = a3 * b4x19; c2l += t; c2h += MulHigh(a3, b4x19) + (c2l < t ? 1UL : 0UL);
        ulong c3l = a3 * b0, c3h = MulHigh(a3, b0);
        t = a2 * b1; c3l += t; c3h += MulHigh(a2, b1) + (c3l < t ? 1UL : 0UL);
        t = a1 * b2; c3l += t; c3h += MulHigh(a1, b2) + (c3l < t ? 1UL : 0UL);
        t = a0 * b3; c3l += t; c3h += MulHigh(a0, b3) + (c3l < t ? 1UL : 0UL);
        t = a4 * b4x19; c3l += t; c3h += MulHigh(a4, b4x19) + (c3l < t ? 1UL : 0UL);
        ulong c4l = a4 * b0, c4h = MulHigh(a4, b0);
        t = a3 * b1; c4l += t; c4h += MulHigh(a3, b1) + (c4l < t ? 1UL : 0UL);
        t = a2 * b2; c4l += t; c4h += MulHigh(a2, b2) + (c4l < t ? 1UL : 0UL);
        t = a1 * b3; c4l += t; c4h += MulHigh(a1, b3) + (c4l < t ? 1UL : 0UL);
        t = a0 * b4; c4l += t; c4h += MulHigh(a0, b4) + (c4l < t ? 1UL : 0UL);

        return CarryWide(c0l, c0h, c1l, c1h, c2l, c2h, c3l, c3h, c4l, c4h);
    }

    public static FieldElement Square(in FieldElement a)
    {
        ulong a0 = a.L0, a1 = a.L1, a2 = a.L2, a3 = a.L3, a4 = a.L4;
        ulong a3x19 = a3 * 19, a4x19 = a4 * 19;

        // Cross terms appear twice; doubling one operand up front (still far below 2^64) saves the separate shifts.
        ulong a0x2 = a0 << 1, a1x2 = a1 << 1, a3x38 = a3x19 << 1, a4x38 = a4x19 << 1;

        ulong t;
        ulong c0l = a0 * a0, c0h = MulHigh(a0, a0);
        t = a1 * a4x38; c0l += t; c0h += MulHigh(a1, a4x38) + (c0l < t ? 1UL : 0UL);
        t = a2 * a3x38; c0l += t; c0h += MulHigh(a2, a3x38) + (c0l < t ? 1UL : 0UL);
        ulong c1l = a3 * a3x19, c1h = MulHigh(a3, a3x19);
        t = a0x2 * a1; c1l += t; c1h += MulHigh(a0x2, a1) + (c1l < t ? 1UL : 0UL);
        t = a2 * a4x38; c1l += t; c1h += MulHigh(a2, a4x38) + (c1l < t ? 1UL : 0UL);
        ulong c2l = a1 * a1, c2h = MulHigh(a1, a1);
        t = a0x2 * a2; c2l += t; c2h += MulHigh(a0x2, a2) + (c2l < t ? 1UL : 0UL);
        t = a4 * a3x38; c2l += t; c2h += MulHigh(a4, a3x38) + (c2l < t ? 1UL : 0UL);
        ulong c3l = a4 * a4x19, c3h = MulHigh(a4, a4x19);
        t = a0x2 * a3; c3l += t; c3h += MulHigh(a0x2, a3) + (c3l < t ? 1UL : 0UL);
        t = a1x2 * a2; c3l += t; c3h += MulHigh(a1x2, a2) + (c3l < t ? 1UL : 0UL);
        ulong c4l = a2 * a2, c4h = MulHigh(a2, a2);
        t = a0x2 * a4; c4l += t; c4h += MulHigh(a0x2, a4) + (c4l < t ? 1UL : 0UL);
        t = a1x2 * a3; c4l += t; c4h += MulHigh(a1x2, a3) + (c4l < t ? 1UL : 0UL);

        return CarryWide(c0l, c0h, c1l, c1h, c2l, c2h, c3l, c3h, c4l, c4h);
    }

    /// <summary>2·a², used by point doubling.</summary>
    public static FieldElement Square2(in FieldElement a)
    {
        FieldElement s = Square(a);
        return new FieldElement(s.L0 << 1, s.L1 << 1, s.L2 << 1, s.L3 << 1, s.L4 << 1);
    }

    /// <summary>a^(2^k) by k repeated squarings.</summary>
    public static FieldElement Pow2K(in FieldElement a, int k)
    {
        FieldElement r = Square(a);
        for (int i = 1; i < k; i++)
        {
            r = Square(r);
        }

        return r;
    }

    /// <summary>
    /// High 64 bits of a 64×64 product. Math.BigMul's out-parameter forces the low half through memory in the JIT,
    /// so on BMI2 hardware MULX gives the high half and an ordinary multiply the low half, both in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MulHigh(ulong a, ulong b) =>
        Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(a, b) : Math.BigMul(a, b, out _);

    /// <summary>Carries five 128-bit columns (each below 2^115) down to 51-bit limbs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement CarryWide(ulong c0l, ulong c0h, ulong c1l, ulong c1h, ulong c2l, ulong c2h, ulong c3l, ulong c3h, ulong c4l, ulong c4h)
    {
        // column >> 51 fits in 64 bits because every column is below 2^115.
        ulong carry = (c0h << 13) | (c0l >> 51);
        ulong r0 = c0l & Mask51;
        c1l += carry;
        c1h += c1l < carry ? 1UL : 0UL;

        carry = (c1h << 13) | (c1l >> 51);
        ulong r1 = c1l & Mask51;
        c2l += carry;
        c2h += c2l < carry ? 1UL : 0UL;

        carry = (c2h << 13) | (c2l >> 51);
        ulong r2 = c2l & Mask51;
        c3l += carry;
        c3h += c3l < carry ? 1UL : 0UL;

        carry = (c3h << 13) | (c3l >> 51);
        ulong r3 = c3l & Mask51;
        c4l += carry;
        c4h += c4l < carry ? 1UL : 0UL;

        carry = (c4h << 13) | (c4l >> 51);
        ulong r4 = c4l & Mask51;

        // c4 has no ×19 terms, so with input limbs below 2^54 it stays below 2^111 and carry below 2^60: 19·carry
        // fits in 64 bits (dalek's argument). One more step keeps r0 below 2^51.
        r0 += carry * 19;
        r1 += r0 >> 51;
        r0 &= Mask51;
        return new FieldElement(r0, r1, r2, r3, r4);
    }

    /// <summary>Returns (a^(2^250 − 1), a^11), the shared prefix of inversion and the (p−5)/8 power.</summary>
    private static (FieldElement T19, FieldElement T3) Pow22501(in FieldElement a)
    {
        FieldElement t0 = Square(a);                 // 2
        FieldElement t1 = Square(Square(t0));        // 8
        FieldElement t2 = Multiply(a, t1);           // 9
        FieldElement t3 = Multiply(t0, t2);          // 11
        FieldElement t4 = Square(t3);                // 22
        FieldElement t5 = Multiply(t2, t4);          // 2^5 − 1
        FieldElement t6 = Pow2K(t5, 5);
        FieldElement t7 = Multiply(t6, t5);          // 2^10 − 1
        FieldElement t8 = Pow2K(t7, 10);
        FieldElement t9 = Multiply(t8, t7);          // 2^20 − 1
        FieldElement t10 = Pow2K(t9, 20);
        FieldElement t11 = Multiply(t10, t9);        // 2^40 − 1
        FieldElement t12 = Pow2K(t11, 10);
        FieldElement t13 = Multiply(t12, t7);        // 2^50 − 1
        FieldElement t14 = Pow2K(t13, 50);
        FieldElement t15 = Multiply(t14, t13);       // 2^100 − 1
        FieldElement t16 = Pow2K(t15, 100);
        FieldElement t17 = Multiply(t16, t15);       // 2^200 − 1
        FieldElement t18 = Pow2K(t17, 50);
        FieldElement t19 = Multiply(t18, t13);       // 2^250 − 1
        return (t19, t3);
    }

    /// <summary>a^(p−2) = 1/a (0 maps to 0).</summary>
    public static FieldElement Invert(in FieldElement a)
    {
        (FieldElement t19, FieldElement t3) = Pow22501(a);
        return Multiply(Pow2K(t19, 5), t3);          // 2^255 − 21 = p − 2
    }

    /// <summary>a^((p−5)/8) = a^(2^252 − 3).</summary>
    public static FieldElement Pow22523(in FieldElement a)
    {
        (FieldElement t19, _) = Pow22501(a);
        return Multiply(Pow2K(t19, 2), a);
    }

    /// <summary>|a|: a or −a, whichever has an even canonical encoding.</summary>
    public static FieldElement Abs(in FieldElement a) => a.IsNegative ? Negate(a) : a;

    /// <summary>
    /// RFC 9496 SQRT_RATIO_M1 (dalek's sqrt_ratio_i): returns true and the non-negative sqrt(u/v) when u/v is a square;
    /// otherwise false and the non-negative sqrt(i·u/v). u = 0 gives (true, 0); v = 0 with u ≠ 0 gives (false, 0).
    /// </summary>
    public static bool SqrtRatioM1(in FieldElement u, in FieldElement v, out FieldElement result)
    {
        FieldElement v3 = Multiply(Square(v), v);
        FieldElement v7 = Multiply(Square(v3), v);
        FieldElement r = Multiply(Multiply(u, v3), Pow22523(Multiply(u, v7)));
        FieldElement check = Multiply(v, Square(r));

        FieldElement uNeg = Negate(u);
        bool correctSign = check.Equals(u);
        bool flippedSign = check.Equals(uNeg);
        bool flippedSignI = check.Equals(Multiply(uNeg, SqrtM1));

        if (flippedSign || flippedSignI)
        {
            r = Multiply(r, SqrtM1);
        }

        result = Abs(r);
        return correctSign || flippedSign;
    }

    public override string ToString()
    {
        Span<byte> b = stackalloc byte[32];
        ToBytes(b);
        return Convert.ToHexStringLower(b);
    }
}
