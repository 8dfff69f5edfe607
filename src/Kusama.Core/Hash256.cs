using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Kusama.Core;

/// <summary>A 32-byte hash (block hash, state root, storage hash) held by value.</summary>
[StructLayout(LayoutKind.Sequential, Size = Length)]
public readonly struct Hash256 : IEquatable<Hash256>, IComparable<Hash256>
{
    /// <summary>Size of the hash in bytes.</summary>
    public const int Length = 32;

    private readonly Vector256<byte> _bytes;

    /// <summary>The all-zero hash (the genesis block's parent).</summary>
    public static Hash256 Zero => default;

    public Hash256(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
            throw new ArgumentException($"a Hash256 takes {Length} bytes, got {bytes.Length}", nameof(bytes));
        _bytes = Vector256.Create(bytes);
    }

    /// <summary>The hash's bytes, without copying.</summary>
    [UnscopedRef]
    public ReadOnlySpan<byte> Bytes => MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<Vector256<byte>, byte>(ref Unsafe.AsRef(in _bytes)), Length);

    public bool IsZero => _bytes == Vector256<byte>.Zero;

    public void CopyTo(Span<byte> destination) => Bytes.CopyTo(destination);

    public byte[] ToArray() => Bytes.ToArray();

    /// <summary>Parses <c>0x</c>-prefixed (or bare) hex of exactly 32 bytes.</summary>
    public static Hash256 Parse(string hex) => new(Hex.DecodeFixed(hex, Length));

    public static bool TryParse(string? hex, out Hash256 hash)
    {
        Span<byte> buffer = stackalloc byte[Length];
        if (Hex.TryDecode(hex, buffer, out int written) && written == Length)
        {
            hash = new Hash256(buffer);
            return true;
        }
        hash = default;
        return false;
    }

    public bool Equals(Hash256 other) => _bytes == other._bytes;

    public override bool Equals(object? obj) => obj is Hash256 other && Equals(other);

    public override int GetHashCode() => MemoryMarshal.Read<int>(Bytes);

    public int CompareTo(Hash256 other) => Bytes.SequenceCompareTo(other.Bytes);

    public static bool operator ==(Hash256 left, Hash256 right) => left.Equals(right);

    public static bool operator !=(Hash256 left, Hash256 right) => !left.Equals(right);

    /// <summary>Lower-case hex with the <c>0x</c> prefix, as JSON-RPC shows hashes.</summary>
    public override string ToString() => Hex.Encode(Bytes);

    /// <summary>Substrate's short log form, <c>0xabcd…1234</c>.</summary>
    public string ToShortString() => $"{Hex.Encode(Bytes[..2])}…{Convert.ToHexStringLower(Bytes[^2..])}";
}
