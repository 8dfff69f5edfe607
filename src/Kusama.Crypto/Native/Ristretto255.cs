namespace Kusama.Crypto.Native;

/// <summary>Span-based ristretto255 point and scalar operations over libsodium, with its quirks smoothed out.</summary>
/// <remarks>
/// Callers pass exactly 32-byte spans (64 for wide inputs); lengths are the caller's contract and are not re-checked
/// here. Scalars must already be reduced mod ℓ: libsodium clears bit 255 of a multiplier, which would silently change
/// an unreduced scalar. The identity point is the all-zero encoding.
/// </remarks>
internal static unsafe class Ristretto255
{
    /// <summary>Encoded length of a point or a scalar.</summary>
    public const int Length = 32;

    /// <summary>ℓ = 2^252 + 27742317777372353535851937790883648493, little-endian.</summary>
    private static ReadOnlySpan<byte> GroupOrder =>
    [
        0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10,
    ];

    /// <summary>True when the 32 bytes are a canonical ristretto255 encoding (the identity included).</summary>
    public static bool IsValidPoint(ReadOnlySpan<byte> point)
    {
        fixed (byte* p = point)
            return LibSodium.crypto_core_ristretto255_is_valid_point(p) == 1;
    }

    /// <summary>result = n·B; n = 0 gives the identity.</summary>
    public static void ScalarMultBase(Span<byte> result, ReadOnlySpan<byte> n)
    {
        fixed (byte* q = result)
        fixed (byte* s = n)
        {
            // -1 only when n ≡ 0 (mod ℓ); libsodium then leaves the output unspecified, the answer is the identity.
            if (LibSodium.crypto_scalarmult_ristretto255_base(q, s) != 0)
                result[..Length].Clear();
        }
    }

    /// <summary>result = n·P; false when P is not a valid encoding. An identity result is written as zeros.</summary>
    public static bool ScalarMult(Span<byte> result, ReadOnlySpan<byte> n, ReadOnlySpan<byte> point)
    {
        fixed (byte* q = result)
        fixed (byte* s = n)
        fixed (byte* p = point)
        {
            if (LibSodium.crypto_scalarmult_ristretto255(q, s, p) == 0)
                return true;
            // -1 means either "P is invalid" or "the product is the identity"; only the rare failure path pays
            // for telling them apart, so valid inputs are decoded once.
            if (LibSodium.crypto_core_ristretto255_is_valid_point(p) != 1)
                return false;
            result[..Length].Clear();
            return true;
        }
    }

    /// <summary>result = P + Q; false when either encoding is invalid.</summary>
    public static bool Add(Span<byte> result, ReadOnlySpan<byte> p, ReadOnlySpan<byte> q)
    {
        fixed (byte* r = result)
        fixed (byte* a = p)
        fixed (byte* b = q)
            return LibSodium.crypto_core_ristretto255_add(r, a, b) == 0;
    }

    /// <summary>result = P − Q; false when either encoding is invalid.</summary>
    public static bool Sub(Span<byte> result, ReadOnlySpan<byte> p, ReadOnlySpan<byte> q)
    {
        fixed (byte* r = result)
        fixed (byte* a = p)
        fixed (byte* b = q)
            return LibSodium.crypto_core_ristretto255_sub(r, a, b) == 0;
    }

    /// <summary>Maps 64 uniform bytes to a point (RFC 9496 one-way map; dalek's <c>from_uniform_bytes</c>).</summary>
    public static void FromHash(Span<byte> result, ReadOnlySpan<byte> hash64)
    {
        fixed (byte* p = result)
        fixed (byte* r = hash64)
            LibSodium.crypto_core_ristretto255_from_hash(p, r);
    }

    /// <summary>result = wide64 mod ℓ (dalek's <c>from_bytes_mod_order_wide</c>).</summary>
    public static void ScalarReduce(Span<byte> result, ReadOnlySpan<byte> wide64)
    {
        fixed (byte* r = result)
        fixed (byte* s = wide64)
            LibSodium.crypto_core_ristretto255_scalar_reduce(r, s);
    }

    /// <summary>result = x + y mod ℓ.</summary>
    public static void ScalarAdd(Span<byte> result, ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        fixed (byte* z = result)
        fixed (byte* a = x)
        fixed (byte* b = y)
            LibSodium.crypto_core_ristretto255_scalar_add(z, a, b);
    }

    /// <summary>result = x − y mod ℓ.</summary>
    public static void ScalarSub(Span<byte> result, ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        fixed (byte* z = result)
        fixed (byte* a = x)
        fixed (byte* b = y)
            LibSodium.crypto_core_ristretto255_scalar_sub(z, a, b);
    }

    /// <summary>result = x · y mod ℓ.</summary>
    public static void ScalarMul(Span<byte> result, ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        fixed (byte* z = result)
        fixed (byte* a = x)
        fixed (byte* b = y)
            LibSodium.crypto_core_ristretto255_scalar_mul(z, a, b);
    }

    /// <summary>True when the 32 little-endian bytes are a scalar below ℓ (dalek's <c>from_canonical_bytes</c>).</summary>
    public static bool IsCanonicalScalar(ReadOnlySpan<byte> scalar)
    {
        ReadOnlySpan<byte> order = GroupOrder;
        for (int i = Length - 1; i >= 0; i--)
        {
            if (scalar[i] < order[i]) return true;
            if (scalar[i] > order[i]) return false;
        }
        return false; // equal to ℓ
    }

    /// <summary>True when the scalar is zero (as bytes; callers pass reduced scalars).</summary>
    public static bool IsZero(ReadOnlySpan<byte> value) => value[..Length].IndexOfAnyExcept((byte)0) < 0;
}
