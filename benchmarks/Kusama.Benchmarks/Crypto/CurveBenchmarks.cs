using BenchmarkDotNet.Attributes;
using Kusama.Crypto.Curve25519;
using Kusama.Crypto.Native;

namespace Kusama.Benchmarks.Crypto;

/// <summary>Managed curve25519 primitives and the sr25519 Schnorr check, against libsodium's constant-time ristretto255 calls.</summary>
[MemoryDiagnoser]
public class CurveBenchmarks
{
    private readonly byte[] _s = new byte[32];
    private readonly byte[] _k = new byte[32];
    private readonly byte[] _publicKey = new byte[32];
    private readonly byte[] _r = new byte[32];
    private readonly byte[] _scratch = new byte[32];
    private FieldElement _a, _b;
    private EdwardsPoint _point;

    private static void RandomScalar(Random random, Span<byte> scalar)
    {
        Span<byte> wide = stackalloc byte[64];
        random.NextBytes(wide);
        Ristretto255.ScalarReduce(scalar, wide);
    }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        Span<byte> secret = stackalloc byte[32], sB = stackalloc byte[32], kA = stackalloc byte[32];
        RandomScalar(random, secret);
        RandomScalar(random, _s);
        RandomScalar(random, _k);
        Ristretto255.ScalarMultBase(_publicKey, secret);
        Ristretto255.ScalarMultBase(sB, _s);
        Ristretto255.ScalarMult(kA, _k, _publicKey);
        Ristretto255.Sub(_r, sB, kA);
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
        Ristretto255.ScalarMultBase(sB, _s);
        if (!Ristretto255.ScalarMult(kA, _k, _publicKey))
        {
            return false;
        }

        return Ristretto255.Sub(r, sB, kA) && r.SequenceEqual(_r);
    }
}
