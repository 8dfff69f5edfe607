using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Kusama.Core;

/// <summary>A 32-byte account identifier (<c>sp_core::crypto::AccountId32</c>): an sr25519/ed25519 public key or the blake2-256 of an ecdsa one.</summary>
[StructLayout(LayoutKind.Sequential, Size = Length)]
public readonly struct AccountId32 : IEquatable<AccountId32>, IComparable<AccountId32>
{
    /// <summary>Size of an account id in bytes.</summary>
    public const int Length = 32;

    private readonly Vector256<byte> _bytes;

    public AccountId32(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
            throw new ArgumentException($"an AccountId32 takes {Length} bytes, got {bytes.Length}", nameof(bytes));
        _bytes = Vector256.Create(bytes);
    }

    /// <summary>The account id's bytes, without copying.</summary>
    [UnscopedRef]
    public ReadOnlySpan<byte> Bytes => MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<Vector256<byte>, byte>(ref Unsafe.AsRef(in _bytes)), Length);

    public void CopyTo(Span<byte> destination) => Bytes.CopyTo(destination);

    public byte[] ToArray() => Bytes.ToArray();

    /// <summary>Parses <c>0x</c>-prefixed (or bare) hex of exactly 32 bytes.</summary>
    public static AccountId32 Parse(string hex) => new(Hex.DecodeFixed(hex, Length));

    public bool Equals(AccountId32 other) => _bytes == other._bytes;

    public override bool Equals(object? obj) => obj is AccountId32 other && Equals(other);

    public override int GetHashCode() => MemoryMarshal.Read<int>(Bytes);

    public int CompareTo(AccountId32 other) => Bytes.SequenceCompareTo(other.Bytes);

    public static bool operator ==(AccountId32 left, AccountId32 right) => left.Equals(right);

    public static bool operator !=(AccountId32 left, AccountId32 right) => !left.Equals(right);

    /// <summary>Lower-case hex with the <c>0x</c> prefix (SS58 lives in Kusama.Crypto).</summary>
    public override string ToString() => Hex.Encode(Bytes);
}
