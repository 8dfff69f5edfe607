using Kusama.Core;

namespace Kusama.Trie.Tests;

public class MutableTrieTests
{
    [Theory]
    [MemberData(nameof(TrieVectors.Names), MemberType = typeof(TrieVectors))]
    public void Inserting_a_vector_and_committing_gives_its_root(string name)
    {
        TrieVector vector = TrieVectors.Get(name);
        var trie = new Trie(new MemoryTrieNodeStore());
        foreach (KeyValuePair<byte[], byte[]> entry in vector.Entries) trie.Insert(entry.Key, entry.Value);
        Assert.Equal(vector.Root, trie.Commit(vector.Version).Root);
    }

    [Theory]
    [InlineData(StateVersion.V0, 1)]
    [InlineData(StateVersion.V1, 2)]
    [InlineData(StateVersion.V0, 3)]
    [InlineData(StateVersion.V1, 4)]
    public void Random_edits_over_several_commits_match_the_streaming_root_and_a_fresh_store(StateVersion version, int seed)
    {
        var random = new Random(seed);
        var store = new MemoryTrieNodeStore();
        var model = new SortedDictionary<byte[], byte[]>(ByteArrayComparer.Instance);
        Hash256 root = TrieRoot.Empty;

        for (int round = 0; round < 6; round++)
        {
            // Reopen from the store each round so edits run against stubs loaded on demand.
            var trie = new Trie(store, root);
            for (int op = 0; op < 300; op++)
            {
                int kind = random.Next(10);
                if (kind < 6 || model.Count == 0)
                {
                    byte[] key = RandomKey(random);
                    byte[] value = RandomValue(random);
                    trie.Insert(key, value);
                    model[key] = value;
                }
                else if (kind < 8)
                {
                    byte[] key = PickKey(random, model);
                    byte[] value = RandomValue(random);
                    trie.Insert(key, value);
                    model[key] = value;
                }
                else if (kind < 9)
                {
                    byte[] key = random.Next(4) == 0 ? RandomKey(random) : PickKey(random, model);
                    Assert.Equal(model.Remove(key), trie.Remove(key));
                }
                else
                {
                    byte[] picked = PickKey(random, model);
                    byte[] prefix = picked[..Math.Min(picked.Length, random.Next(0, 3))];
                    if (prefix.Length == 0) prefix = [(byte)random.Next(4)];
                    int expected = 0;
                    foreach (byte[] key in model.Keys.ToList())
                    {
                        if (!key.AsSpan().StartsWith(prefix)) continue;
                        model.Remove(key);
                        expected++;
                    }
                    Assert.Equal((expected, true), trie.RemovePrefix(prefix));
                }
            }

            TrieCommit commit = trie.Commit(version);
            Assert.Equal(TrieRoot.Calculate(model, version), commit.Root);
            store.Apply(commit);
            root = commit.Root;

            // Pruned incrementally, the store must hold exactly the nodes of the same set built from scratch.
            var fresh = new MemoryTrieNodeStore();
            var rebuilt = new Trie(fresh);
            foreach (KeyValuePair<byte[], byte[]> entry in model) rebuilt.Insert(entry.Key, entry.Value);
            fresh.Apply(rebuilt.Commit(version));
            Assert.Equal(fresh.Hashes.OrderBy(h => h).ToArray(), store.Hashes.OrderBy(h => h).ToArray());
            foreach (Hash256 hash in fresh.Hashes)
                Assert.Equal(fresh.ReferenceCount(hash), store.ReferenceCount(hash));
        }

        var reopened = new Trie(store, root);
        foreach (KeyValuePair<byte[], byte[]> entry in model)
            Assert.Equal(entry.Value, reopened.Get(entry.Key));
    }

    [Fact]
    public void Iteration_and_next_key_follow_byte_order_from_any_start()
    {
        var random = new Random(7);
        var store = new MemoryTrieNodeStore();
        var trie = new Trie(store);
        var model = new SortedDictionary<byte[], byte[]>(ByteArrayComparer.Instance);
        for (int i = 0; i < 500; i++)
        {
            byte[] key = RandomKey(random);
            trie.Insert(key, key);
            model[key] = key;
        }
        trie.Insert([], [0x01]); // the empty key sorts first
        model[[]] = [0x01];
        TrieCommit commit = trie.Commit(StateVersion.V1);
        store.Apply(commit);
        var reopened = new Trie(store, commit.Root);

        var all = new List<byte[]>();
        TrieIterator iterator = reopened.Iterate();
        while (iterator.MoveNext())
        {
            all.Add(iterator.Key.ToArray());
            Assert.Equal(model[iterator.Key.ToArray()], iterator.Value.ToArray());
        }
        Assert.Equal(model.Keys.ToList(), all);

        var keys = model.Keys.ToList();
        for (int i = 0; i < 300; i++)
        {
            byte[] probe = i % 2 == 0 ? RandomKey(random) : keys[random.Next(keys.Count)];
            byte[]? expectedNext = keys.FirstOrDefault(k => ByteArrayComparer.Instance.Compare(k, probe) > 0);
            Assert.Equal(expectedNext, reopened.NextKey(probe));

            TrieIterator from = reopened.Iterate(probe);
            byte[]? expectedFirst = keys.FirstOrDefault(k => ByteArrayComparer.Instance.Compare(k, probe) >= 0);
            Assert.Equal(expectedFirst is not null, from.MoveNext());
            if (expectedFirst is not null) Assert.Equal(expectedFirst, from.Key.ToArray());
        }
        Assert.Null(reopened.NextKey([0xff, 0xff, 0xff, 0xff]));
    }

