using System.Buffers;
using Kusama.Crypto.Hashing;

namespace Kusama.Crypto.Ecdsa;

/// <summary>Ethereum <c>personal_sign</c> messages as the claims pallet builds and checks them (<c>ethereum_signable_message</c>, <c>eth_recover</c>).</summary>
public static class EthereumSignedMessage
{
    // Spelled \u0019, not \x19: C#'s \x takes up to four hex digits and would swallow the "E".
    private static ReadOnlySpan<byte> Preamble => "\u0019Ethereum Signed Message:\n"u8;

    /// <summary>Longest decimal length a span can have (int.MaxValue has 10 digits).</summary>
    private const int MaxLengthDigits = 10;

    /// <summary>keccak256("\x19Ethereum Signed Message:\n" ‖ decimal length ‖ prefix ‖ data ‖ extra) into 32 bytes.</summary>
    /// <remarks>
    /// The length is written the claims pallet's way: decimal digits of the total, and no digit at all for a total of
    /// zero (its loop runs while the length is above zero). The pallet's prefix is never empty, so this only matters
    /// to callers that pass empty parts.
    /// </remarks>
    /// <exception cref="ArgumentException">The destination is shorter than 32 bytes.</exception>
    public static void Hash(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> data, ReadOnlySpan<byte> extra, Span<byte> hash)
    {
        if (hash.Length < 32)
            throw new ArgumentException($"a keccak256 hash takes 32 bytes, got room for {hash.Length}", nameof(hash));
        int payloadLength = checked(prefix.Length + data.Length + extra.Length);
        Span<byte> digits = stackalloc byte[MaxLengthDigits];
        int digitCount = 0;
        for (int l = payloadLength; l > 0; l /= 10)
            digits[MaxLengthDigits - 1 - digitCount++] = (byte)('0' + l % 10);

        int total = checked(Preamble.Length + digitCount + payloadLength);
        byte[]? rented = null;
        Span<byte> message = total <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(total));
        try
        {
            int at = 0;
            Preamble.CopyTo(message);
            at += Preamble.Length;
            digits[(MaxLengthDigits - digitCount)..].CopyTo(message[at..]);
            at += digitCount;
            prefix.CopyTo(message[at..]);
            at += prefix.Length;
            data.CopyTo(message[at..]);
            at += data.Length;
            extra.CopyTo(message[at..]);
            Keccak.Keccak256(message[..total], hash);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>keccak256("\x19Ethereum Signed Message:\n" ‖ decimal length ‖ prefix ‖ data) into 32 bytes.</summary>
    public static void Hash(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> data, Span<byte> hash) => Hash(prefix, data, default, hash);

    /// <summary>
    /// The claims pallet's <c>eth_recover</c>: the Ethereum address (20 bytes) that signed prefix ‖ data ‖ extra, via
    /// <c>secp256k1_ecdsa_recover</c> (v 0–3 or 27–30; r, s ≥ n rejected unless <paramref name="overflowing"/>).
    /// </summary>
    public static bool RecoverEthereumAddress(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> data, ReadOnlySpan<byte> extra, Span<byte> address, bool overflowing = false)
    {
        if (address.Length < EcdsaSignature.EthereumAddressLength)
            throw new ArgumentException($"an Ethereum address takes 20 bytes, got room for {address.Length}", nameof(address));
        Span<byte> hash = stackalloc byte[32];
        Hash(prefix, data, extra, hash);
        Span<byte> publicKey = stackalloc byte[EcdsaSignature.UncompressedPublicKeyLength];
        if (!EcdsaSignature.RecoverUncompressed(signature, hash, publicKey, overflowing))
            return false;
        EcdsaSignature.ToEthereumAddress(publicKey, address);
        return true;
    }

    /// <summary>The claims pallet's <c>eth_recover</c> with no extra part: the address that signed prefix ‖ data.</summary>
    public static bool RecoverEthereumAddress(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> data, Span<byte> address) =>
        RecoverEthereumAddress(signature, prefix, data, default, address);
}
