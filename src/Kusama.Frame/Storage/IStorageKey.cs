using Kusama.Scale;

namespace Kusama.Frame.Storage;

/// <summary>How a map key (one key or a tuple of keys) becomes the hashed part of a storage key, and back.</summary>
public interface IStorageKey<TKey>
{
    /// <summary>Hashers in key order, for metadata.</summary>
    static abstract StorageHasher[] Hashers { get; }

    /// <summary>Bytes <see cref="WriteHashed"/> writes for <paramref name="key"/>.</summary>
    static abstract int HashedLength(in TKey key);

    /// <summary>Writes each key hashed with its hasher, in order; returns the bytes written.</summary>
    static abstract int WriteHashed(in TKey key, Span<byte> destination);

    /// <summary>Reads the key back from hashed bytes.</summary>
    /// <exception cref="InvalidOperationException">A hasher does not keep its key.</exception>
    /// <exception cref="ScaleDecodeException">The bytes are not a key of this shape.</exception>
    static abstract TKey ReadHashed(ref ScaleReader reader);
}
