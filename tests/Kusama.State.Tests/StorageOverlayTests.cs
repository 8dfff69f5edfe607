using Kusama.Core;
using Kusama.Db.Memory;
using Kusama.Trie;

namespace Kusama.State.Tests;

public class StorageOverlayTests
{
    private static byte[] K(string text) => System.Text.Encoding.ASCII.GetBytes(text);

    /// <summary>A committed backend state holding the given top entries and one child trie "kids".</summary>
    private static (MemoryKeyValueStore Store, StateDb Db, StateView View) Backend(params string[] keys)
    {
        var store = new MemoryKeyValueStore();
        var db = new StateDb(store);
        var top = keys.Select(k => new KeyValuePair<byte[], byte[]?>(K(k), K("b:" + k))).OrderBy(e => e.Key, ByteArrayComparer.Instance).ToList();
        IReadOnlyList<KeyValuePair<byte[], byte[]?>> child = [new(K("x1"), K("c1")), new(K("x2"), K("c2")), new(K("y1"), K("c3"))];
        var changes = new StateChanges(top, [new(K("kids"), child)]);
        using StateCommit commit = db.CommitBlock(Hash256.Zero, Hash256.Zero, 0, TrieRoot.Empty, changes, StateVersion.V1);
        store.Write(commit.Batch);
        return (store, db, db.GetState(Hash256.Zero));
    }

    [Fact]
    public void Reads_fall_through_to_the_backend_until_overwritten_or_deleted()
    {
        var (store, _, view) = Backend("a", "b");
        using var _s = store;
        using var _v = view;
        var overlay = new StorageOverlay(view);
        Assert.Equal(K("b:a"), overlay.Get(K("a")));
        overlay.Set(K("a"), K("new"));
        overlay.Delete(K("b"));
        Assert.Equal(K("new"), overlay.Get(K("a")));
        Assert.Null(overlay.Get(K("b")));
        Assert.False(overlay.Exists(K("b")));
        Assert.Equal(K("c2"), overlay.GetChild(K("kids"), K("x2")));
    }

    [Fact]
    public void Nested_transactions_commit_into_and_roll_back_to_exactly_their_parent_layer()
    {
        var (store, _, view) = Backend("a");
        using var _s = store;
        using var _v = view;
        var overlay = new StorageOverlay(view);
        overlay.Set(K("k"), K("0"));
        overlay.StartTransaction();
        overlay.Set(K("k"), K("1"));
        overlay.StartTransaction();
        overlay.Set(K("k"), K("2"));
        overlay.Set(K("fresh"), K("2"));
        overlay.Delete(K("a"));
        overlay.StartTransaction();
        overlay.Set(K("k"), K("3"));
        overlay.RollbackTransaction();
        Assert.Equal(K("2"), overlay.Get(K("k")));
        overlay.CommitTransaction();
        Assert.Equal(2 - 1, overlay.TransactionDepth);
        Assert.Equal(K("2"), overlay.Get(K("k")));
        Assert.Null(overlay.Get(K("a")));
        overlay.RollbackTransaction();
        Assert.Equal(K("0"), overlay.Get(K("k")));
        Assert.Null(overlay.Get(K("fresh")));
        Assert.Equal(K("b:a"), overlay.Get(K("a")));
        Assert.Equal(0, overlay.TransactionDepth);
        Assert.Throws<InvalidOperationException>(overlay.RollbackTransaction);
        Assert.Throws<InvalidOperationException>(overlay.CommitTransaction);
    }

    [Fact]
    public void Clear_prefix_inside_a_transaction_is_undone_by_rollback()
    {
        var (store, _, view) = Backend("pa", "pb", "pc", "q");
        using var _s = store;
        using var _v = view;
        var overlay = new StorageOverlay(view);
        overlay.Set(K("pz"), K("overlay"));
        overlay.StartTransaction();
        overlay.Set(K("pd"), K("inside"));
        MultiRemovalResults result = overlay.ClearPrefix(K("p"));
        Assert.True(result.Complete);
        Assert.Equal(3u, result.Backend);
        Assert.Equal(5u, result.Unique);
        foreach (string key in new[] { "pa", "pb", "pc", "pd", "pz" }) Assert.Null(overlay.Get(K(key)));
        Assert.Equal(K("q"), overlay.NextKey(K("p")));
        overlay.RollbackTransaction();
        Assert.Equal(K("b:pa"), overlay.Get(K("pa")));
        Assert.Equal(K("overlay"), overlay.Get(K("pz")));
        Assert.Null(overlay.Get(K("pd")));
    }

