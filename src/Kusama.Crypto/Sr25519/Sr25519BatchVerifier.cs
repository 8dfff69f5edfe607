using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Kusama.Crypto.Curve25519;
using Kusama.Crypto.Native;

namespace Kusama.Crypto.Sr25519;

/// <summary>
/// Strict sr25519 verification of many signatures at once (schnorrkel's <c>verify_batch</c>): one random linear
/// combination Σzᵢ·Rᵢ + Σzᵢkᵢ·Aᵢ − (Σzᵢsᵢ)·B = 0 checked by a single multi-scalar multiplication whose doublings all
/// signatures share, about half the work of checking them one by one.
/// </summary>
/// <remarks>
/// <see cref="Verify"/> is true only when every added signature is valid (a bad one passes with probability 2⁻¹²⁸ at most,
/// the zᵢ being fresh 128-bit random scalars); when it is false, check them one by one to name the bad ones.
/// Reusable after <see cref="Clear"/>; not thread-safe (one per thread).
/// </remarks>
public sealed class Sr25519BatchVerifier
{
    private const int Width = 5;
    private const int TableSize = 1 << (Width - 2);

    private readonly List<EdwardsPoint> _points = [];

    // Per signature: k ‖ s (64 bytes), kept until Verify draws the random weights.
    private byte[] _challenges = new byte[64 * 32];
    private sbyte[] _nafs = [];
    private ProjectiveNielsPoint[] _tables = [];
    private bool _malformed;

    /// <summary>Signatures added since the last <see cref="Clear"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a strict check in the "substrate" context (as <see cref="Sr25519Signature.Verify(ReadOnlySpan{byte}, ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>).</summary>
    /// <returns>False when the signature cannot be valid (malformed, or R or the key is not a point); the batch then fails.</returns>
    public bool Add(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> message, ReadOnlySpan<byte> publicKey)
    {
        int index = Count++;
        if (_malformed) return false;
        if (_challenges.Length < 64 * Count) Array.Resize(ref _challenges, 2 * _challenges.Length);
        Span<byte> k = _challenges.AsSpan(64 * index, 32);
        Span<byte> s = _challenges.AsSpan(64 * index + 32, 32);
        if (!Sr25519Signature.TryChallenge(SigningContext.Substrate.Bytes(message), signature, publicKey, s, k)
            || !RistrettoPoint.TryDecode(signature[..32], out RistrettoPoint r)
            || !RistrettoPoint.TryDecode(publicKey, out RistrettoPoint a))
        {
            _malformed = true;
            return false;
        }
        _points.Add(r.Point);
        _points.Add(a.Point);
        return true;
    }

    /// <summary>True when every signature added since the last <see cref="Clear"/> is valid (and at least one was added).</summary>
    /// <remarks>Optimized at once: the first block a node imports would otherwise run this loop as unoptimized tier-0 code.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Verify()
    {
        if (_malformed || Count == 0) return false;
        int n = _points.Count;
        if (_nafs.Length < (n + 1) * 256) _nafs = new sbyte[(n + 1) * 256];
        if (_tables.Length < n * TableSize) _tables = new ProjectiveNielsPoint[n * TableSize];
        sbyte[] nafs = _nafs;
        ProjectiveNielsPoint[] tables = _tables;

        // Fresh 128-bit weights zᵢ for every check: Rᵢ enters with zᵢ, Aᵢ with zᵢ·kᵢ, and B with −Σzᵢsᵢ.
        Span<byte> weights = Count <= 64 ? stackalloc byte[16 * 64] : new byte[16 * Count];
        RandomNumberGenerator.Fill(weights[..(16 * Count)]);
        Span<byte> z = stackalloc byte[32];
        Span<byte> product = stackalloc byte[32];
        Span<byte> baseScalar = stackalloc byte[32];
        baseScalar.Clear();
        z[16..].Clear();
        for (int i = 0; i < Count; i++)
        {
            weights.Slice(16 * i, 16).CopyTo(z);
            ReadOnlySpan<byte> k = _challenges.AsSpan(64 * i, 32);
            ReadOnlySpan<byte> s = _challenges.AsSpan(64 * i + 32, 32);
            Scalar.NonAdjacentForm(z, Width, nafs.AsSpan(2 * i * 256, 256));
            Ristretto255.ScalarMul(product, z, k);
            Scalar.NonAdjacentForm(product, Width, nafs.AsSpan((2 * i + 1) * 256, 256));
            Ristretto255.ScalarMul(product, z, s);
            Ristretto255.ScalarAdd(baseScalar, baseScalar, product);
        }
        Ristretto255.ScalarSub(product, stackalloc byte[32], baseScalar);
        Span<sbyte> baseNaf = nafs.AsSpan(n * 256, 256);
        Scalar.NonAdjacentForm(product, BasepointTable.Width, baseNaf);
        for (int j = 0; j < n; j++)
            FillOddMultiples(_points[j], tables.AsSpan(j * TableSize, TableSize));

        int top = 255;
        while (top >= 0 && !AnyDigitAt(nafs, n + 1, top)) top--;
        if (top < 0) return true; // every scalar is zero: the sum is the identity

        ReadOnlySpan<AffineNielsPoint> baseTable = BasepointTable.OddMultiples;
        ProjectivePoint sum = ProjectivePoint.Identity;
        for (int i = top; i >= 0; i--)
        {
            CompletedPoint t = sum.Double();
            for (int j = 0; j < n; j++)
            {
                sbyte digit = nafs[j * 256 + i];
                if (digit > 0) t = t.ToExtended().Add(tables[j * TableSize + (digit >> 1)]);
                else if (digit < 0) t = t.ToExtended().Subtract(tables[j * TableSize + ((-digit) >> 1)]);
            }
            sbyte db = baseNaf[i];
            if (db > 0) t = t.ToExtended().Add(baseTable[db >> 1]);
            else if (db < 0) t = t.ToExtended().Subtract(baseTable[(-db) >> 1]);
            sum = t.ToProjective();
        }
        return new RistrettoPoint(sum.ToExtended()) == RistrettoPoint.Identity;
    }

    /// <summary>Forgets every signature added, keeping the buffers.</summary>
    public void Clear()
    {
        _points.Clear();
        _malformed = false;
        Count = 0;
    }

    private static bool AnyDigitAt(sbyte[] nafs, int count, int i)
    {
        for (int j = 0; j < count; j++)
            if (nafs[j * 256 + i] != 0) return true;
        return false;
    }

    /// <summary>P, 3P, …, 15P in cached form.</summary>
    private static void FillOddMultiples(in EdwardsPoint point, Span<ProjectiveNielsPoint> table)
    {
        table[0] = point.ToProjectiveNiels();
        ProjectiveNielsPoint twice = point.Double().ToProjectiveNiels();
        EdwardsPoint current = point;
        for (int j = 1; j < table.Length; j++)
        {
            current = current.Add(twice).ToExtended();
            table[j] = current.ToProjectiveNiels();
        }
    }
}
