using System.Security.Cryptography;
using Kusama.Crypto.Native;

namespace Kusama.Crypto.Sr25519;

/// <summary>An sr25519 (schnorrkel) secret key: a scalar mod ℓ and a 32-byte signing nonce seed.</summary>
/// <remarks>
/// Two 64-byte encodings exist (crypto.md pitfall 10): schnorrkel's <c>to_bytes</c> is key ‖ nonce; polkadot-js,
/// @scure/sr25519 and wasm-crypto use the "ed25519 form" key·8 ‖ nonce. Reading one as the other gives a valid-looking
/// key with the wrong public key, so each has its own method.
/// </remarks>
public sealed class Sr25519SecretKey
{
    /// <summary>Length of a mini secret (what Substrate calls the seed).</summary>
    public const int MiniSecretLength = 32;

    /// <summary>Length of either 64-byte secret key encoding.</summary>
    public const int Length = 64;

    private readonly byte[] _key;
    private readonly byte[] _nonce;

    private Sr25519SecretKey(byte[] key, byte[] nonce)
    {
        _key = key;
        _nonce = nonce;
    }

    /// <summary>The secret scalar, reduced mod ℓ (32 bytes, little-endian).</summary>
    internal ReadOnlySpan<byte> Key => _key;

    /// <summary>The nonce seed mixed into every signing witness.</summary>
    internal ReadOnlySpan<byte> Nonce => _nonce;

    /// <summary>Expands a 32-byte mini secret as schnorrkel's <c>ExpansionMode::Ed25519</c> (what Substrate uses).</summary>
    /// <exception cref="ArgumentException">The mini secret is not 32 bytes.</exception>
    public static Sr25519SecretKey FromMiniSecret(ReadOnlySpan<byte> miniSecret)
    {
        if (miniSecret.Length != MiniSecretLength)
            throw new ArgumentException($"An sr25519 mini secret is {MiniSecretLength} bytes, got {miniSecret.Length}", nameof(miniSecret));

        Span<byte> hash = stackalloc byte[64];
        SHA512.HashData(miniSecret, hash);
        var key = new byte[32];
        hash[..32].CopyTo(key);
        // Clamped as for ed25519, then divided by the cofactor so the scalar is kept cleanly mod ℓ.
        key[0] &= 248;
        key[31] &= 63;
        key[31] |= 64;
        DivideByCofactor(key);
        byte[] nonce = hash[32..].ToArray();
        CryptographicOperations.ZeroMemory(hash);
        return new Sr25519SecretKey(key, nonce);
    }

    /// <summary>Reads schnorrkel's 64-byte form key ‖ nonce.</summary>
    /// <exception cref="ArgumentException">Not 64 bytes, or the key is not a canonical scalar.</exception>
    public static Sr25519SecretKey FromBytes(ReadOnlySpan<byte> keyAndNonce)
    {
        CheckLength(keyAndNonce, nameof(keyAndNonce));
        byte[] key = keyAndNonce[..32].ToArray();
        if (!Ristretto255.IsCanonicalScalar(key))
            throw new ArgumentException("The sr25519 secret key scalar is not canonical (not below the group order)", nameof(keyAndNonce));
        return new Sr25519SecretKey(key, keyAndNonce[32..].ToArray());
    }

    /// <summary>Reads the polkadot-js "ed25519 form" key·8 ‖ nonce.</summary>
    /// <exception cref="ArgumentException">Not 64 bytes, or key/8 is not a canonical scalar.</exception>
    public static Sr25519SecretKey FromEd25519Bytes(ReadOnlySpan<byte> bytes)
    {
        CheckLength(bytes, nameof(bytes));
        byte[] key = bytes[..32].ToArray();
        DivideByCofactor(key);
        if (!Ristretto255.IsCanonicalScalar(key))
            throw new ArgumentException("The sr25519 secret key scalar (ed25519 form, divided by 8) is not canonical", nameof(bytes));
        return new Sr25519SecretKey(key, bytes[32..].ToArray());
    }

    /// <summary>Creates a key from a scalar already reduced mod ℓ and a nonce (used by derivation).</summary>
    internal static Sr25519SecretKey FromParts(ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce) => new(key.ToArray(), nonce.ToArray());

    /// <summary>schnorrkel's 64-byte form key ‖ nonce.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Length];
        _key.CopyTo(bytes, 0);
        _nonce.CopyTo(bytes, 32);
        return bytes;
    }

    /// <summary>The polkadot-js "ed25519 form" key·8 ‖ nonce.</summary>
    public byte[] ToEd25519Bytes()
    {
        byte[] bytes = ToBytes();
        MultiplyByCofactor(bytes.AsSpan(0, 32));
        return bytes;
    }

    /// <summary>Writes the 32-byte public key key·B.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than 32 bytes.</exception>
    public void WritePublicKey(Span<byte> publicKey)
    {
        if (publicKey.Length < Ristretto255.Length)
            throw new ArgumentException($"The public key destination needs {Ristretto255.Length} bytes, got {publicKey.Length}", nameof(publicKey));
        Ristretto255.ScalarMultBase(publicKey, _key);
    }

    /// <summary>Pairs this secret with its public key.</summary>
    public Sr25519KeyPair ToKeyPair() => Sr25519KeyPair.FromSecretKey(this);

    private static void CheckLength(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length != Length)
            throw new ArgumentException($"An sr25519 secret key is {Length} bytes, got {bytes.Length}", name);
    }

    /// <summary>Shifts a 256-bit little-endian value right by 3 bits.</summary>
    private static void DivideByCofactor(Span<byte> scalar)
    {
        byte low = 0;
        for (int i = 31; i >= 0; i--)
        {
            byte b = scalar[i];
            scalar[i] = (byte)((b >> 3) | low);
            low = (byte)(b << 5);
        }
    }

    /// <summary>Shifts a 256-bit little-endian value left by 3 bits (the top 3 bits of a scalar below ℓ are zero).</summary>
    private static void MultiplyByCofactor(Span<byte> scalar)
    {
        byte high = 0;
        for (int i = 0; i < 32; i++)
        {
            byte b = scalar[i];
            scalar[i] = (byte)((b << 3) | high);
            high = (byte)(b >> 5);
        }
    }
}
