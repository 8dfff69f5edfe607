using System.Text;
using Kusama.Core;

namespace Kusama.Trie.Tests;

public class ChildTrieTests
{
    [Fact]
    public void Parent_key_is_the_default_prefix_followed_by_the_child_key()
    {
        byte[] key = ChildTrie.ParentKey("crowdloan"u8);
        Assert.Equal(":child_storage:default:crowdloan", Encoding.ASCII.GetString(key));
        Assert.True(ChildTrie.TryGetChildKey(key, out ReadOnlySpan<byte> childKey));
        Assert.Equal("crowdloan"u8.ToArray(), childKey.ToArray());
        Assert.False(ChildTrie.TryGetChildKey(":code"u8, out _));
    }

    [Fact]
    public void The_parent_holds_the_child_root_and_drops_it_when_the_child_empties()
    {
        var child = new SortedDictionary<byte[], byte[]>(ByteArrayComparer.Instance) { [[0x01]] = [0xaa], [[0x02]] = [0xbb] };
        Hash256 childRoot = ChildTrie.CalculateRoot(child, StateVersion.V1);
        Assert.Equal(TrieRoot.Calculate(child, StateVersion.V1), childRoot);

        var parent = new Trie(new MemoryTrieNodeStore());
        parent.Insert(":code"u8, [0x00]);
        ChildTrie.SetRoot(parent, "child1"u8, childRoot);
        Assert.Equal(childRoot.ToArray(), parent.Get(ChildTrie.ParentKey("child1"u8)));
        var expected = new SortedDictionary<byte[], byte[]>(ByteArrayComparer.Instance)
        {
            [":code"u8.ToArray()] = [0x00],
            [ChildTrie.ParentKey("child1"u8)] = childRoot.ToArray(),
        };
        Assert.Equal(TrieRoot.Calculate(expected, StateVersion.V1), parent.Commit(StateVersion.V1).Root);

        ChildTrie.SetRoot(parent, "child1"u8, TrieRoot.Empty);
        Assert.Null(parent.Get(ChildTrie.ParentKey("child1"u8)));
        Assert.Null(ChildTrie.ParentValue(TrieRoot.Empty));
    }
}
