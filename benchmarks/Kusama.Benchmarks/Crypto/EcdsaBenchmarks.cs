using BenchmarkDotNet.Attributes;
using Kusama.Crypto.Ecdsa;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;

namespace Kusama.Benchmarks.Crypto;

/// <summary>secp256k1 ECDSA: our sign/recover/verify against BouncyCastle's own ECDsaSigner (no recovery id) in the same run.</summary>
[MemoryDiagnoser]
public class EcdsaBenchmarks
{
    private readonly byte[] _seed = Convert.FromHexString("1d38d2ee8b87a0a6cc1a1c838afdb3a8546e0ca68adc6bcb4ba0e52edf17be99");
    private readonly byte[] _message = new byte[128];
    private readonly byte[] _hash = Convert.FromHexString("153093c439e71b7ea32f2afd1c07a7dafee341206a507c75a1db1ec02f031bc1");
    private readonly byte[] _signature = new byte[65];
    private readonly byte[] _publicKey = new byte[33];
    private readonly byte[] _output = new byte[64];
    private EcdsaKeyPair _pair = null!;
    private ECDsaSigner _bcSigner = null!;
    private ECDsaSigner _bcVerifier = null!;
    private BigInteger[] _bcSignature = null!;

    [GlobalSetup]
    public void Setup()
    {
        new Random(1).NextBytes(_message);
        _pair = new EcdsaKeyPair(_seed);
        _pair.SignPrehashed(_hash, _signature);
        _pair.PublicKey.CopyTo(_publicKey);

        var curve = CustomNamedCurves.GetByName("secp256k1");
        var domain = new ECDomainParameters(curve.Curve, curve.G, curve.N, curve.H);
        var d = new BigInteger(1, _seed);
        _bcSigner = new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest()));
        _bcSigner.Init(true, new ECPrivateKeyParameters(d, domain));
        _bcVerifier = new ECDsaSigner();
        _bcVerifier.Init(false, new ECPublicKeyParameters(curve.G.Multiply(d).Normalize(), domain));
        _bcSignature = _bcSigner.GenerateSignature(_hash);
    }

    [Benchmark]
    public byte SignPrehashed()
    {
        _pair.SignPrehashed(_hash, _signature);
        return _signature[64];
    }

    [Benchmark]
    public byte Sign128Bytes()
    {
        _pair.Sign(_message, _signature);
        return _signature[64];
    }

    [Benchmark]
    public bool RecoverCompressed() => EcdsaSignature.RecoverCompressed(_signature, _hash, _output);

    [Benchmark]
    public bool RecoverUncompressed() => EcdsaSignature.RecoverUncompressed(_signature, _hash, _output);

    [Benchmark]
    public bool VerifyPrehashed() => EcdsaSignature.VerifyPrehashed(_signature, _hash, _publicKey);

    [Benchmark]
    public BigInteger BouncyCastleSign() => _bcSigner.GenerateSignature(_hash)[1];

    [Benchmark(Baseline = true)]
    public bool BouncyCastleVerify() => _bcVerifier.VerifySignature(_hash, _bcSignature[0], _bcSignature[1]);
}
