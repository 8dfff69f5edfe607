using Kusama.Core;
using Kusama.Crypto.Hashing;
using Org.BouncyCastle.Math.EC;

namespace Kusama.Crypto.Ecdsa;

/// <summary>secp256k1 ECDSA recovery and verification with sp-core/sp-io semantics, plus the ecdsa account id and Ethereum address.</summary>
/// <remarks>
/// Signatures are 65 bytes r ‖ s ‖ v. Recovery and verification never enforce low s. Content that is not a valid
/// signature (bad v, r or s out of range, no such point) gives false, never an exception; only a wrong-sized message
/// hash or output buffer (a caller bug) throws <see cref="ArgumentException"/>.
/// </remarks>
public static class EcdsaSignature
{
    /// <summary>Length of a signature r ‖ s ‖ v.</summary>
    public const int SignatureLength = 65;

    /// <summary>Length of a compressed public key (<c>sp_core::ecdsa::Public</c>).</summary>
    public const int PublicKeyLength = 33;

    /// <summary>Length of an uncompressed public key without the 0x04 tag (x ‖ y).</summary>
    public const int UncompressedPublicKeyLength = 64;

    /// <summary>Length of an Ethereum address.</summary>
    public const int EthereumAddressLength = 20;

    /// <summary>
    /// <c>secp256k1_ecdsa_recover_compressed</c>: the 33-byte public key that signed <paramref name="messageHash"/>.
    /// v may be 0–3 or 27–30 (v &gt; 26 has 27 subtracted, as sp-io does).
    /// </summary>
    /// <param name="signature">65 bytes r ‖ s ‖ v; any other length gives false.</param>
    /// <param name="messageHash">The 32-byte hash that was signed.</param>
    /// <param name="publicKey">Receives the 33-byte compressed key.</param>
    /// <param name="overflowing">false: sp-io v2/v3 (r, s ≥ n rejected); true: sp-io v1 (r, s ≥ n reduced mod n).</param>
    public static bool RecoverCompressed(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> messageHash, Span<byte> publicKey, bool overflowing = false)
    {
        CheckOutput(publicKey, PublicKeyLength, nameof(publicKey));
        ECPoint? q = RecoverHostStyle(signature, messageHash, overflowing);
        if (q is null)
            return false;
        q.EncodeTo(true, publicKey[..PublicKeyLength]);
        return true;
    }

    /// <summary>
    /// <c>secp256k1_ecdsa_recover</c>: the 64-byte uncompressed public key (x ‖ y, no 0x04 tag) that signed
    /// <paramref name="messageHash"/>. v may be 0–3 or 27–30.
    /// </summary>
    /// <param name="signature">65 bytes r ‖ s ‖ v; any other length gives false.</param>
    /// <param name="messageHash">The 32-byte hash that was signed.</param>
    /// <param name="publicKey">Receives the 64-byte x ‖ y.</param>
    /// <param name="overflowing">false: sp-io v2/v3 (r, s ≥ n rejected); true: sp-io v1 (r, s ≥ n reduced mod n).</param>
    public static bool RecoverUncompressed(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> messageHash, Span<byte> publicKey, bool overflowing = false)
    {
        CheckOutput(publicKey, UncompressedPublicKeyLength, nameof(publicKey));
        ECPoint? q = RecoverHostStyle(signature, messageHash, overflowing);
        if (q is null)
            return false;
        WriteUncompressed(q, publicKey);
        return true;
    }

    /// <summary>
    /// <c>ecdsa::Pair::verify</c> (host <c>ecdsa_verify</c> v2): recovers over blake2_256(<paramref name="message"/>) and
    /// compares with the compressed <paramref name="publicKey"/>. v must be 0–3 (27/28 are NOT accepted here, as in sp-core).
    /// </summary>
    /// <param name="signature">65 bytes r ‖ s ‖ v; any other length gives false.</param>
    /// <param name="message">The message; it is hashed with blake2_256.</param>
    /// <param name="publicKey">The 33-byte compressed key expected to have signed; any other length gives false.</param>
    /// <param name="overflowing">true gives <c>verify_deprecated</c> (host <c>ecdsa_verify</c> v1): r, s ≥ n reduced mod n.</param>
    public static bool Verify(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> message, ReadOnlySpan<byte> publicKey, bool overflowing = false)
    {
        Span<byte> hash = stackalloc byte[32];
        Blake2b.Hash256(message, hash);
        return VerifyPrehashed(signature, hash, publicKey, overflowing);
    }

    /// <summary><c>ecdsa::Pair::verify_prehashed</c>: recovers over the 32-byte <paramref name="messageHash"/> and compares with <paramref name="publicKey"/>; v must be 0–3.</summary>
    public static bool VerifyPrehashed(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> messageHash, ReadOnlySpan<byte> publicKey, bool overflowing = false)
    {
        CheckMessageHash(messageHash);
        if (signature.Length != SignatureLength || publicKey.Length != PublicKeyLength)
            return false;
        ECPoint? q = Secp256k1.Recover(signature[..64], signature[64], messageHash, overflowing);
        if (q is null)
            return false;
        Span<byte> recovered = stackalloc byte[PublicKeyLength];
        q.EncodeTo(true, recovered);
        return recovered.SequenceEqual(publicKey);
    }

