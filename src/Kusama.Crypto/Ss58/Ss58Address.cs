using System.Diagnostics.CodeAnalysis;
using Kusama.Core;
using Kusama.Crypto.Hashing;

namespace Kusama.Crypto.Ss58;

/// <summary>SS58 addresses: base58(prefix ‖ payload ‖ checksum) with the checksum taken from blake2b-512("SS58PRE" ‖ prefix ‖ payload).</summary>
/// <remarks>
/// Prefixes below 64 take one byte; 64..16383 take two (client-interop.md §3.2). 32- and 33-byte payloads carry a 2-byte
/// checksum, the account-index payloads of 1, 2, 4 and 8 bytes a 1-byte one (polkadot-js). Prefixes 46 and 47 are
/// reserved and refused both ways, as sp-core refuses them on decode and polkadot-js on encode.
/// </remarks>
public static class Ss58Address
{
    /// <summary>Largest prefix the two-byte form can carry (14 bits).</summary>
    public const ushort MaxPrefix = 16383;

    /// <summary>Largest payload: a 33-byte compressed ecdsa public key.</summary>
    public const int MaxPayloadLength = 33;

    // Two prefix bytes + 33-byte payload + 2 checksum bytes.
    private const int MaxDecodedLength = 2 + MaxPayloadLength + 2;

    // 37 bytes of base58 need at most ceil(37 · log 256 / log 58) = 51 characters; anything longer is refused unread.
    private const int MaxAddressLength = 51;

    private static ReadOnlySpan<byte> ChecksumContext => "SS58PRE"u8;

    /// <summary>True for the prefixes the registry reserves (46 and 47), which no address may use.</summary>
    public static bool IsReservedPrefix(ushort prefix) => prefix is 46 or 47;

    /// <summary>Encodes an account id under <paramref name="prefix"/> (0 Polkadot, 2 Kusama, 42 generic Substrate).</summary>
    public static string Encode(AccountId32 account, ushort prefix) => Encode(account.Bytes, prefix);

    /// <summary>Encodes a payload of 1, 2, 4, 8, 32 or 33 bytes under <paramref name="prefix"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The prefix is above 16383 or reserved (46, 47).</exception>
    /// <exception cref="ArgumentException">The payload length is not one SS58 allows.</exception>
    public static string Encode(ReadOnlySpan<byte> payload, ushort prefix)
    {
        if (prefix > MaxPrefix)
            throw new ArgumentOutOfRangeException(nameof(prefix), prefix, $"invalid prefix: SS58 prefixes go up to {MaxPrefix}");
        if (IsReservedPrefix(prefix))
            throw new ArgumentOutOfRangeException(nameof(prefix), prefix, $"invalid prefix: {prefix} is reserved");
        int checksumLength = ChecksumLength(payload.Length);
        if (checksumLength == 0)
            throw new ArgumentException($"invalid length: an SS58 payload has 1, 2, 4, 8, 32 or 33 bytes, got {payload.Length}", nameof(payload));

        Span<byte> data = stackalloc byte[MaxDecodedLength];
        int prefixLength = WritePrefix(prefix, data);
        payload.CopyTo(data[prefixLength..]);
        int bodyLength = prefixLength + payload.Length;
        Span<byte> checksum = stackalloc byte[64];
        ComputeChecksum(data[..bodyLength], checksum);
        checksum[..checksumLength].CopyTo(data[bodyLength..]);
        return Base58.Encode(data[..(bodyLength + checksumLength)]);
    }

    /// <summary>Decodes an address of any prefix into its prefix and payload.</summary>
    /// <exception cref="FormatException">Bad base58, length, prefix or checksum; the message says which.</exception>
    public static (ushort Prefix, byte[] Payload) Decode(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Span<byte> payload = stackalloc byte[MaxPayloadLength];
        Ss58Error error = TryDecodeCore(address, out ushort prefix, payload, out int payloadLength, out int badIndex);
        if (error != Ss58Error.None) throw new FormatException(Describe(error, address, prefix, badIndex));
        return (prefix, payload[..payloadLength].ToArray());
    }

    /// <summary>Decodes an address whose payload must be a 32-byte account id (any prefix).</summary>
    /// <exception cref="FormatException">Not a valid SS58 address, or its payload is not 32 bytes.</exception>
    public static AccountId32 DecodeAccountId32(string address, out ushort prefix)
    {
        (prefix, byte[] payload) = Decode(address);
        if (payload.Length != AccountId32.Length)
            throw new FormatException($"invalid length: expected a 32-byte account id, the address holds {payload.Length} bytes");
        return new AccountId32(payload);
    }

    /// <summary>Decodes without allocating or throwing; false for any invalid address or a <paramref name="payload"/> buffer that is too small.</summary>
    public static bool TryDecode(ReadOnlySpan<char> address, out ushort prefix, Span<byte> payload, out int payloadLength)
    {
        Span<byte> buffer = stackalloc byte[MaxPayloadLength];
        if (TryDecodeCore(address, out prefix, buffer, out payloadLength, out _) != Ss58Error.None || payloadLength > payload.Length)
        {
            payloadLength = 0;
            return false;
        }
        buffer[..payloadLength].CopyTo(payload);
        return true;
    }

