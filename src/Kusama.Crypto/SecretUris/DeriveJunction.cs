using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using Kusama.Crypto.Hashing;

namespace Kusama.Crypto.SecretUris;

/// <summary>One step of a derivation path (sp-core <c>DeriveJunction</c>): soft or hard, with a 32-byte chain code.</summary>
/// <remarks>
/// The chain code is the SCALE encoding of the junction's value, zero-padded to 32 bytes, or its blake2b-256 when the
/// encoding is longer. A path segment that parses as a u64 (decimal, optional '+', as Rust's <c>str::parse::&lt;u64&gt;</c>)
/// is encoded as u64 little-endian; anything else as a SCALE string (compact length ‖ UTF-8). So <c>//0x1234</c> is the
/// string "0x1234", as sp-core and subkey do; polkadot-js instead reads hex junctions as raw bytes (crypto.md pitfall 12).
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
public readonly struct DeriveJunction : IEquatable<DeriveJunction>
{
    /// <summary>Size of a chain code in bytes (sp-core <c>JUNCTION_ID_LEN</c>).</summary>
    public const int ChainCodeLength = 32;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Vector256<byte> _chainCode;

    /// <summary>A junction with the given chain code.</summary>
    /// <exception cref="ArgumentException">The chain code is not 32 bytes.</exception>
    public DeriveJunction(ReadOnlySpan<byte> chainCode, bool isHard)
    {
        if (chainCode.Length != ChainCodeLength)
            throw new ArgumentException($"a chain code has {ChainCodeLength} bytes, got {chainCode.Length}", nameof(chainCode));
        _chainCode = Vector256.Create(chainCode);
        IsHard = isHard;
    }

    /// <summary>True for a hard junction (<c>//</c>): the child cannot be derived from the parent's public key.</summary>
    public bool IsHard { get; }

    /// <summary>True for a soft junction (<c>/</c>): sr25519 can derive the child's public key from the parent's.</summary>
    public bool IsSoft => !IsHard;

    /// <summary>The 32-byte chain code, without copying.</summary>
    [UnscopedRef]
    public ReadOnlySpan<byte> ChainCode => MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<Vector256<byte>, byte>(ref Unsafe.AsRef(in _chainCode)), ChainCodeLength);

    /// <summary>A soft junction for a number, SCALE-encoded as u64 little-endian.</summary>
    public static DeriveJunction Soft(ulong index) => FromNumber(index, isHard: false);

    /// <summary>A hard junction for a number, SCALE-encoded as u64 little-endian.</summary>
    public static DeriveJunction Hard(ulong index) => FromNumber(index, isHard: true);

    /// <summary>A soft junction for a string, SCALE-encoded (never read as a number: use <see cref="Parse"/> for path text).</summary>
    /// <exception cref="ArgumentException">The string holds an unpaired surrogate and has no UTF-8 form.</exception>
    public static DeriveJunction Soft(string text) => FromText(text, isHard: false);

    /// <summary>A hard junction for a string, SCALE-encoded (never read as a number: use <see cref="Parse"/> for path text).</summary>
    /// <exception cref="ArgumentException">The string holds an unpaired surrogate and has no UTF-8 form.</exception>
    public static DeriveJunction Hard(string text) => FromText(text, isHard: true);

    /// <summary>A junction for any already SCALE-encoded value: padded to 32 bytes, or hashed with blake2b-256 when longer.</summary>
    public static DeriveJunction FromEncoded(ReadOnlySpan<byte> encoded, bool isHard)
    {
        Span<byte> chainCode = stackalloc byte[ChainCodeLength];
        chainCode.Clear();
        if (encoded.Length > ChainCodeLength) Blake2b.Hash256(encoded, chainCode);
        else encoded.CopyTo(chainCode);
        return new DeriveJunction(chainCode, isHard);
    }

    /// <summary>Parses one path junction as written in a secret URI: <c>/soft</c> or <c>//hard</c>.</summary>
    /// <exception cref="FormatException">No leading '/', an empty junction, or a '/' inside it.</exception>
    public static DeriveJunction Parse(string junction)
    {
        ArgumentNullException.ThrowIfNull(junction);
        bool isHard = junction.StartsWith("//", StringComparison.Ordinal);
        if (!isHard && !junction.StartsWith('/'))
            throw new FormatException($"invalid junction '{junction}': it starts with '/' (soft) or '//' (hard)");
        ReadOnlySpan<char> code = junction.AsSpan(isHard ? 2 : 1);
        if (code.IsEmpty || code.Contains('/'))
            throw new FormatException($"invalid junction '{junction}': expected one non-empty segment after the slashes");
        return FromPathSegment(code, isHard);
    }

    /// <summary>This junction made hard, keeping its chain code.</summary>
    public DeriveJunction Harden() => new(ChainCode, isHard: true);

    /// <summary>This junction made soft, keeping its chain code.</summary>
    public DeriveJunction Soften() => new(ChainCode, isHard: false);

    /// <summary>sp-core's <c>From&lt;&amp;str&gt;</c> for a segment without its slashes: a u64 if it parses as one, else a string.</summary>
    internal static DeriveJunction FromPathSegment(ReadOnlySpan<char> code, bool isHard) =>
        TryParseU64(code, out ulong number) ? FromNumber(number, isHard) : FromText(code, isHard);

    public bool Equals(DeriveJunction other) => IsHard == other.IsHard && _chainCode == other._chainCode;

    public override bool Equals(object? obj) => obj is DeriveJunction other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(MemoryMarshal.Read<int>(ChainCode), IsHard);

    public static bool operator ==(DeriveJunction left, DeriveJunction right) => left.Equals(right);

    public static bool operator !=(DeriveJunction left, DeriveJunction right) => !left.Equals(right);

    /// <summary>The slashes and the chain code in hex (the original text is not kept: it may be secret).</summary>
    public override string ToString() => (IsHard ? "//" : "/") + Kusama.Core.Hex.Encode(ChainCode);

    private static DeriveJunction FromNumber(ulong number, bool isHard)
    {
        Span<byte> encoded = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(encoded, number);
        return FromEncoded(encoded, isHard);
    }

    private static DeriveJunction FromText(ReadOnlySpan<char> text, bool isHard)
    {
        int textLength;
        try
        {
            textLength = StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException("invalid junction: the text is not valid Unicode (unpaired surrogate)", nameof(text), e);
        }

        // SCALE string = Compact<u32>(byte length) ‖ UTF-8 bytes; the compact prefix is at most 5 bytes.
        int total = CompactLength(textLength) + textLength;
        Span<byte> encoded = total <= 1024 ? stackalloc byte[total] : new byte[total];
        int prefixLength = WriteCompact(textLength, encoded);
        StrictUtf8.GetBytes(text, encoded[prefixLength..]);
        return FromEncoded(encoded, isHard);
    }

    private static int CompactLength(int value) => value switch
    {
        < 1 << 6 => 1,
        < 1 << 14 => 2,
        < 1 << 30 => 4,
        _ => 5,
    };

    private static int WriteCompact(int value, Span<byte> destination)
    {
        // Mode in the two low bits: 00 single byte, 01 two bytes, 10 four bytes, 11 big-integer (here 4 value bytes follow).
        uint v = (uint)value;
        switch (CompactLength(value))
        {
            case 1:
                destination[0] = (byte)(v << 2);
                return 1;
            case 2:
                BinaryPrimitives.WriteUInt16LittleEndian(destination, (ushort)((v << 2) | 0b01));
                return 2;
            case 4:
                BinaryPrimitives.WriteUInt32LittleEndian(destination, (v << 2) | 0b10);
                return 4;
            default:
                destination[0] = ((4 - 4) << 2) | 0b11;
                BinaryPrimitives.WriteUInt32LittleEndian(destination[1..], v);
                return 5;
        }
    }

    /// <summary>Rust's <c>u64::from_str</c>: optional '+', then one or more ASCII digits, no overflow.</summary>
    private static bool TryParseU64(ReadOnlySpan<char> text, out ulong value)
    {
        value = 0;
        if (!text.IsEmpty && text[0] == '+') text = text[1..];
        if (text.IsEmpty) return false;
        foreach (char c in text)
        {
            uint digit = (uint)(c - '0');
            if (digit > 9) return false;
            if (value > (ulong.MaxValue - digit) / 10) return false;
            value = value * 10 + digit;
        }
        return true;
    }
}
