using System.Security.Cryptography;

namespace Kusama.Crypto.Ed25519;

/// <summary>An ed25519 key pair held as its 32-byte seed and public key; the seed is wiped on <see cref="Dispose"/>.</summary>
public sealed class Ed25519KeyPair : IDisposable
{
    private readonly byte[] _seed = new byte[Ed25519Signature.SeedSize];
    private readonly byte[] _publicKey = new byte[Ed25519Signature.PublicKeySize];
    private bool _disposed;

    private Ed25519KeyPair(ReadOnlySpan<byte> seed)
    {
        seed.CopyTo(_seed);
        Ed25519Signature.GetPublicKey(_seed, _publicKey);
    }

    /// <summary>Creates the key pair for a 32-byte seed (Substrate's ed25519 "secret seed", e.g. a BIP39 mini secret).</summary>
    public static Ed25519KeyPair FromSeed(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != Ed25519Signature.SeedSize)
        {
            throw new ArgumentException($"An ed25519 seed is 32 bytes, got {seed.Length}.", nameof(seed));
        }

        return new Ed25519KeyPair(seed);
    }

    public ReadOnlySpan<byte> PublicKey => _publicKey;

    /// <summary>The seed; callers that persist it own its protection.</summary>
    public ReadOnlySpan<byte> Seed
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _seed;
        }
    }

    public byte[] Sign(ReadOnlySpan<byte> message)
    {
        var signature = new byte[Ed25519Signature.SignatureSize];
        Sign(message, signature);
        return signature;
    }

    public void Sign(ReadOnlySpan<byte> message, Span<byte> signature)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Ed25519Signature.Sign(_seed, message, signature);
    }

    /// <summary>Child key along one junction; soft junctions throw <see cref="NotSupportedException"/>.</summary>
    public Ed25519KeyPair Derive(ReadOnlySpan<byte> chainCode, bool hard)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Span<byte> child = stackalloc byte[Ed25519Signature.SeedSize];
        Ed25519Signature.Derive(_seed, chainCode, hard, child);
        var pair = new Ed25519KeyPair(child);
        CryptographicOperations.ZeroMemory(child);
        return pair;
    }

    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) => Ed25519Signature.Verify(_publicKey, message, signature);

    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_seed);
        _disposed = true;
    }
}
