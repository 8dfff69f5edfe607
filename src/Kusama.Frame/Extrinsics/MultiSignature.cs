using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Kusama.Core;
using Kusama.Crypto.Ecdsa;
using Kusama.Crypto.Ed25519;
using Kusama.Crypto.Hashing;
using Kusama.Crypto.Sr25519;
using Kusama.Scale;

namespace Kusama.Frame.Extrinsics;

/// <summary>
/// sp-runtime <c>MultiSignature</c>: a one-byte variant (<see cref="MultiSignatureKind"/>) then the raw signature, held
/// inline (no heap) in a 65-byte buffer.
/// </summary>
public readonly struct MultiSignature : IEquatable<MultiSignature>, IScaleCodec<MultiSignature>
{
    /// <summary>The longest signature any variant carries (ecdsa r ‖ s ‖ v).</summary>
    public const int MaxLength = 65;

    private readonly SignatureBytes _bytes;

    /// <exception cref="ArgumentException">The kind is unknown or <paramref name="signature"/> has the wrong length for it.</exception>
    public MultiSignature(MultiSignatureKind kind, ReadOnlySpan<byte> signature)
    {
        int expected = LengthOf(kind);
        if (expected < 0)
            throw new ArgumentException($"unknown MultiSignature kind {(byte)kind}", nameof(kind));
        if (signature.Length != expected)
            throw new ArgumentException($"a {kind} signature takes {expected} bytes, got {signature.Length}", nameof(signature));
        Kind = kind;
        signature.CopyTo(_bytes);
    }

    public MultiSignatureKind Kind { get; }

    /// <summary>The signature bytes without the variant byte (64 or 65 bytes), without copying.</summary>
    [UnscopedRef]
    public ReadOnlySpan<byte> Bytes =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<SignatureBytes, byte>(ref Unsafe.AsRef(in _bytes)), LengthOf(Kind));

    public static MultiSignature Ed25519(ReadOnlySpan<byte> signature) => new(MultiSignatureKind.Ed25519, signature);

    public static MultiSignature Sr25519(ReadOnlySpan<byte> signature) => new(MultiSignatureKind.Sr25519, signature);

    public static MultiSignature Ecdsa(ReadOnlySpan<byte> signature) => new(MultiSignatureKind.Ecdsa, signature);

    /// <summary>The signature length of <paramref name="kind"/>, or -1 for an unknown kind.</summary>
    public static int LengthOf(MultiSignatureKind kind) => kind switch
    {
        MultiSignatureKind.Ed25519 or MultiSignatureKind.Sr25519 => 64,
        MultiSignatureKind.Ecdsa => EcdsaSignature.SignatureLength,
        _ => -1,
    };

    /// <summary>sp-runtime <c>MultiSignature::verify</c> against <paramref name="signer"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> message, AccountId32 signer) => Verify(Kind, Bytes, message, signer);

    /// <summary>
    /// sp-runtime <c>MultiSignature::verify</c> over raw parts (the extrinsic view uses it without copying): sr25519 and
    /// ed25519 check against the account id as the public key; ecdsa recovers the compressed key from the signature over
    /// blake2_256(message) and compares blake2_256 of it with the account id. Never throws for hostile bytes.
    /// </summary>
    public static bool Verify(MultiSignatureKind kind, ReadOnlySpan<byte> signature, ReadOnlySpan<byte> message, AccountId32 signer)
    {
        switch (kind)
        {
            case MultiSignatureKind.Ed25519:
                return Ed25519Signature.Verify(signer.Bytes, message, signature);
            case MultiSignatureKind.Sr25519:
                return Sr25519Signature.Verify(signature, message, signer.Bytes);
            case MultiSignatureKind.Ecdsa:
                {
                    Span<byte> hash = stackalloc byte[Hash256.Length];
                    Blake2b.Hash256(message, hash);
                    Span<byte> publicKey = stackalloc byte[EcdsaSignature.PublicKeyLength];
                    if (!EcdsaSignature.RecoverCompressed(signature, hash, publicKey))
                        return false;
                    Blake2b.Hash256(publicKey, hash);
                    return hash.SequenceEqual(signer.Bytes);
                }
            default:
                return false;
        }
    }

    /// <summary>Reads the variant byte and returns the signature as a slice of the input (no copy).</summary>
    public static ReadOnlySpan<byte> ReadSlice(scoped ref ScaleReader reader, out MultiSignatureKind kind)
    {
        int start = reader.Position;
        kind = (MultiSignatureKind)reader.ReadByte();
        int length = LengthOf(kind);
        if (length < 0)
            ScaleReader.Throw($"unknown MultiSignature variant index {(byte)kind}", start);
        return reader.ReadBytes(length);
    }

    public static MultiSignature Decode(ref ScaleReader reader)
    {
        ReadOnlySpan<byte> signature = ReadSlice(ref reader, out MultiSignatureKind kind);
        return new MultiSignature(kind, signature);
    }

    public static void Encode<TWriter>(in MultiSignature value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        writer.WriteByte((byte)value.Kind);
        writer.Write(value.Bytes);
    }

    public static int GetEncodedSize(in MultiSignature value) => 1 + LengthOf(value.Kind);

    public static int MinEncodedSize => 65;

    public bool Equals(MultiSignature other) => Kind == other.Kind && Bytes.SequenceEqual(other.Bytes);

    public override bool Equals(object? obj) => obj is MultiSignature other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, MemoryMarshal.Read<int>(Bytes));

    public static bool operator ==(MultiSignature left, MultiSignature right) => left.Equals(right);

    public static bool operator !=(MultiSignature left, MultiSignature right) => !left.Equals(right);

    public override string ToString() => $"{Kind}({Hex.Encode(Bytes)})";
}
