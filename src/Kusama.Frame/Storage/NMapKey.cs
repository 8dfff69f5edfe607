using Kusama.Scale;

namespace Kusama.Frame.Storage;

/// <summary>One key of a map (FRAME <c>Key&lt;Hasher, K&gt;</c>): SCALE-encoded with <typeparamref name="TCodec"/>, hashed with <typeparamref name="THasher"/>.</summary>
public readonly struct NMapKey<TKey, TCodec, THasher> : IStorageKey<TKey>
    where TCodec : ICodec<TKey>
    where THasher : IStorageHasher
{
    private static readonly StorageHasher[] s_hashers = [THasher.Kind];

    public static StorageHasher[] Hashers => s_hashers;

    public static int HashedLength(in TKey key) => THasher.DigestLength + (THasher.KeepsKey ? TCodec.GetEncodedSize(key) : 0);

    public static int WriteHashed(in TKey key, Span<byte> destination)
    {
        int digest = THasher.DigestLength;
        int encodedLength = TCodec.GetEncodedSize(key);
        if (THasher.KeepsKey)
        {
            // Encode straight after the digest and hash it in place: no scratch buffer.
            Span<byte> encoded = destination.Slice(digest, encodedLength);
            Encode(key, encoded);
            THasher.Digest(encoded, destination[..digest]);
            return digest + encodedLength;
        }
        using var scratch = new StorageBuffer(stackalloc byte[StorageBuffer.StackLength], encodedLength);
        Encode(key, scratch.Span);
        THasher.Digest(scratch.Span, destination[..digest]);
        return digest;
    }

    public static TKey ReadHashed(ref ScaleReader reader)
    {
        if (!THasher.KeepsKey)
            throw new InvalidOperationException($"A {THasher.Kind} map key cannot be recovered from its storage key; iterate values instead.");
        reader.Skip(THasher.DigestLength);
        return TCodec.Decode(ref reader);
    }

    private static void Encode(in TKey key, Span<byte> destination)
    {
        var writer = new SpanScaleWriter(destination);
        TCodec.Encode(key, ref writer);
        if (writer.Written != destination.Length)
            throw new InvalidOperationException($"{typeof(TCodec).Name} wrote {writer.Written} bytes but announced {destination.Length}.");
    }
}
