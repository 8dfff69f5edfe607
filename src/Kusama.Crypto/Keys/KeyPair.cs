using System.Security.Cryptography;
using Kusama.Core;
using Kusama.Crypto.Bip39;
using EcdsaAlgorithm = Kusama.Crypto.Ecdsa.EcdsaSignature;
using Kusama.Crypto.SecretUris;

namespace Kusama.Crypto.Keys;

/// <summary>A key pair of any <see cref="KeyScheme"/>, made from a secret URI: what the CLI, keystore and RPC use.</summary>
/// <remarks>
/// Follows sp-core's <c>Pair::from_string_with_seed</c>: the phrase (or <c>0x</c> seed) gives a 32-byte seed, the path
/// is applied junction by junction, and <see cref="Seed"/> stays known while every junction is hard (ed25519 and ecdsa
/// have only hard junctions, so theirs is always known). Instances are immutable and safe to share between threads.
/// </remarks>
public abstract class KeyPair
{
    private protected KeyPair(byte[]? seed)
    {
        SeedOrNull = seed;
    }

    public abstract KeyScheme Scheme { get; }

    /// <summary>The public key: 32 bytes, or the 33-byte compressed key for ecdsa.</summary>
    public abstract ReadOnlySpan<byte> PublicKey { get; }

    /// <summary>The account id: the public key itself, or blake2_256 of it for ecdsa.</summary>
    public virtual AccountId32 AccountId => new(PublicKey);

    /// <summary>The 32-byte seed this pair was made from (sr25519: the mini secret); empty when a soft junction hid it.</summary>
    public ReadOnlySpan<byte> Seed => SeedOrNull;

    /// <summary>True when <see cref="Seed"/> is known (subkey prints "n/a" otherwise).</summary>
    public bool HasSeed => SeedOrNull is not null;

    private protected byte[]? SeedOrNull { get; }

    /// <summary>Signs as Substrate does: sr25519 in the "substrate" context, ed25519 plainly, ecdsa over blake2_256(message).</summary>
    public byte[] Sign(ReadOnlySpan<byte> message)
    {
        var signature = new byte[Scheme.SignatureLength()];
        Sign(message, signature);
        return signature;
    }

    /// <summary>Signs into <paramref name="signature"/> (64 bytes, 65 for ecdsa).</summary>
    /// <exception cref="ArgumentException">The destination is too short.</exception>
    public abstract void Sign(ReadOnlySpan<byte> message, Span<byte> signature);

    /// <summary>Creates the pair for a secret URI: <c>phrase-or-0xseed//hard/soft///password</c>; <c>//Alice</c> uses the dev phrase.</summary>
    /// <param name="scheme">The key scheme.</param>
    /// <param name="suri">The secret URI.</param>
    /// <param name="password">Overrides the URI's <c>///password</c> when given (subkey's <c>--password</c>).</param>
    /// <exception cref="FormatException">The URI, phrase or seed is malformed; the message says what is wrong.</exception>
    /// <exception cref="NotSupportedException">A soft junction for ed25519 or ecdsa.</exception>
    public static KeyPair FromSuri(KeyScheme scheme, string suri, string? password = null)
    {
        ArgumentNullException.ThrowIfNull(suri);
        var uri = SecretUri.Parse(suri);
        Span<byte> seed = stackalloc byte[SeedLength];
        try
        {
            ReadSeed(uri, password ?? uri.Password, seed);
            var pair = FromSeed(scheme, seed);
            foreach (var junction in uri.Junctions)
            {
                pair = pair.Derive(junction);
            }

            return pair;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>Creates the pair for a 32-byte seed (sr25519: a mini secret).</summary>
    /// <exception cref="ArgumentException">The seed is not 32 bytes (or, for ecdsa, not a valid secret scalar).</exception>
    public static KeyPair FromSeed(KeyScheme scheme, ReadOnlySpan<byte> seed) => scheme switch
    {
        KeyScheme.Sr25519 => Sr25519Pair.FromMiniSecret(seed),
        KeyScheme.Ed25519 => Ed25519Pair.FromSeed(seed),
        KeyScheme.Ecdsa => EcdsaPair.FromSeed(seed),
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "unknown key scheme"),
    };

    /// <summary>Verifies a signature as Substrate's <c>Pair::verify</c> does; false (never an exception) for any bad input.</summary>
    public static bool Verify(KeyScheme scheme, ReadOnlySpan<byte> signature, ReadOnlySpan<byte> message, ReadOnlySpan<byte> publicKey) => scheme switch
    {
        KeyScheme.Sr25519 => Sr25519Pair.Verify(signature, message, publicKey),
        KeyScheme.Ed25519 => Ed25519Pair.Verify(signature, message, publicKey),
        KeyScheme.Ecdsa => EcdsaPair.Verify(signature, message, publicKey),
        _ => false,
    };

    /// <summary>The account id of a public key: the key itself, or blake2_256 of the 33-byte key for ecdsa.</summary>
    /// <exception cref="ArgumentException">The key length does not fit the scheme.</exception>
    public static AccountId32 ToAccountId(KeyScheme scheme, ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != scheme.PublicKeyLength())
        {
            throw new ArgumentException($"an {scheme.Name()} public key takes {scheme.PublicKeyLength()} bytes, got {publicKey.Length}", nameof(publicKey));
        }

        return scheme == KeyScheme.Ecdsa ? EcdsaAlgorithm.ToAccountId(publicKey) : new AccountId32(publicKey);
    }

    /// <summary>The child pair along one junction.</summary>
    /// <exception cref="NotSupportedException">A soft junction on a scheme that has none.</exception>
    private protected abstract KeyPair Derive(DeriveJunction junction);

    private protected const int SeedLength = 32;

    private static void ReadSeed(SecretUri uri, string? password, Span<byte> seed)
    {
        if (uri.IsHexSeed)
        {
            // As sp-core: a raw seed takes no password.
            if (!Hex.TryDecode(uri.Phrase, seed, out var written) || written != SeedLength)
            {
                throw new FormatException($"the secret seed must be 0x followed by {SeedLength * 2} hex digits");
            }

            return;
        }

        Mnemonic.ToMiniSecret(uri.Phrase, password, seed);
    }

    private protected static NotSupportedException SoftJunctionNotSupported(KeyScheme scheme) =>
        new($"{scheme.Name()} keys have only hard junctions (//junction); the path has a soft one (/junction)");
}
