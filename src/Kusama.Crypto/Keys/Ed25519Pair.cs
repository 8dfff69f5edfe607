using Kusama.Crypto.SecretUris;
using Ed25519Algorithm = Kusama.Crypto.Ed25519.Ed25519Signature;

namespace Kusama.Crypto.Keys;

/// <summary><see cref="KeyPair"/> for ed25519: the seed is the whole secret; signing is deterministic (RFC 8032).</summary>
internal sealed class Ed25519Pair : KeyPair
{
    private readonly byte[] _publicKey;

    private Ed25519Pair(byte[] seed)
        : base(seed)
    {
        _publicKey = new byte[Ed25519Algorithm.PublicKeySize];
        Ed25519Algorithm.GetPublicKey(seed, _publicKey);
    }

    public override KeyScheme Scheme => KeyScheme.Ed25519;

    public override ReadOnlySpan<byte> PublicKey => _publicKey;

    public static Ed25519Pair FromSeed(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != SeedLength)
        {
            throw new ArgumentException($"an ed25519 seed takes {SeedLength} bytes, got {seed.Length}", nameof(seed));
        }

        return new Ed25519Pair(seed.ToArray());
    }

    /// <summary>Substrate's <c>ed25519_verify</c>: ZIP-215 rules (ed25519-zebra), as sp-core's <c>Pair::verify</c>.</summary>
    public static bool Verify(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> message, ReadOnlySpan<byte> publicKey) =>
        signature.Length == Ed25519Algorithm.SignatureSize
        && publicKey.Length == Ed25519Algorithm.PublicKeySize
        && Ed25519Algorithm.Verify(publicKey, message, signature);

    public override void Sign(ReadOnlySpan<byte> message, Span<byte> signature) =>
        Ed25519Algorithm.Sign(Seed, message, signature[..Ed25519Algorithm.SignatureSize]);

    private protected override KeyPair Derive(DeriveJunction junction)
    {
        if (junction.IsSoft)
        {
            throw SoftJunctionNotSupported(KeyScheme.Ed25519);
        }

        var child = new byte[SeedLength];
        Ed25519Algorithm.DeriveHard(Seed, junction.ChainCode, child);
        return new Ed25519Pair(child);
    }
}
