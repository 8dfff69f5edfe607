using System.Security.Cryptography;
using Kusama.Crypto.Merlin;
using Kusama.Crypto.Native;

namespace Kusama.Crypto.Sr25519;

/// <summary>schnorrkel hierarchical deterministic key derivation (derive.rs) as Substrate applies it to junction chain codes.</summary>
/// <remarks>
/// sp-core passes each junction's 32-byte chain code and an empty message (<c>derived_key_simple(cc, [])</c>,
/// <c>hard_derive_mini_secret_key(Some(cc), b"")</c>), and ignores the chain code schnorrkel derives for the child.
/// </remarks>
public static class Sr25519Hdkd
{
    /// <summary>Length of a junction chain code.</summary>
    public const int ChainCodeLength = 32;

    /// <summary>Hard derivation: the child's mini secret, from transcript "SchnorrRistrettoHDKD" and challenge "HDKD-hard".</summary>
    /// <exception cref="ArgumentException">The chain code is not 32 bytes or the destination is shorter than 32 bytes.</exception>
    public static void HardDeriveMiniSecret(Sr25519SecretKey secret, ReadOnlySpan<byte> chainCode, Span<byte> miniSecret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        CheckChainCode(chainCode);
        if (miniSecret.Length < Sr25519SecretKey.MiniSecretLength)
            throw new ArgumentException($"The mini secret destination needs {Sr25519SecretKey.MiniSecretLength} bytes, got {miniSecret.Length}", nameof(miniSecret));

        var transcript = new MerlinTranscript("SchnorrRistrettoHDKD"u8);
        transcript.AppendMessage("sign-bytes"u8, ""u8);
        transcript.AppendMessage("chain-code"u8, chainCode);
        transcript.AppendMessage("secret-key"u8, secret.Key);
        transcript.ChallengeBytes("HDKD-hard"u8, miniSecret[..Sr25519SecretKey.MiniSecretLength]);
    }

    /// <summary>Public-only soft derivation: child = A + scalar·B. False when the parent public key is not a valid point.</summary>
    /// <exception cref="ArgumentException">The chain code is not 32 bytes or the destination is shorter than 32 bytes.</exception>
    public static bool TryDerivePublicSoft(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> chainCode, Span<byte> childPublicKey)
    {
        CheckChainCode(chainCode);
        if (childPublicKey.Length < Sr25519KeyPair.PublicKeyLength)
            throw new ArgumentException($"The public key destination needs {Sr25519KeyPair.PublicKeyLength} bytes, got {childPublicKey.Length}", nameof(childPublicKey));
        if (publicKey.Length != Sr25519KeyPair.PublicKeyLength)
            return false;

        Span<byte> scalar = stackalloc byte[32];
        SoftDerivationTranscript(publicKey, chainCode, scalar);
        Span<byte> scalarB = stackalloc byte[32];
        Ristretto255.ScalarMultBase(scalarB, scalar);
        return Ristretto255.Add(childPublicKey, publicKey, scalarB);
    }

    /// <summary>Soft derivation of a secret: key + scalar, with a fresh nonce witnessed from the old nonce and secret.</summary>
    internal static Sr25519SecretKey DeriveSecretSoft(Sr25519SecretKey secret, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> chainCode,
        ReadOnlySpan<byte> rng32)
    {
        CheckChainCode(chainCode);
        Span<byte> scalar = stackalloc byte[32];
        MerlinTranscript transcript = SoftDerivationTranscript(publicKey, chainCode, scalar);

        // The nonce only guards signatures against bad randomness, so schnorrkel draws it from a witness, not a spec.
        byte[] secretBytes = secret.ToBytes();
        Span<byte> nonce = stackalloc byte[32];
        transcript.WitnessBytes("HDKD-nonce"u8, nonce, secret.Nonce, secretBytes, rng32);
        CryptographicOperations.ZeroMemory(secretBytes);

        Span<byte> key = stackalloc byte[32];
        Ristretto255.ScalarAdd(key, secret.Key, scalar);
        Sr25519SecretKey child = Sr25519SecretKey.FromParts(key, nonce);
        CryptographicOperations.ZeroMemory(key);
        CryptographicOperations.ZeroMemory(nonce);
        return child;
    }

    /// <summary>schnorrkel <c>derive_scalar_and_chaincode</c> on the <c>derived_key_simple(cc, [])</c> transcript.</summary>
    private static MerlinTranscript SoftDerivationTranscript(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> chainCode, Span<byte> scalar)
    {
        var transcript = new MerlinTranscript("SchnorrRistrettoHDKD"u8);
        transcript.AppendMessage("sign-bytes"u8, ""u8);
        transcript.AppendMessage("chain-code"u8, chainCode);
        transcript.CommitPoint("public-key"u8, publicKey);
        transcript.ChallengeScalar("HDKD-scalar"u8, scalar);
        // The child chain code is unused by Substrate, but drawing it advances the transcript the nonce witness forks from.
        Span<byte> childChainCode = stackalloc byte[ChainCodeLength];
        transcript.ChallengeBytes("HDKD-chaincode"u8, childChainCode);
        return transcript;
    }

    private static void CheckChainCode(ReadOnlySpan<byte> chainCode)
    {
        if (chainCode.Length != ChainCodeLength)
            throw new ArgumentException($"A junction chain code is {ChainCodeLength} bytes, got {chainCode.Length}", nameof(chainCode));
    }
}