    /// <summary>Decodes without throwing; false for null or any invalid address.</summary>
    public static bool TryDecode([NotNullWhen(true)] string? address, out ushort prefix, [NotNullWhen(true)] out byte[]? payload)
    {
        payload = null;
        prefix = 0;
        if (address is null) return false;
        Span<byte> buffer = stackalloc byte[MaxPayloadLength];
        if (TryDecodeCore(address, out prefix, buffer, out int payloadLength, out _) != Ss58Error.None) return false;
        payload = buffer[..payloadLength].ToArray();
        return true;
    }

    /// <summary>Decodes an address holding a 32-byte account id without throwing.</summary>
    public static bool TryDecodeAccountId32(ReadOnlySpan<char> address, out ushort prefix, out AccountId32 account)
    {
        Span<byte> buffer = stackalloc byte[MaxPayloadLength];
        if (TryDecodeCore(address, out prefix, buffer, out int payloadLength, out _) != Ss58Error.None || payloadLength != AccountId32.Length)
        {
            account = default;
            return false;
        }
        account = new AccountId32(buffer[..AccountId32.Length]);
        return true;
    }

    /// <summary>Checksum bytes for a payload length: 2 for keys (32, 33), 1 for account indices (1, 2, 4, 8), 0 when the length is not allowed.</summary>
    internal static int ChecksumLength(int payloadLength) => payloadLength switch
    {
        32 or 33 => 2,
        1 or 2 or 4 or 8 => 1,
        _ => 0,
    };

    private static int WritePrefix(ushort prefix, Span<byte> destination)
    {
        if (prefix < 64)
        {
            destination[0] = (byte)prefix;
            return 1;
        }
        // Bits: first byte 01 + prefix[7..2], second byte prefix[1..0] + prefix[13..8] (sp-core's layout).
        destination[0] = (byte)(((prefix & 0b1111_1100) >> 2) | 0b0100_0000);
        destination[1] = (byte)((prefix >> 8) | ((prefix & 0b11) << 6));
        return 2;
    }

    private static void ComputeChecksum(ReadOnlySpan<byte> body, Span<byte> hash64)
    {
        var hasher = new Blake2bHasher(64);
        hasher.Update(ChecksumContext);
        hasher.Update(body);
        hasher.Finish(hash64);
    }

    private static Ss58Error TryDecodeCore(ReadOnlySpan<char> address, out ushort prefix, Span<byte> payload, out int payloadLength, out int badIndex)
    {
        prefix = 0;
        payloadLength = 0;
        badIndex = -1;

        Span<byte> data = stackalloc byte[MaxDecodedLength];
        int length;
        if (address.Length > MaxAddressLength)
        {
            // Still name a bad character if there is one: it is the more useful message.
            if (!Base58.TryDecode(address, Span<byte>.Empty, out _, out badIndex) && badIndex >= 0) return Ss58Error.InvalidBase58;
            return Ss58Error.InvalidLength;
        }
        if (!Base58.TryDecode(address, data, out length, out badIndex))
            return badIndex >= 0 ? Ss58Error.InvalidBase58 : Ss58Error.InvalidLength;
        if (length < 3) return Ss58Error.InvalidLength;

        int prefixLength;
        byte first = data[0];
        if (first < 64)
        {
            prefix = first;
            prefixLength = 1;
        }
        else if (first < 128)
        {
            byte second = data[1];
            prefix = (ushort)(((first & 0b0011_1111) << 2) | (second >> 6) | ((second & 0b0011_1111) << 8));
            prefixLength = 2;
            // Prefixes below 64 have a one-byte form; accepting a second spelling would give one account two addresses.
            if (prefix < 64) return Ss58Error.InvalidPrefix;
        }
        else
        {
            return Ss58Error.InvalidPrefix;
        }
        if (IsReservedPrefix(prefix)) return Ss58Error.ReservedPrefix;

        int rest = length - prefixLength;
        int bodyPayload = rest switch
        {
            34 => 32,
            35 => 33,
            2 => 1,
            3 => 2,
            5 => 4,
            9 => 8,
            _ => -1,
        };
        if (bodyPayload < 0) return Ss58Error.InvalidLength;
        int checksumLength = rest - bodyPayload;

        Span<byte> checksum = stackalloc byte[64];
        int bodyLength = prefixLength + bodyPayload;
        ComputeChecksum(data[..bodyLength], checksum);
        if (!checksum[..checksumLength].SequenceEqual(data.Slice(bodyLength, checksumLength))) return Ss58Error.InvalidChecksum;

        data.Slice(prefixLength, bodyPayload).CopyTo(payload);
        payloadLength = bodyPayload;
        return Ss58Error.None;
    }

    private static string Describe(Ss58Error error, string address, ushort prefix, int badIndex) => error switch
    {
        Ss58Error.InvalidBase58 => $"invalid base58 character '{address[badIndex]}' at position {badIndex}",
        Ss58Error.InvalidLength => "invalid length: an SS58 address decodes to a 1- or 2-byte prefix, a payload of 1, 2, 4, 8, 32 or 33 bytes and its checksum",
        Ss58Error.InvalidPrefix => "invalid prefix: the first byte is not a valid one- or two-byte SS58 prefix",
        Ss58Error.ReservedPrefix => $"invalid prefix: {prefix} is reserved",
        Ss58Error.InvalidChecksum => "invalid checksum",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };
}
