using Kusama.Trie.Codec;

namespace Kusama.Trie;

/// <summary>
/// Walks a <see cref="Trie"/>'s entries in key order from a start key, loading nodes as it goes.
/// <see cref="Key"/> and <see cref="Value"/> stay valid until the next <see cref="MoveNext"/>; changing the
/// trie invalidates the iterator.
/// </summary>
public sealed class TrieIterator
{
    private readonly Trie _trie;
    private readonly int _version;
    private Frame[] _stack = new Frame[16];
    private int _depth;
    private byte[] _path = new byte[64];
    private byte[] _key = new byte[32];
    private int _keyLength;
    private byte[]? _value;

    internal TrieIterator(Trie trie, ReadOnlySpan<byte> startKey)
    {
        _trie = trie;
        _version = trie.Version;
        if (trie.Root is not null) Seek(trie.Root, startKey);
    }

    /// <summary>The current entry's key.</summary>
    public ReadOnlySpan<byte> Key => _key.AsSpan(0, _keyLength);

    /// <summary>The current entry's value.</summary>
    public ReadOnlySpan<byte> Value => _value;

    public bool MoveNext()
    {
        if (_trie.Version != _version) throw new InvalidOperationException("the trie changed during iteration");
        while (_depth > 0)
        {
            ref Frame frame = ref _stack[_depth - 1];
            TrieNode node = frame.Node;
            int pathEnd = frame.PathStart + node.Partial.Length;
            if (!frame.ValueDone)
            {
                frame.ValueDone = true;
                if (node.HasValue)
                {
                    SetCurrent(pathEnd, node);
                    return true;
                }
            }
            TrieNode?[]? children = node.Children;
            while (children is not null && frame.NextChild < 16)
            {
                int index = frame.NextChild++;
                TrieNode? child = children[index];
                if (child is null) continue;
                EnsurePath(pathEnd + 1);
                _path[pathEnd] = (byte)index;
                Push(child, pathEnd + 1, valueDone: false, nextChild: 0);
                goto next;
            }
            _depth--;
        next:;
        }
        return false;
    }

    /// <summary>Positions the stack so that the walk starts at the first key not below <paramref name="startKey"/>.</summary>
    private void Seek(TrieNode root, ReadOnlySpan<byte> startKey)
    {
        int targetLength = 2 * startKey.Length;
        TrieNode node = root;
        int pathStart = 0;
        while (true)
        {
            _trie.Load(node);
            byte[] partial = node.Partial;
            int remaining = targetLength - pathStart;
            int compared = Math.Min(partial.Length, remaining);
            int order = 0;
            for (int i = 0; i < compared && order == 0; i++)
                order = partial[i].CompareTo(Nibbles.At(startKey, pathStart + i));

            if (order < 0) return; // the whole subtree sorts before the start key
            if (order > 0 || remaining <= partial.Length)
            {
                Push(node, pathStart, valueDone: false, nextChild: 0);
                return;
            }

            // This node's key is a strict prefix of the start key: skip its value and the children before the start key's nibble.
            byte nibble = Nibbles.At(startKey, pathStart + partial.Length);
            Push(node, pathStart, valueDone: true, nextChild: nibble + 1);
            TrieNode? child = node.Children?[nibble];
            if (child is null) return;
            int childStart = pathStart + partial.Length + 1;
            EnsurePath(childStart);
            _path[childStart - 1] = nibble;
            node = child;
            pathStart = childStart;
        }
    }

    private void Push(TrieNode node, int pathStart, bool valueDone, int nextChild)
    {
        _trie.Load(node);
        EnsurePath(pathStart + node.Partial.Length + 1);
        node.Partial.CopyTo(_path, pathStart);
        if (_depth == _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
        _stack[_depth++] = new Frame { Node = node, PathStart = pathStart, ValueDone = valueDone, NextChild = nextChild };
    }

    private void SetCurrent(int pathLength, TrieNode node)
    {
        if ((pathLength & 1) != 0) throw new TrieException("a value sits at an odd nibble depth, which no byte key can reach");
        int length = pathLength / 2;
        if (_key.Length < length) _key = new byte[Math.Max(length, 2 * _key.Length)];
        Nibbles.Pack(_path.AsSpan(0, pathLength), _key.AsSpan(0, length));
        _keyLength = length;
        _trie.LoadValue(node);
        _value = node.Value;
    }

    private void EnsurePath(int length)
    {
        if (_path.Length < length) Array.Resize(ref _path, Math.Max(length, 2 * _path.Length));
    }

    private struct Frame
    {
        public TrieNode Node;
        public int PathStart;
        public int NextChild;
        public bool ValueDone;
    }
}
