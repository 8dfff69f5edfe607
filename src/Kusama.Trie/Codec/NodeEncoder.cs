using System.Buffers;
using Kusama.Crypto.Hashing;

namespace Kusama.Trie.Codec;

/// <summary>
/// Builds node encodings in one pooled buffer used as a stack: a node's tail (value part, then child
/// references) is written first, then <see cref="Compose(int, NodeKind, ReadOnlySpan{byte}, ushort)"/> puts the
/// header and partial key in front, and <see cref="CollapseToReference"/> replaces it all with the
/// reference its parent stores.
/// </summary>
internal sealed class NodeEncoder : IDisposable
{
    private byte[] _buffer;
    private int _length;

    public NodeEncoder(int initialCapacity = 4096)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    public int Length => _length;

    /// <summary>The bytes from <paramref name="start"/> to the end.</summary>
    public ReadOnlySpan<byte> From(int start) => _buffer.AsSpan(start, _length - start);

    public void Truncate(int length) => _length = length;

    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>An inline value: compact length, then the bytes.</summary>
    public void WriteInlineValue(ReadOnlySpan<byte> value)
    {
        Ensure(5 + value.Length);
        _length += CompactLength.Write(_buffer.AsSpan(_length), value.Length);
        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
    }

    /// <summary>A value under <paramref name="version"/>: inline, or its hash (written to <paramref name="valueHash"/>) when hashed.</summary>
    public bool WriteValue(ReadOnlySpan<byte> value, StateVersion version, Span<byte> valueHash)
    {
        if (version == StateVersion.V1 && value.Length >= NodeCodec.ValueNodeThreshold)
        {
            Blake2b.Hash256(value, valueHash);
            Write(valueHash);
            return true;
        }
        WriteInlineValue(value);
        return false;
    }

    /// <summary>Writes header, partial key (one nibble per byte) and bitmap, then a copy of the tail; returns where the encoding starts.</summary>
    public int Compose(int tailStart, NodeKind kind, ReadOnlySpan<byte> partialNibbles, ushort bitmap)
    {
        int start = WritePrefix(tailStart, kind, partialNibbles.Length, bitmap, out Span<byte> partial);
        Nibbles.WritePartial(partialNibbles, partial);
        return start;
    }

    /// <summary>As <see cref="Compose(int, NodeKind, ReadOnlySpan{byte}, ushort)"/>, with the partial key taken from nibbles of a byte key.</summary>
    public int Compose(int tailStart, NodeKind kind, ReadOnlySpan<byte> key, int startNibble, int nibbleCount, ushort bitmap)
    {
        int start = WritePrefix(tailStart, kind, nibbleCount, bitmap, out Span<byte> partial);
        Nibbles.WritePartial(key, startNibble, nibbleCount, partial);
        return start;
    }

    /// <summary>
    /// Replaces everything from <paramref name="tailStart"/> with the reference a parent stores for the
    /// encoding at <paramref name="encodingStart"/>: compact(len) ++ encoding when it is shorter than a hash,
    /// else 0x80 ++ blake2-256. Returns true (and the hash) in the second case.
    /// </summary>
    public bool CollapseToReference(int tailStart, int encodingStart, Span<byte> hash)
    {
        int length = _length - encodingStart;
        if (length < NodeCodec.HashLength)
        {
            _buffer[tailStart] = (byte)(length << 2); // compact of a length below 64 is one byte
            _buffer.AsSpan(encodingStart, length).CopyTo(_buffer.AsSpan(tailStart + 1));
            _length = tailStart + 1 + length;
            return false;
        }
        Blake2b.Hash256(_buffer.AsSpan(encodingStart, length), hash);
        _buffer[tailStart] = NodeCodec.HashLength << 2;
        hash.CopyTo(_buffer.AsSpan(tailStart + 1));
        _length = tailStart + 1 + NodeCodec.HashLength;
        return true;
    }

    /// <summary>The node kind for a node's shape.</summary>
    public static NodeKind KindOf(bool branch, bool hasValue, bool valueHashed) => (branch, hasValue, valueHashed) switch
    {
        (false, _, false) => NodeKind.Leaf,
        (false, _, true) => NodeKind.HashedValueLeaf,
        (true, false, _) => NodeKind.BranchWithoutValue,
        (true, true, false) => NodeKind.BranchWithValue,
        (true, true, true) => NodeKind.HashedValueBranch,
    };

    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }

    private int WritePrefix(int tailStart, NodeKind kind, int nibbleCount, ushort bitmap, out Span<byte> partial)
    {
        if (nibbleCount > NodeCodec.MaxPartialKeyLength)
            throw new TrieException($"partial key of {nibbleCount} nibbles exceeds the codec bound of {NodeCodec.MaxPartialKeyLength}");
        int tailLength = _length - tailStart;
        int partialBytes = (nibbleCount + 1) >> 1;
        // header: one byte plus one per 255 nibbles beyond the in-byte maximum (at most 258 for 65535 nibbles)
        Ensure(2 + nibbleCount / 255 + partialBytes + 2 + tailLength);
        int start = _length;
        Span<byte> out_ = _buffer.AsSpan();
        int o = start;

        o += NodeCodec.WriteHeader(out_[o..], kind, nibbleCount);

        partial = out_.Slice(o, partialBytes);
        o += partialBytes;
        if (kind is NodeKind.BranchWithoutValue or NodeKind.BranchWithValue or NodeKind.HashedValueBranch)
        {
            out_[o++] = (byte)bitmap;
            out_[o++] = (byte)(bitmap >> 8);
        }
        out_.Slice(tailStart, tailLength).CopyTo(out_[o..]);
        _length = o + tailLength;
        return start;
    }

    private void Ensure(int extra)
    {
        if (_buffer.Length - _length >= extra) return;
        byte[] grown = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + extra));
        _buffer.AsSpan(0, _length).CopyTo(grown);
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = grown;
    }
}
