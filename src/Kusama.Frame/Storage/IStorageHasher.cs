namespace Kusama.Frame.Storage;

/// <summary>A storage hasher as an empty struct, so that typed storage items are specialised per hasher by the JIT.</summary>
public interface IStorageHasher
{
    /// <summary>The metadata hasher this struct stands for.</summary>
    static abstract StorageHasher Kind { get; }

    /// <summary>Bytes of digest written before the key (0 for <c>Identity</c>).</summary>
    static abstract int DigestLength { get; }

    /// <summary>True when the encoded key follows the digest (the <c>*Concat</c> hashers and <c>Identity</c>), so iteration can recover it.</summary>
    static abstract bool KeepsKey { get; }

    /// <summary>Writes the <see cref="DigestLength"/>-byte digest of <paramref name="data"/>.</summary>
    static abstract void Digest(ReadOnlySpan<byte> data, Span<byte> output);
}
