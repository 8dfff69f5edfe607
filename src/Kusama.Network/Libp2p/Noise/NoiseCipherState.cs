using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Kusama.Network.Libp2p.Noise;

/// <summary>Noise CipherState: a ChaCha20-Poly1305 key and its u64 nonce counter (nonce = 4 zero bytes ++ LE64(n)).</summary>
internal sealed class NoiseCipherState : IDisposable
{
    /// <summary>Bytes the Poly1305 tag adds to every ciphertext.</summary>
    public const int TagSize = 16;

    private readonly ChaCha20Poly1305 _aead;
    private ulong _nonce;

    public NoiseCipherState(ReadOnlySpan<byte> key)
    {
        _aead = new ChaCha20Poly1305(key);
    }

    /// <summary>The nonce the next message uses.</summary>
    public ulong Nonce => _nonce;

    /// <summary>Encrypts <paramref name="plaintext"/> into <paramref name="destination"/> (plaintext length + 16 bytes).</summary>
    public void Encrypt(ReadOnlySpan<byte> associatedData, ReadOnlySpan<byte> plaintext, Span<byte> destination)
    {
        Span<byte> nonce = stackalloc byte[12];
        NextNonce(nonce);
        _aead.Encrypt(nonce, plaintext, destination[..plaintext.Length], destination.Slice(plaintext.Length, TagSize), associatedData);
    }

    /// <summary>Decrypts <paramref name="ciphertext"/> (with its tag) into <paramref name="destination"/>; the remote is at fault when it fails.</summary>
    public void Decrypt(ReadOnlySpan<byte> associatedData, ReadOnlySpan<byte> ciphertext, Span<byte> destination)
    {
        if (ciphertext.Length < TagSize)
        {
            throw new NoiseProtocolException($"Noise ciphertext of {ciphertext.Length} bytes is shorter than the 16-byte tag.");
        }

        Span<byte> nonce = stackalloc byte[12];
        NextNonce(nonce);
        int length = ciphertext.Length - TagSize;
        try
        {
            _aead.Decrypt(nonce, ciphertext[..length], ciphertext[length..], destination[..length], associatedData);
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new NoiseProtocolException("Noise message failed authentication (tampered, reordered or wrong key).", e);
        }
    }

    private void NextNonce(Span<byte> nonce)
    {
        // The spec reserves 2^64-1; a connection that far along must be re-established rather than reuse a nonce.
        if (_nonce == ulong.MaxValue)
        {
            throw new NoiseProtocolException("Noise nonce exhausted; the connection must be closed.");
        }

        nonce[..4].Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(nonce[4..], _nonce);
        _nonce++;
    }

    public void Dispose() => _aead.Dispose();
}
