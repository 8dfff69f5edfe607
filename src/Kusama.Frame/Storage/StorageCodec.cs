using Kusama.Scale;

namespace Kusama.Frame.Storage;

/// <summary>Reading, writing and appending SCALE values at raw storage keys, shared by the typed items.</summary>
internal static class StorageCodec
{
    /// <exception cref="ScaleDecodeException">The stored bytes are not one <typeparamref name="TValue"/>.</exception>
    public static bool TryRead<TValue, TCodec>(IStorage storage, ReadOnlySpan<byte> key, out TValue value) where TCodec : ICodec<TValue>
    {
        byte[]? raw = storage.Get(key);
        if (raw is null)
        {
            value = default!;
            return false;
        }
        value = ScaleCodec.Decode<TValue, TCodec>(raw);
        return true;
    }

    public static void Write<TValue, TCodec>(IStorage storage, ReadOnlySpan<byte> key, in TValue value) where TCodec : ICodec<TValue>
    {
        using var buffer = new StorageBuffer(stackalloc byte[StorageBuffer.StackLength], TCodec.GetEncodedSize(value));
        var writer = new SpanScaleWriter(buffer.Span);
        TCodec.Encode(value, ref writer);
        if (writer.Written != buffer.Span.Length)
            throw new InvalidOperationException($"{typeof(TCodec).Name} wrote {writer.Written} bytes but announced {buffer.Span.Length}.");
        storage.Set(key, buffer.Span);
    }

    /// <summary>
    /// Appends one item to the <c>Vec</c> at <paramref name="key"/> without decoding the items already there
    /// (sp-io <c>storage::append</c>), through <see cref="IStorage.Append"/>.
    /// </summary>
    public static void Append<TItem, TItemCodec>(IStorage storage, ReadOnlySpan<byte> key, in TItem item) where TItemCodec : ICodec<TItem>
    {
        int itemLength = TItemCodec.GetEncodedSize(item);
        using var buffer = new StorageBuffer(stackalloc byte[StorageBuffer.StackLength], itemLength);
        var writer = new SpanScaleWriter(buffer.Span);
        TItemCodec.Encode(item, ref writer);
        if (writer.Written != itemLength)
            throw new InvalidOperationException($"{typeof(TItemCodec).Name} wrote {writer.Written} bytes but announced {itemLength}.");
        storage.Append(key, buffer.Span);
    }

    /// <summary>
    /// <see cref="IStorage.Append"/> for storages without an append of their own: reads the value, rewrites it with the
    /// compact count raised and the item added. An absent or unreadable value becomes a one-item vector.
    /// </summary>
    public static void AppendByRewrite(IStorage storage, ReadOnlySpan<byte> key, ReadOnlySpan<byte> item)
    {
        byte[]? existing = storage.Get(key);
        uint count = 0;
        int lengthPrefix = 0;
        if (existing is not null && !TryReadCount(existing, out count, out lengthPrefix))
        {
            existing = null;
            count = 0;
        }
        if (count == uint.MaxValue)
            throw new InvalidOperationException("The stored vector already holds u32::MAX items.");
        ReadOnlySpan<byte> items = existing is null ? [] : existing.AsSpan(lengthPrefix);
        int newPrefix = ScaleWriter.CompactSize(count + 1);
        using var buffer = new StorageBuffer(stackalloc byte[StorageBuffer.StackLength], newPrefix + items.Length + item.Length);
        var writer = new SpanScaleWriter(buffer.Span);
        ScaleWriter.WriteCompact(ref writer, count + 1);
        writer.Write(items);
        writer.Write(item);
        storage.Set(key, buffer.Span);
    }

    private static bool TryReadCount(byte[] existing, out uint count, out int lengthPrefix)
    {
        var reader = new ScaleReader(existing);
        try
        {
            count = reader.ReadCompactU32();
            lengthPrefix = reader.Position;
            return true;
        }
        catch (ScaleDecodeException)
        {
            count = 0;
            lengthPrefix = 0;
            return false;
        }
    }
}