    [Fact]
    public void Next_key_sees_uncommitted_changes()
    {
        var trie = new Trie(new MemoryTrieNodeStore());
        trie.Insert([0x01], [1]);
        trie.Insert([0x01, 0x02], [2]);
        trie.Insert([0x03], [3]);
        Assert.Equal([0x01, 0x02], trie.NextKey([0x01]));
        Assert.Equal([0x03], trie.NextKey([0x01, 0x02]));
        trie.Remove([0x01, 0x02]);
        Assert.Equal([0x03], trie.NextKey([0x01]));
        Assert.Equal([0x01], trie.NextKey([]));
    }

    [Fact]
    public void Changing_the_trie_invalidates_a_live_iterator()
    {
        var trie = new Trie(new MemoryTrieNodeStore());
        trie.Insert([0x01], [1]);
        trie.Insert([0x02], [2]);
        TrieIterator iterator = trie.Iterate();
        Assert.True(iterator.MoveNext());
        trie.Insert([0x03], [3]);
        Assert.Throws<InvalidOperationException>(() => iterator.MoveNext());
    }

    [Fact]
    public void Remove_prefix_with_a_limit_removes_keys_in_order_and_reports_completion()
    {
        var trie = new Trie(new MemoryTrieNodeStore());
        for (byte i = 0; i < 10; i++) trie.Insert([0xaa, i], [i]);
        trie.Insert([0xab], [0xff]);

        Assert.Equal((4, false), trie.RemovePrefix([0xaa], 4));
        Assert.Null(trie.Get([0xaa, 3]));
        Assert.Equal([4], trie.Get([0xaa, 4]));
        Assert.Equal((6, true), trie.RemovePrefix([0xaa], 6));
        Assert.Equal((0, true), trie.RemovePrefix([0xaa], 6));
        Assert.Equal([0xff], trie.Get([0xab]));
        Assert.Equal(TrieRoot.Calculate([new([0xab], [0xff])], StateVersion.V1), trie.Commit(StateVersion.V1).Root);
    }

