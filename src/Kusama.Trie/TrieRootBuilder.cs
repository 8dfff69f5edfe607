using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Trie.Codec;

namespace Kusama.Trie;

/// <summary>
/// Computes a trie root from key/value pairs fed in strictly ascending key order, in one pass: only the
/// path to the latest key is kept open (sp-trie <c>trie_root</c> without building the trie).
/// </summary>
/// <remarks>
/// The trie's nodes sit where keys end and where adjacent keys diverge, so when a key arrives every open
/// node deeper than its common prefix with the previous key is complete and can be encoded.
/// </remarks>
public sealed class TrieRootBuilder : IDisposable
{
    /// <summary>Longest key the codec can hold: a leaf under the root carries all its nibbles (65535 at most).</summary>
    public const int MaxKeyLength = NodeCodec.MaxPartialKeyLength / 2;

    private readonly StateVersion _version;
    private readonly NodeEncoder _encoder = new();
    private OpenNode[] _stack = new OpenNode[16];
    private int _depth;
    private byte[] _previousKey = new byte[64];
    private int _previousKeyLength;
    private bool _any;

    public TrieRootBuilder(StateVersion version)
    {
        _version = version;
    }

    /// <summary>Adds the next pair; its key must be greater than the previous one.</summary>
    public void Add(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        if (key.Length > MaxKeyLength)
            throw new ArgumentException($"trie keys are limited to {MaxKeyLength} bytes, got {key.Length}", nameof(key));
        if (_any)
        {
            ReadOnlySpan<byte> previous = _previousKey.AsSpan(0, _previousKeyLength);
            if (key.SequenceCompareTo(previous) <= 0)
                throw new ArgumentException("keys must be added in strictly ascending order", nameof(key));
            CloseDeeperThan(Nibbles.CommonPrefix(previous, key));
        }

        if (_depth == _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
        int tailStart = _encoder.Length;
        Span<byte> valueHash = stackalloc byte[NodeCodec.HashLength];
        bool hashed = _encoder.WriteValue(value, _version, valueHash);
        _stack[_depth++] = new OpenNode(2 * key.Length, tailStart, hashed ? ValueState.Hashed : ValueState.Inline);

        if (_previousKey.Length < key.Length) _previousKey = new byte[Math.Max(key.Length, 2 * _previousKey.Length)];
        key.CopyTo(_previousKey);
        _previousKeyLength = key.Length;
        _any = true;
    }

    /// <summary>The root of everything added: blake2-256 of the root node's encoding.</summary>
    public Hash256 Finish()
    {
        if (!_any) return TrieRoot.Empty;
        ReadOnlySpan<byte> key = _previousKey.AsSpan(0, _previousKeyLength);
        Span<byte> hash = stackalloc byte[NodeCodec.HashLength];
        while (_depth > 1)
        {
            OpenNode node = _stack[--_depth];
            ref OpenNode parent = ref _stack[_depth - 1];
            EncodeAsChild(node, parent.PathLength + 1, key, hash);
            parent.Bitmap |= (ushort)(1 << Nibbles.At(key, parent.PathLength));
        }

        OpenNode root = _stack[--_depth];
        int start = Compose(root, 0, key);
        Hash256 result = Blake2b.Hash256(_encoder.From(start));
        _encoder.Truncate(0);
        _any = false;
        return result;
    }

    public void Dispose() => _encoder.Dispose();

    private void CloseDeeperThan(int commonLength)
    {
        ReadOnlySpan<byte> key = _previousKey.AsSpan(0, _previousKeyLength);
        Span<byte> hash = stackalloc byte[NodeCodec.HashLength];
        while (_depth > 0 && _stack[_depth - 1].PathLength > commonLength)
        {
            OpenNode node = _stack[--_depth];
            bool parentOpen = _depth > 0 && _stack[_depth - 1].PathLength >= commonLength;
            int parentLength = parentOpen ? _stack[_depth - 1].PathLength : commonLength;
            EncodeAsChild(node, parentLength + 1, key, hash);
            ushort bit = (ushort)(1 << Nibbles.At(key, parentLength));
            if (parentOpen)
            {
                _stack[_depth - 1].Bitmap |= bit;
            }
            else
            {
                // The keys diverge where no node exists yet: open a value-less branch there, whose first child
                // reference is the one just written at the top of the buffer.
                _stack[_depth++] = new OpenNode(commonLength, node.TailStart, ValueState.None) { Bitmap = bit };
            }
        }
    }

    private void EncodeAsChild(in OpenNode node, int partialStart, ReadOnlySpan<byte> key, Span<byte> hash)
    {
        int start = Compose(node, partialStart, key);
        _encoder.CollapseToReference(node.TailStart, start, hash);
    }

    private int Compose(in OpenNode node, int partialStart, ReadOnlySpan<byte> key)
    {
        NodeKind kind = NodeEncoder.KindOf(node.Bitmap != 0, node.Value != ValueState.None, node.Value == ValueState.Hashed);
        return _encoder.Compose(node.TailStart, kind, key, partialStart, node.PathLength - partialStart, node.Bitmap);
    }

    private enum ValueState : byte
    {
        None,
        Inline,
        Hashed,
    }

    /// <summary>A node on the open path: its full path length in nibbles and where its tail starts in the encoder.</summary>
    private struct OpenNode(int pathLength, int tailStart, ValueState value)
    {
        public readonly int PathLength = pathLength;
        public readonly int TailStart = tailStart;
        public readonly ValueState Value = value;
        public ushort Bitmap;
    }
}
