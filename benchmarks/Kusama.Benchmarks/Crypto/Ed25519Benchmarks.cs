using BenchmarkDotNet.Attributes;
using Ed = Kusama.Crypto.Ed25519.Ed25519Signature;

namespace Kusama.Benchmarks.Crypto;

/// <summary>ed25519 sign and verify: the ZIP-215 verify (libsodium fast path), the managed ZIP-215 path alone, and strict libsodium.</summary>
[MemoryDiagnoser]
public class Ed25519Benchmarks
{
    private readonly byte[] _seed = new byte[32];
    private readonly byte[] _message = new byte[128];
    private readonly byte[] _publicKey = new byte[32];
    private readonly byte[] _signature = new byte[64];
    private readonly byte[] _output = new byte[64];

    [GlobalSetup]
    public void Setup()
    {
        new Random(1).NextBytes(_seed);
        new Random(2).NextBytes(_message);
        Ed.GetPublicKey(_seed, _publicKey);
        Ed.Sign(_seed, _message, _signature);
    }

    [Benchmark]
    public void Sign() => Ed.Sign(_seed, _message, _output);

    [Benchmark(Baseline = true)]
    public bool VerifyStrictLibsodium() => Ed.VerifyStrict(_publicKey, _message, _signature);

    [Benchmark]
    public bool VerifyZip215() => Ed.Verify(_publicKey, _message, _signature);

    [Benchmark]
    public bool VerifyZip215Managed() => Ed.VerifyZip215(_publicKey, _message, _signature);
}