    [Fact]
    public void Removing_every_key_returns_the_empty_root_and_releases_every_node()
    {
        var store = new MemoryTrieNodeStore();
        var trie = new Trie(store);
        var random = new Random(11);
        var keys = new List<byte[]>();
        for (int i = 0; i < 200; i++)
        {
            byte[] key = RandomKey(random);
            keys.Add(key);
            trie.Insert(key, RandomValue(random));
        }
        TrieCommit first = trie.Commit(StateVersion.V1);
        store.Apply(first);
        Assert.True(store.Count > 0);

        var reopened = new Trie(store, first.Root);
        foreach (byte[] key in keys) reopened.Remove(key);
        TrieCommit second = reopened.Commit(StateVersion.V1);
        store.Apply(second);
        Assert.Equal(TrieRoot.Empty, second.Root);
        Assert.Empty(second.NewNodes);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void An_old_root_stays_readable_when_obsolete_nodes_are_kept()
    {
        var store = new MemoryTrieNodeStore();
        var trie = new Trie(store);
        trie.Insert("alpha"u8, "one"u8);
        trie.Insert("beta"u8, "two"u8);
        TrieCommit first = trie.Commit(StateVersion.V1);
        store.Apply(first, pruneObsolete: false);

        trie.Insert("alpha"u8, "uno"u8);
        TrieCommit second = trie.Commit(StateVersion.V1);
        Assert.NotEmpty(second.ObsoleteNodes);
        store.Apply(second, pruneObsolete: false);

        Assert.Equal("one"u8.ToArray(), new Trie(store, first.Root).Get("alpha"u8));
        Assert.Equal("uno"u8.ToArray(), new Trie(store, second.Root).Get("alpha"u8));
    }

    [Fact]
    public void Committing_without_changes_writes_nothing()
    {
        var store = new MemoryTrieNodeStore();
        var trie = new Trie(store);
        trie.Insert([1, 2, 3], [4]);
        TrieCommit first = trie.Commit(StateVersion.V1);
        store.Apply(first);
        Assert.False(trie.HasUncommittedChanges);
        TrieCommit again = trie.Commit(StateVersion.V1);
        Assert.Equal(first.Root, again.Root);
        Assert.Empty(again.NewNodes);
        Assert.Empty(again.ObsoleteNodes);
    }

    [Fact]
    public void Rewriting_an_identical_value_under_v0_costs_the_store_nothing()
    {
        var store = new MemoryTrieNodeStore();
        var trie = new Trie(store);
        trie.Insert([0x10], [1]);
        trie.Insert([0x20], [2]);
        TrieCommit first = trie.Commit(StateVersion.V0);
        store.Apply(first);
        var reopened = new Trie(store, first.Root);
        reopened.Insert([0x10], [1]);
        TrieCommit second = reopened.Commit(StateVersion.V0);
        Assert.Equal(first.Root, second.Root);
        Assert.Empty(second.NewNodes);
        Assert.Empty(second.ObsoleteNodes);
    }

    [Fact]
    public void Values_written_under_v0_keep_their_inline_encoding_until_rewritten()
    {
        byte[] big = Enumerable.Repeat((byte)0x5a, 40).ToArray();
        var store = new MemoryTrieNodeStore();
        var trie = new Trie(store);
        trie.Insert([0x01, 0x01], big);
        TrieCommit v0 = trie.Commit(StateVersion.V0);
        store.Apply(v0);

        // A V1 commit that only adds a short value leaves the 40-byte value inline.
        var next = new Trie(store, v0.Root);
        next.Insert([0x01, 0x02], [0x07]);
        var both = new SortedDictionary<byte[], byte[]>(ByteArrayComparer.Instance) { [[0x01, 0x01]] = big, [[0x01, 0x02]] = [0x07] };
        TrieCommit mixed = next.Commit(StateVersion.V1);
        Assert.Equal(TrieRoot.Calculate(both, StateVersion.V0), mixed.Root);
        store.Apply(mixed);

        // Writing the same bytes again migrates it: now the root is the V1 root.
        var migrate = new Trie(store, mixed.Root);
        migrate.Insert([0x01, 0x01], big);
        TrieCommit migrated = migrate.Commit(StateVersion.V1);
        Assert.Equal(TrieRoot.Calculate(both, StateVersion.V1), migrated.Root);
        Assert.NotEqual(mixed.Root, migrated.Root);
        Assert.Contains(migrated.NewNodes, n => n.Value.AsSpan().SequenceEqual(big));
    }

    [Fact]
    public void Empty_values_are_stored_and_distinct_from_absence()
    {
        var trie = new Trie(new MemoryTrieNodeStore());
        trie.Insert([0x42], []);
        Assert.True(trie.ContainsKey([0x42]));
        Assert.Equal(Array.Empty<byte>(), trie.Get([0x42]));
        Assert.Null(trie.Get([0x43]));
        Assert.Equal(TrieRoot.Calculate([new([0x42], [])], StateVersion.V1), trie.Commit(StateVersion.V1).Root);
    }

    [Fact]
    public void A_missing_node_is_a_trie_exception()
    {
        var store = new MemoryTrieNodeStore();
        var trie = new Trie(store);
        trie.Insert([0x01], Enumerable.Repeat((byte)1, 40).ToArray());
        trie.Insert([0x02], [2]);
        Hash256 root = trie.Commit(StateVersion.V1).Root; // not applied to the store
        var ex = Assert.Throws<TrieException>(() => new Trie(store, root).Get([0x01]));
        Assert.Contains("missing", ex.Message);
    }

    [Fact]
    public void Keys_longer_than_the_codec_bound_are_rejected()
    {
        var trie = new Trie(new MemoryTrieNodeStore());
        Assert.Throws<ArgumentException>(() => trie.Insert(new byte[Trie.MaxKeyLength + 1], [1]));
    }

    internal static byte[] RandomKey(Random random)
    {
        // Short keys over a small alphabet force shared prefixes, keys that prefix others and deep branches.
        var key = new byte[random.Next(0, 6)];
        for (int i = 0; i < key.Length; i++) key[i] = (byte)(random.Next(4) * 0x11 + (random.Next(3) == 0 ? 1 : 0));
        return key;
    }

    internal static byte[] RandomValue(Random random)
    {
        // Around the V1 threshold of 33 bytes, plus the occasional empty value.
        var value = new byte[random.Next(3) switch { 0 => random.Next(0, 4), 1 => random.Next(30, 36), _ => random.Next(1, 80) }];
        random.NextBytes(value);
        return value;
    }

    private static byte[] PickKey(Random random, SortedDictionary<byte[], byte[]> model)
    {
        if (model.Count == 0) return RandomKey(random);
        return model.Keys.ElementAt(random.Next(model.Count));
    }
}
