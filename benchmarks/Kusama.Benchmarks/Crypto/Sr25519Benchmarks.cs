using BenchmarkDotNet.Attributes;
using Kusama.Crypto.Merlin;
using Kusama.Crypto.Native;
using Kusama.Crypto.Sr25519;
using NSec.Cryptography;

namespace Kusama.Benchmarks.Crypto;

/// <summary>sr25519 sign/verify and VRF sign/verify over a 128-byte message, plus the libsodium and transcript parts of a verify.</summary>
/// <remarks>
/// References: @polkadot/wasm-crypto verify ≈ 310 µs on the measurement VM (crypto.md §3; target ≥ 3.5× faster), and
/// NSec/libsodium ed25519 verify measured in the same run (≈ 45 µs there), so noisy runs can still be read as ratios.
/// </remarks>
[MemoryDiagnoser]
public class Sr25519Benchmarks
{
    private readonly byte[] _message = new byte[128];
    private readonly byte[] _signature = new byte[64];
    private readonly byte[] _preOutput = new byte[32];
    private readonly byte[] _proof = new byte[64];
    private readonly byte[] _scalar = new byte[32];
    private readonly byte[] _point = new byte[32];
    private Sr25519KeyPair _pair = null!;
    private MerlinTranscript _vrfInput;
    private Key _ed25519Key = null!;
    private byte[] _ed25519Signature = null!;

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < _message.Length; i++) _message[i] = (byte)i;
        _pair = Sr25519KeyPair.FromMiniSecret(Convert.FromHexString("fac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e"));
        _pair.Sign(_message, _signature);
        _vrfInput = new MerlinTranscript("BABE"u8);
        _vrfInput.AppendU64("slot number"u8, 123456);
        _vrfInput.AppendU64("current epoch"u8, 42);
        _vrfInput.AppendMessage("chain randomness"u8, new byte[32]);
        _pair.VrfSign(_vrfInput, _preOutput, _proof);
        _signature.AsSpan(0, 31).CopyTo(_scalar); // any reduced scalar: 31 bytes are below ℓ
        _pair.PublicKey.CopyTo(_point);
        _ed25519Key = Key.Create(SignatureAlgorithm.Ed25519);
        _ed25519Signature = SignatureAlgorithm.Ed25519.Sign(_ed25519Key, _message);
        if (!Verify() || !VrfVerify() || !Ed25519VerifyReference())
            throw new InvalidOperationException("benchmark inputs do not verify");
    }

    [Benchmark]
    public void Sign() => _pair.Sign(_message, _signature);

    [Benchmark(Baseline = true)]
    public bool Verify() => Sr25519Signature.Verify(_signature, _message, _pair.PublicKey);

    [Benchmark]
    public void VrfSign() => _pair.VrfSign(_vrfInput, _preOutput, _proof);

    [Benchmark]
    public bool VrfVerify() => Sr25519Vrf.Verify(_pair.PublicKey, _vrfInput, _preOutput, _proof);

    [Benchmark]
    public bool Ed25519VerifyReference() => SignatureAlgorithm.Ed25519.Verify(_ed25519Key.PublicKey, _message, _ed25519Signature);

    [Benchmark]
    public void ScalarMultBase()
    {
        Span<byte> result = stackalloc byte[32];
        Ristretto255.ScalarMultBase(result, _scalar);
    }

    [Benchmark]
    public bool ScalarMult()
    {
        Span<byte> result = stackalloc byte[32];
        return Ristretto255.ScalarMult(result, _scalar, _point);
    }

    [Benchmark]
    public void VerifyTranscriptToChallenge()
    {
        MerlinTranscript t = SigningContext.Substrate.Bytes(_message);
        t.ProtoName("Schnorr-sig"u8);
        t.CommitPoint("sign:pk"u8, _point);
        t.CommitPoint("sign:R"u8, _point);
        Span<byte> k = stackalloc byte[32];
        t.ChallengeScalar("sign:c"u8, k);
    }
}
