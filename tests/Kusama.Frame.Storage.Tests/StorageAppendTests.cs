using Kusama.Frame.Storage;
using Kusama.State;

namespace Kusama.Frame.Storage.Tests;

/// <summary>
/// The overlay's in-place <c>Append</c> must be indistinguishable from reading, re-encoding and writing the whole vector
/// (sp-io <c>storage::append</c>), through nested transactions, rollbacks, deletes, plain sets and reads.
/// </summary>
public class StorageAppendTests
{
    private static readonly byte[][] Keys = [[1], [2], [3, 3]];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void In_place_append_matches_append_by_rewrite_under_random_transactions(int seed)
    {
        var random = new Random(seed);
        var backend = new MemoryState();
        backend.Put(Keys[0], [0x04, 0xaa]);   // an existing one-item vector
        backend.Put(Keys[2], [0xff]);         // not a valid compact count: append starts a new vector
        var fastOverlay = new StorageOverlay(backend);
        var slowOverlay = new StorageOverlay(backend);
        IStorage fast = new OverlayStorage(fastOverlay);
        IStorage slow = new RewriteOnly(new OverlayStorage(slowOverlay));

        for (int step = 0; step < 3_000; step++)
        {
            byte[] key = Keys[random.Next(Keys.Length)];
            switch (random.Next(9))
            {
                case <= 3:
                    byte[] item = new byte[random.Next(1, 5)];
                    random.NextBytes(item);
                    fast.Append(key, item);
                    slow.Append(key, item);
                    break;
                case 4:
                    fast.Delete(key);
                    slow.Delete(key);
                    break;
                case 5:
                    byte[] value = [0x08, 1, 2];
                    fast.Set(key, value);
                    slow.Set(key, value);
                    break;
                case 6:
                    fast.StartTransaction();
                    slow.StartTransaction();
                    break;
                case 7 when fast.TransactionDepth > 0:
                    fast.RollbackTransaction();
                    slow.RollbackTransaction();
                    break;
                case 8 when fast.TransactionDepth > 0:
                    fast.CommitTransaction();
                    slow.CommitTransaction();
                    break;
            }
            foreach (byte[] k in Keys) Assert.Equal(slow.Get(k), fast.Get(k));
        }
        while (fast.TransactionDepth > 0)
        {
            fast.CommitTransaction();
            slow.CommitTransaction();
        }
        StateChanges expected = slowOverlay.Drain();
        StateChanges actual = fastOverlay.Drain();
        Assert.Equal(expected.Top.Select(e => (e.Key, e.Value)), actual.Top.Select(e => (e.Key, e.Value)));
    }

    /// <summary>An IStorage without its own Append, so appends take the interface's read-and-rewrite default.</summary>
    private sealed class RewriteOnly(IStorage inner) : IStorage
    {
        public byte[]? Get(ReadOnlySpan<byte> key) => inner.Get(key);

        public bool Exists(ReadOnlySpan<byte> key) => inner.Exists(key);

        public void Set(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => inner.Set(key, value);

        public void Delete(ReadOnlySpan<byte> key) => inner.Delete(key);

        public byte[]? NextKey(ReadOnlySpan<byte> key) => inner.NextKey(key);

        public MultiRemovalResults ClearPrefix(ReadOnlySpan<byte> prefix, uint? limit = null, byte[]? cursor = null) => inner.ClearPrefix(prefix, limit, cursor);

        public int TransactionDepth => inner.TransactionDepth;

        public void StartTransaction() => inner.StartTransaction();

        public void CommitTransaction() => inner.CommitTransaction();

        public void RollbackTransaction() => inner.RollbackTransaction();
    }
}
