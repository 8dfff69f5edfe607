using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Kusama.Crypto.Curve25519;

namespace Kusama.Benchmarks.Crypto;

/// <summary>Managed curve25519 primitives and the sr25519 Schnorr check, against libsodium's constant-time ristretto255 calls.</summary>
[MemoryDiagnoser]
public partial class CurveBenchmarks
{
    private readonly byte[] _s = new byte[32];
    private readonly byte[] _k = new byte[32];
    private readonly byte[] _publicKey = new byte[32];
    private readonly byte[] _r = new byte[32];
    private readonly byte[] _scratch = new byte[32];
    private FieldElement _a, _b;
    private EdwardsPoint _point;

    [LibraryImport("libsodium")]
    private static partial int sodium_init();

    [LibraryImport("libsodium")]
    private static partial int crypto_scalarmult_ristretto255_base(Span<byte> q, ReadOnlySpan<byte> n);

    [LibraryImport("libsodium")]
    private static partial int crypto_scalarmult_ristretto255(Span<byte> q, ReadOnlySpan<byte> n, ReadOnlySpan<byte> p);

    [LibraryImport("libsodium")]
    private static partial int crypto_core_ristretto255_sub(Span<byte> r, ReadOnlySpan<byte> p, ReadOnlySpan<byte> q);

    [LibraryImport("libsodium")]
    private static partial void crypto_core_ristretto255_scalar_random(Span<byte> r);

    [GlobalSetup]
    public void Setup()
    {
        sodium_init();
        Span<byte> secret = stackalloc byte[32], sB = stackalloc byte[32], kA = stackalloc byte[32];
        crypto_core_ristretto255_scalar_random(secret);
        crypto_core_ristretto255_scalar_random(_s);
        crypto_core_ristretto255_scalar_random(_k);
        crypto_scalarmult_ristretto255_base(_publicKey, secret);
        crypto_scalarmult_ristretto255_base(sB, _s);
        crypto_scalarmult_ristretto255(kA, _k, _publicKey);
        crypto_core_ristretto255_sub(_r, sB, kA);
        if (!Ristretto.IsValidSchnorr(_s, _k, _publicKey, _r))
        {
            throw new InvalidOperationException("benchmark setup: the Schnorr equation does not hold");
        }

        _a = FieldElement.FromBytes(_publicKey);
        _b = FieldElement.FromBytes(_r);
        _point = EdwardsPoint.Basepoint.Double();
    }

    [Benchmark]
    public FieldElement FieldMultiply() => FieldElement.Multiply(_a, _b);

    [Benchmark]
    public FieldElement FieldSquare() => FieldElement.Square(_a);

    [Benchmark]
    public FieldElement FieldInvert() => FieldElement.Invert(_a);

    [Benchmark]
    public EdwardsPoint VartimeDoubleScalarMul() => EdwardsPoint.VartimeDoubleScalarMulBasepoint(_k, _point, _s);

    [Benchmark]
    public bool RistrettoDecode() => RistrettoPoint.TryDecode(_publicKey, out _);

    [Benchmark]
    public bool IsValidSchnorrManaged() => Ristretto.IsValidSchnorr(_s, _k, _publicKey, _r);

    /// <summary>The libsodium route the sr25519 verifier uses today: [s]B, [k]A (constant time), subtract, compare.</summary>
    [Benchmark(Baseline = true)]
    public bool IsValidSchnorrLibsodium()
    {
        Span<byte> sB = stackalloc byte[32], kA = stackalloc byte[32], r = stackalloc byte[32];
        if (crypto_scalarmult_ristretto255_base(sB, _s) != 0 || crypto_scalarmult_ristretto255(kA, _k, _publicKey) != 0)
        {
            return false;
        }

        return crypto_core_ristretto255_sub(r, sB, kA) == 0 && r.SequenceEqual(_r);
    }
}
