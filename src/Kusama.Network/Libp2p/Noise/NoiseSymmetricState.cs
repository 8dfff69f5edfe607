using System.Security.Cryptography;
using NSec.Cryptography;

namespace Kusama.Network.Libp2p.Noise;

/// <summary>Noise SymmetricState for Noise_XX_25519_ChaChaPoly_SHA256: chaining key, handshake hash and the optional cipher.</summary>
internal sealed class NoiseSymmetricState : IDisposable
{
    /// <summary>The protocol name is exactly 32 bytes, so it is the initial hash as is.</summary>
    public static ReadOnlySpan<byte> ProtocolName => "Noise_XX_25519_ChaChaPoly_SHA256"u8;

    private readonly byte[] _chainingKey = new byte[32];
    private readonly byte[] _hash = new byte[32];
    private NoiseCipherState? _cipher;

    public NoiseSymmetricState()
    {
        ProtocolName.CopyTo(_hash);
        ProtocolName.CopyTo(_chainingKey);
    }

    /// <summary>The handshake hash h (the channel binding once the handshake is done).</summary>
    public ReadOnlySpan<byte> Hash => _hash;

    /// <summary>Whether MixKey has run, i.e. payloads are encrypted.</summary>
    public bool HasKey => _cipher is not null;

    public void MixHash(ReadOnlySpan<byte> data)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(_hash);
        sha.AppendData(data);
        sha.GetHashAndReset(_hash);
    }

    /// <summary>ck, k = HKDF(ck, ikm); a new cipher with n = 0.</summary>
    public void MixKey(ReadOnlySpan<byte> inputKeyMaterial)
    {
        Span<byte> output = stackalloc byte[64];
        Hkdf(_chainingKey, inputKeyMaterial, output);
        output[..32].CopyTo(_chainingKey);
        _cipher?.Dispose();
        _cipher = new NoiseCipherState(output[32..]);
        CryptographicOperations.ZeroMemory(output);
    }

    /// <summary>MixKey with a Diffie-Hellman result, which NSec derives from without ever exposing it.</summary>
    public void MixKey(SharedSecret sharedSecret)
    {
        Span<byte> output = stackalloc byte[64];
        KeyDerivationAlgorithm.HkdfSha256.DeriveBytes(sharedSecret, _chainingKey, ReadOnlySpan<byte>.Empty, output);
        output[..32].CopyTo(_chainingKey);
        _cipher?.Dispose();
        _cipher = new NoiseCipherState(output[32..]);
        CryptographicOperations.ZeroMemory(output);
    }

    /// <summary>Encrypts (or copies, before any key) <paramref name="plaintext"/> into <paramref name="destination"/> and mixes the result into h; returns its length.</summary>
    public int EncryptAndHash(ReadOnlySpan<byte> plaintext, Span<byte> destination)
    {
        int length;
        if (_cipher is null)
        {
            plaintext.CopyTo(destination);
            length = plaintext.Length;
        }
        else
        {
            _cipher.Encrypt(_hash, plaintext, destination);
            length = plaintext.Length + NoiseCipherState.TagSize;
        }

        MixHash(destination[..length]);
        return length;
    }

    /// <summary>Decrypts (or copies, before any key) <paramref name="ciphertext"/> into <paramref name="destination"/> and mixes the ciphertext into h; returns the plaintext length.</summary>
    public int DecryptAndHash(ReadOnlySpan<byte> ciphertext, Span<byte> destination)
    {
        int length;
        if (_cipher is null)
        {
            ciphertext.CopyTo(destination);
            length = ciphertext.Length;
        }
        else
        {
            _cipher.Decrypt(_hash, ciphertext, destination);
            length = ciphertext.Length - NoiseCipherState.TagSize;
        }

        MixHash(ciphertext);
        return length;
    }

    /// <summary>(k1, k2) = HKDF(ck, empty): the initiator's sending and receiving ciphers.</summary>
    public (NoiseCipherState First, NoiseCipherState Second) Split()
    {
        Span<byte> output = stackalloc byte[64];
        Hkdf(_chainingKey, ReadOnlySpan<byte>.Empty, output);
        var result = (new NoiseCipherState(output[..32]), new NoiseCipherState(output[32..]));
        CryptographicOperations.ZeroMemory(output);
        return result;
    }

    /// <summary>Noise's HKDF with two outputs: t = HMAC(ck, ikm), o1 = HMAC(t, 0x01), o2 = HMAC(t, o1 || 0x02).</summary>
    internal static void Hkdf(ReadOnlySpan<byte> chainingKey, ReadOnlySpan<byte> inputKeyMaterial, Span<byte> output)
    {
        // HKDF-Extract then HKDF-Expand with empty info is exactly Noise's construction.
        Span<byte> prk = stackalloc byte[32];
        HMACSHA256.HashData(chainingKey, inputKeyMaterial, prk);
        HKDF.Expand(HashAlgorithmName.SHA256, prk, output[..64], ReadOnlySpan<byte>.Empty);
        CryptographicOperations.ZeroMemory(prk);
    }

    public void Dispose()
    {
        _cipher?.Dispose();
        CryptographicOperations.ZeroMemory(_chainingKey);
    }
}