    /// <summary>The ecdsa account id: blake2_256 of the 33-byte compressed key (<c>MultiSigner::Ecdsa</c> → AccountId32).</summary>
    /// <exception cref="ArgumentException">The key is not 33 bytes.</exception>
    public static AccountId32 ToAccountId(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != PublicKeyLength)
            throw new ArgumentException($"an ecdsa public key takes {PublicKeyLength} bytes, got {publicKey.Length}", nameof(publicKey));
        Span<byte> hash = stackalloc byte[32];
        Blake2b.Hash256(publicKey, hash);
        return new AccountId32(hash);
    }

    /// <summary>The Ethereum address: the last 20 bytes of keccak256(x ‖ y). Takes the 64-byte key or the 65-byte 0x04-tagged one.</summary>
    /// <exception cref="ArgumentException">The key is neither 64 bytes nor 65 bytes starting with 0x04, or the destination is shorter than 20.</exception>
    public static void ToEthereumAddress(ReadOnlySpan<byte> uncompressedPublicKey, Span<byte> address)
    {
        if (uncompressedPublicKey.Length == UncompressedPublicKeyLength + 1 && uncompressedPublicKey[0] == 0x04)
            uncompressedPublicKey = uncompressedPublicKey[1..];
        if (uncompressedPublicKey.Length != UncompressedPublicKeyLength)
            throw new ArgumentException($"an uncompressed public key takes 64 bytes (or 65 with the 0x04 tag), got {uncompressedPublicKey.Length}", nameof(uncompressedPublicKey));
        CheckOutput(address, EthereumAddressLength, nameof(address));
        Span<byte> hash = stackalloc byte[32];
        Keccak.Keccak256(uncompressedPublicKey, hash);
        hash[12..].CopyTo(address);
    }

    /// <summary>Expands a 33-byte compressed key to the 64-byte x ‖ y form; false when it is not a point on the curve.</summary>
    public static bool TryDecompress(ReadOnlySpan<byte> publicKey, Span<byte> uncompressedPublicKey)
    {
        CheckOutput(uncompressedPublicKey, UncompressedPublicKeyLength, nameof(uncompressedPublicKey));
        if (publicKey.Length != PublicKeyLength)
            return false;
        ECPoint? q = Secp256k1.ParsePublicKey(publicKey);
        if (q is null)
            return false;
        WriteUncompressed(q, uncompressedPublicKey);
        return true;
    }

    /// <summary><c>Public::from_full</c>: compresses a 64-byte x ‖ y (or 65-byte 0x04-tagged) key; false when it is not a point on the curve.</summary>
    public static bool TryCompress(ReadOnlySpan<byte> uncompressedPublicKey, Span<byte> publicKey)
    {
        CheckOutput(publicKey, PublicKeyLength, nameof(publicKey));
        Span<byte> tagged = stackalloc byte[UncompressedPublicKeyLength + 1];
        if (uncompressedPublicKey.Length == UncompressedPublicKeyLength)
        {
            tagged[0] = 0x04;
            uncompressedPublicKey.CopyTo(tagged[1..]);
        }
        else if (uncompressedPublicKey.Length == tagged.Length)
        {
            uncompressedPublicKey.CopyTo(tagged);
        }
        else
        {
            return false;
        }
        ECPoint? q = Secp256k1.ParsePublicKey(tagged);
        if (q is null)
            return false;
        q.EncodeTo(true, publicKey[..PublicKeyLength]);
        return true;
    }

    /// <summary>The sp-io recover front end: 65-byte length check and the v &gt; 26 → v − 27 rule.</summary>
    private static ECPoint? RecoverHostStyle(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> messageHash, bool overflowing)
    {
        CheckMessageHash(messageHash);
        if (signature.Length != SignatureLength)
            return null;
        int v = signature[64];
        if (v > 26)
            v -= 27;
        return Secp256k1.Recover(signature[..64], v, messageHash, overflowing);
    }

    private static void WriteUncompressed(ECPoint q, Span<byte> destination)
    {
        q.AffineXCoord.EncodeTo(destination[..32]);
        q.AffineYCoord.EncodeTo(destination[32..64]);
    }

    private static void CheckMessageHash(ReadOnlySpan<byte> messageHash)
    {
        if (messageHash.Length != 32)
            throw new ArgumentException($"a message hash takes 32 bytes, got {messageHash.Length}", nameof(messageHash));
    }

    private static void CheckOutput(Span<byte> destination, int length, string name)
    {
        if (destination.Length < length)
            throw new ArgumentException($"this output takes {length} bytes, got room for {destination.Length}", name);
    }
}