    [Fact]
    public void Clear_prefix_with_a_limit_removes_that_many_backend_keys_and_returns_a_cursor()
    {
        var (store, _, view) = Backend("pa", "pb", "pc", "q");
        using var _s = store;
        using var _v = view;
        var overlay = new StorageOverlay(view);
        MultiRemovalResults first = overlay.ClearPrefix(K("p"), 2);
        Assert.False(first.Complete);
        Assert.Equal(K("pc"), first.Cursor);
        Assert.Equal(2u, first.Loops);
        Assert.Null(overlay.Get(K("pa")));
        Assert.Equal(K("b:pc"), overlay.Get(K("pc")));
        MultiRemovalResults second = overlay.ClearPrefix(K("p"), 2, first.Cursor);
        Assert.True(second.Complete);
        Assert.Equal(1u, second.Backend);
        Assert.Null(overlay.Get(K("pc")));
    }

    [Fact]
    public void Next_key_merges_overlay_and_backend_skipping_deletions()
    {
        var (store, _, view) = Backend("a", "c", "e");
        using var _s = store;
        using var _v = view;
        var overlay = new StorageOverlay(view);
        overlay.Set(K("b"), K("1"));
        overlay.Delete(K("c"));
        overlay.Delete(K("d"));
        Assert.Equal(K("b"), overlay.NextKey(K("a")));
        Assert.Equal(K("e"), overlay.NextKey(K("b")));
        Assert.Equal(K("a"), overlay.NextKey(K(";")));
        Assert.Null(overlay.NextKey(K("e")));
        overlay.DeleteChild(K("kids"), K("x2"));
        Assert.Equal(K("y1"), overlay.NextChildKey(K("kids"), K("x1")));
    }

    [Fact]
    public void Drain_yields_the_sorted_change_set_that_commits_to_the_state_the_overlay_showed()
    {
        var (store, db, view) = Backend("a", "b", "c");
        using var _s = store;
        var overlay = new StorageOverlay(view);
        overlay.Set(K("z"), K("1"));
        overlay.Set(K("m"), K("2"));
        overlay.Delete(K("b"));
        overlay.SetChild(K("kids"), K("x9"), K("c9"));
        overlay.KillChild(K("other"));
        overlay.StartTransaction();
        overlay.Set(K("gone"), K("x"));
        Assert.Throws<InvalidOperationException>(() => overlay.Drain());
        overlay.RollbackTransaction();

        StateChanges changes = overlay.Drain();
        Assert.Equal(["b", "m", "z"], changes.Top.Select(e => System.Text.Encoding.ASCII.GetString(e.Key)));
        Assert.Null(changes.Top[0].Value);
        Assert.Single(changes.Children);

        Hash256 block = StateModel.BlockHash(1, 0);
        using StateCommit commit = db.CommitBlock(block, Hash256.Zero, 1, view.StateRoot, changes, StateVersion.V1);
        store.Write(commit.Batch);
        view.Dispose();
        using StateView after = db.GetState(block);
        Assert.Equal(K("2"), after.Get(K("m")));
        Assert.Null(after.Get(K("b")));
        Assert.Equal(K("c9"), after.GetChild(K("kids"), K("x9")));
        Assert.Equal(K("c1"), after.GetChild(K("kids"), K("x1")));
        Assert.Null(after.Get(K("gone")));
    }

    [Fact]
    public void Random_operations_with_transactions_match_a_copy_on_write_model()
    {
        var (store, _, view) = Backend("k00", "k05", "k10");
        using var _s = store;
        using var _v = view;
        var overlay = new StorageOverlay(view);
        var random = new Random(11);
        var stack = new Stack<SortedDictionary<string, string>>();
        var model = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["k00"] = "b:k00", ["k05"] = "b:k05", ["k10"] = "b:k10" };
        for (int step = 0; step < 3000; step++)
        {
            string key = "k" + random.Next(20).ToString("D2");
            switch (random.Next(10))
            {
                case 0:
                    overlay.StartTransaction();
                    stack.Push(new SortedDictionary<string, string>(model, StringComparer.Ordinal));
                    break;
                case 1 when stack.Count > 0:
                    overlay.CommitTransaction();
                    stack.Pop();
                    break;
                case 2 when stack.Count > 0:
                    overlay.RollbackTransaction();
                    model = stack.Pop();
                    break;
                case 3:
                    overlay.Delete(K(key));
                    model.Remove(key);
                    break;
                case 4:
                    string prefix = key[..2];
                    overlay.ClearPrefix(K(prefix));
                    foreach (string k in model.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList()) model.Remove(k);
                    break;
                default:
                    string value = step.ToString();
                    overlay.Set(K(key), K(value));
                    model[key] = value;
                    break;
            }
            Assert.Equal(model.TryGetValue(key, out string? expected) ? K(expected) : null, overlay.Get(K(key)));
            string? next = model.Keys.FirstOrDefault(k => string.CompareOrdinal(k, key) > 0);
            Assert.Equal(next is null ? null : K(next), overlay.NextKey(K(key)));
        }
    }
}
