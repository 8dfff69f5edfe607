using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Transactions;

/// <summary>
/// sp-inherents <c>InherentData</c>: <c>BTreeMap&lt;[u8; 8], Vec&lt;u8&gt;&gt;</c> of SCALE-encoded values the block author
/// supplies (timestamp, BABE slot, parachain data). Encoded in identifier byte order.
/// </summary>
public sealed class InherentData : IScaleCodec<InherentData>
{
    private readonly SortedDictionary<InherentIdentifier, byte[]> _data = [];

    public int Count => _data.Count;

    public IEnumerable<InherentIdentifier> Identifiers => _data.Keys;

    /// <summary>sp-inherents <c>put_data</c>: adds the encoded value; false (nothing changed) if the identifier is taken.</summary>
    public bool Put<T, TCodec>(InherentIdentifier identifier, in T value) where TCodec : ICodec<T>
    {
        if (_data.ContainsKey(identifier))
            return false;
        _data[identifier] = ScaleCodec.Encode<T, TCodec>(value);
        return true;
    }

    /// <summary>sp-inherents <c>replace_data</c>: sets the encoded value, replacing any earlier one.</summary>
    public void Replace<T, TCodec>(InherentIdentifier identifier, in T value) where TCodec : ICodec<T> =>
        _data[identifier] = ScaleCodec.Encode<T, TCodec>(value);

    /// <summary>Sets already-encoded bytes, replacing any earlier value.</summary>
    public void PutRaw(InherentIdentifier identifier, byte[] encoded) => _data[identifier] = encoded;

    /// <summary>sp-inherents <c>get_data</c>: false when absent; the stored bytes must decode as a whole (else <see cref="ScaleDecodeException"/>).</summary>
    public bool TryGet<T, TCodec>(InherentIdentifier identifier, out T value) where TCodec : ICodec<T>
    {
        if (!_data.TryGetValue(identifier, out byte[]? encoded))
        {
            value = default!;
            return false;
        }
        value = ScaleCodec.Decode<T, TCodec>(encoded);
        return true;
    }

    public bool TryGetRaw(InherentIdentifier identifier, out ReadOnlySpan<byte> encoded)
    {
        bool found = _data.TryGetValue(identifier, out byte[]? bytes);
        encoded = bytes;
        return found;
    }

    public bool Remove(InherentIdentifier identifier) => _data.Remove(identifier);

    public void Clear() => _data.Clear();

    public static InherentData Decode(ref ScaleReader reader)
    {
        // Each entry takes at least its 8-byte key and a one-byte length.
        int count = reader.ReadCompactLength(ScaleLimits.UnboundedLength, "InherentData", InherentIdentifier.Length + 1);
        var data = new InherentData();
        for (int i = 0; i < count; i++)
        {
            var identifier = new InherentIdentifier(reader.ReadBytes(InherentIdentifier.Length));
            // As in Rust's BTreeMap decoding, a later duplicate key replaces the earlier value.
            data._data[identifier] = reader.ReadLengthPrefixedBytes(ScaleLimits.UnboundedLength).ToArray();
        }
        return data;
    }

    public static void Encode<TWriter>(in InherentData value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, (uint)value._data.Count);
        Span<byte> key = stackalloc byte[InherentIdentifier.Length];
        foreach (KeyValuePair<InherentIdentifier, byte[]> entry in value._data)
        {
            entry.Key.CopyTo(key);
            writer.Write(key);
            ScaleWriter.WriteLengthPrefixedBytes(ref writer, entry.Value);
        }
    }

    public static int GetEncodedSize(in InherentData value)
    {
        int size = ScaleWriter.CompactSize((uint)value._data.Count);
        foreach (byte[] encoded in value._data.Values)
            size += InherentIdentifier.Length + ScaleWriter.CompactSize((uint)encoded.Length) + encoded.Length;
        return size;
    }
}
