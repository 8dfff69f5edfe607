using System.Security.Cryptography;
using Kusama.Crypto.Merlin;
using Kusama.Crypto.Native;

namespace Kusama.Crypto.Sr25519;

/// <summary>An sr25519 key pair: signs (context "substrate" by default), derives child keys and produces VRF outputs.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class Sr25519KeyPair
{
    /// <summary>Length of a public key (a compressed ristretto255 point).</summary>
    public const int PublicKeyLength = 32;

    private readonly byte[] _publicKey;

    private Sr25519KeyPair(Sr25519SecretKey secret, byte[] publicKey)
    {
        Secret = secret;
        _publicKey = publicKey;
    }

    /// <summary>The secret half.</summary>
    public Sr25519SecretKey Secret { get; }

    /// <summary>The 32-byte public key (also the AccountId32 of an sr25519 account).</summary>
    public ReadOnlySpan<byte> PublicKey => _publicKey;

    /// <summary>Expands a 32-byte mini secret (Substrate's seed) and computes its public key.</summary>
    /// <exception cref="ArgumentException">The mini secret is not 32 bytes.</exception>
    public static Sr25519KeyPair FromMiniSecret(ReadOnlySpan<byte> miniSecret) => FromSecretKey(Sr25519SecretKey.FromMiniSecret(miniSecret));

    /// <summary>Pairs a secret key with its public key.</summary>
    public static Sr25519KeyPair FromSecretKey(Sr25519SecretKey secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var publicKey = new byte[PublicKeyLength];
        secret.WritePublicKey(publicKey);
        return new Sr25519KeyPair(secret, publicKey);
    }

    /// <summary>Signs <paramref name="message"/> in the "substrate" context (sp-core <c>Pair::sign</c>).</summary>
    public byte[] Sign(ReadOnlySpan<byte> message)
    {
        var signature = new byte[Sr25519Signature.Length];
        Sign(SigningContext.Substrate.Bytes(message), signature);
        return signature;
    }

    /// <summary>Signs <paramref name="message"/> in the "substrate" context into a 64-byte destination.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than 64 bytes.</exception>
    public void Sign(ReadOnlySpan<byte> message, Span<byte> signature) => Sign(SigningContext.Substrate.Bytes(message), signature);

    /// <summary>Signs in an explicit context (<c>sign_simple</c>); <paramref name="rng32"/> fixes the witness randomness for reproducible tests.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than 64 bytes, or rng32 is neither empty nor 32 bytes.</exception>
    public void Sign(ReadOnlySpan<byte> context, ReadOnlySpan<byte> message, Span<byte> signature, ReadOnlySpan<byte> rng32 = default) =>
        Sign(new SigningContext(context).Bytes(message), signature, rng32);

    /// <summary>Signs a caller-built transcript (schnorrkel <c>SecretKey::sign</c>); the signature carries the schnorrkel marker bit.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than 64 bytes, or rng32 is neither empty nor 32 bytes.</exception>
    public void Sign(MerlinTranscript transcript, Span<byte> signature, ReadOnlySpan<byte> rng32 = default)
    {
        if (signature.Length < Sr25519Signature.Length)
            throw new ArgumentException($"The signature destination needs {Sr25519Signature.Length} bytes, got {signature.Length}", nameof(signature));

        transcript.ProtoName("Schnorr-sig"u8);
        transcript.CommitPoint("sign:pk"u8, _publicKey);

        Span<byte> r = stackalloc byte[32];
        transcript.WitnessScalar("signing"u8, Secret.Nonce, rng32, r);
        Span<byte> bigR = signature[..32];
        Ristretto255.ScalarMultBase(bigR, r);
        transcript.CommitPoint("sign:R"u8, bigR);

        Span<byte> k = stackalloc byte[32];
        transcript.ChallengeScalar("sign:c"u8, k);
        Span<byte> kKey = stackalloc byte[32];
        Ristretto255.ScalarMul(kKey, k, Secret.Key);
        Span<byte> s = signature.Slice(32, 32);
        Ristretto255.ScalarAdd(s, kKey, r);
        s[31] |= 0x80; // distinguishes schnorrkel signatures from ed25519 ones (s < 2^253 leaves the bit free)
        CryptographicOperations.ZeroMemory(r);
        CryptographicOperations.ZeroMemory(kKey);
    }

    /// <summary>Hard-derives a child (sp-core <c>//junction</c>) from a 32-byte junction chain code; deterministic.</summary>
    /// <exception cref="ArgumentException">The chain code is not 32 bytes.</exception>
    public Sr25519KeyPair DeriveHard(ReadOnlySpan<byte> chainCode)
    {
        Span<byte> miniSecret = stackalloc byte[Sr25519SecretKey.MiniSecretLength];
        Sr25519Hdkd.HardDeriveMiniSecret(Secret, chainCode, miniSecret);
        Sr25519KeyPair child = FromMiniSecret(miniSecret);
        CryptographicOperations.ZeroMemory(miniSecret);
        return child;
    }

    /// <summary>Soft-derives a child (sp-core <c>/junction</c>); the child's public key equals
    /// <see cref="Sr25519Hdkd.TryDerivePublicSoft"/> of ours, its nonce is random unless <paramref name="rng32"/> is given.</summary>
    /// <exception cref="ArgumentException">The chain code is not 32 bytes, or rng32 is neither empty nor 32 bytes.</exception>
    public Sr25519KeyPair DeriveSoft(ReadOnlySpan<byte> chainCode, ReadOnlySpan<byte> rng32 = default) =>
        FromSecretKey(Sr25519Hdkd.DeriveSecretSoft(Secret, _publicKey, chainCode, rng32));

    /// <summary>VRF-signs <paramref name="input"/> with the default extra transcript "VRF" (sp-core <c>vrf_sign</c> without extra data).</summary>
    /// <exception cref="ArgumentException">A destination is too short, or rng32 is neither empty nor 32 bytes.</exception>
    public void VrfSign(MerlinTranscript input, Span<byte> preOutput, Span<byte> proof, ReadOnlySpan<byte> rng32 = default) =>
        Sr25519Vrf.Sign(this, input, Sr25519Vrf.DefaultExtra, preOutput, proof, rng32);

    /// <summary>VRF-signs <paramref name="input"/>, binding <paramref name="extra"/> into the proof only (schnorrkel <c>vrf_sign_extra</c>).</summary>
    /// <exception cref="ArgumentException">A destination is too short, or rng32 is neither empty nor 32 bytes.</exception>
    public void VrfSign(MerlinTranscript input, MerlinTranscript extra, Span<byte> preOutput, Span<byte> proof, ReadOnlySpan<byte> rng32 = default) =>
        Sr25519Vrf.Sign(this, input, extra, preOutput, proof, rng32);

    /// <summary>Computes only the VRF pre-output key·H(input) (sp-core <c>vrf_pre_output</c>).</summary>
    /// <exception cref="ArgumentException">The destination is shorter than 32 bytes.</exception>
    public void VrfPreOutput(MerlinTranscript input, Span<byte> preOutput)
    {
        if (preOutput.Length < Sr25519Vrf.PreOutputLength)
            throw new ArgumentException($"The pre-output destination needs {Sr25519Vrf.PreOutputLength} bytes, got {preOutput.Length}", nameof(preOutput));
        Span<byte> inputPoint = stackalloc byte[32];
        Sr25519Vrf.HashInput(_publicKey, input, inputPoint);
        Ristretto255.ScalarMult(preOutput, Secret.Key, inputPoint);
    }
}
