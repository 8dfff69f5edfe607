using System.Buffers.Binary;
using Kusama.Db;

namespace Kusama.Db.Tests;

/// <summary>The behaviour every <see cref="IKeyValueStore"/> must share; each implementation runs it through a subclass.</summary>
public abstract class KeyValueStoreContractTests : IDisposable
{
    private readonly List<IDisposable> _opened = [];

    /// <summary>A new, empty store owned by the test.</summary>
    protected abstract IKeyValueStore CreateStore();

    protected IKeyValueStore NewStore()
    {
        var store = CreateStore();
        _opened.Add(store);
        return store;
    }

    public virtual void Dispose()
    {
        foreach (var store in _opened)
            store.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static byte[] B(params byte[] bytes) => bytes;

    protected static List<(byte[] Key, byte[] Value)> ReadAll(IKeyValueIterator iterator)
    {
        var entries = new List<(byte[], byte[])>();
        using (iterator)
        {
            while (iterator.MoveNext())
                entries.Add((iterator.Key.ToArray(), iterator.Value.ToArray()));
        }
        return entries;
    }

    protected static List<string> Keys(IKeyValueIterator iterator)
    {
        var keys = new List<string>();
        foreach (var (key, _) in ReadAll(iterator))
            keys.Add(Convert.ToHexString(key));
        return keys;
    }

    [Fact]
    public void Put_then_every_read_returns_the_value()
    {
        var store = NewStore();
        store.Put(DbColumn.Headers, B(1, 2, 3), B(9, 8, 7, 6));

        Assert.Equal(B(9, 8, 7, 6), store.Get(DbColumn.Headers, B(1, 2, 3)));
        Assert.True(store.TryGet(DbColumn.Headers, B(1, 2, 3), out var value));
        Assert.Equal(B(9, 8, 7, 6), value);
        Assert.True(store.Contains(DbColumn.Headers, B(1, 2, 3)));
        Span<byte> buffer = stackalloc byte[8];
        Assert.Equal(4, store.Get(DbColumn.Headers, B(1, 2, 3), buffer));
        Assert.Equal(B(9, 8, 7, 6), buffer[..4].ToArray());
    }

    [Fact]
    public void Reads_of_an_absent_key_report_it_missing()
    {
        var store = NewStore();
        store.Put(DbColumn.Headers, B(1), B(1));

        Assert.Null(store.Get(DbColumn.Headers, B(2)));
        Assert.False(store.TryGet(DbColumn.Headers, B(2), out var value));
        Assert.Null(value);
        Assert.False(store.Contains(DbColumn.Headers, B(2)));
        Assert.Equal(-1, store.Get(DbColumn.Headers, B(2), new byte[4]));
    }

    [Fact]
    public void Get_into_a_too_small_buffer_returns_the_length_and_copies_nothing()
    {
        var store = NewStore();
        store.Put(DbColumn.Bodies, B(7), B(1, 2, 3, 4, 5));
        var buffer = new byte[3];

        Assert.Equal(5, store.Get(DbColumn.Bodies, B(7), buffer));
        Assert.Equal(new byte[3], buffer);
    }

    [Fact]
    public void An_empty_value_is_present_and_an_empty_key_is_a_key()
    {
        var store = NewStore();
        store.Put(DbColumn.Aux, B(5), []);
        store.Put(DbColumn.Aux, [], B(42));

        Assert.Equal(Array.Empty<byte>(), store.Get(DbColumn.Aux, B(5)));
        Assert.True(store.Contains(DbColumn.Aux, B(5)));
        Assert.Equal(0, store.Get(DbColumn.Aux, B(5), Span<byte>.Empty));
        Assert.Equal(B(42), store.Get(DbColumn.Aux, []));
        Assert.Equal(["", "05"], Keys(store.Iterate(DbColumn.Aux)));
    }

    [Fact]
    public void Put_replaces_and_Delete_removes()
    {
        var store = NewStore();
        store.Put(DbColumn.StateFlat, B(1), B(1));
        store.Put(DbColumn.StateFlat, B(1), B(2, 2));
        Assert.Equal(B(2, 2), store.Get(DbColumn.StateFlat, B(1)));

        store.Delete(DbColumn.StateFlat, B(1));
        store.Delete(DbColumn.StateFlat, B(9)); // absent: not an error
        Assert.Null(store.Get(DbColumn.StateFlat, B(1)));
    }

    [Fact]
    public void Columns_are_separate_key_spaces()
    {
        var store = NewStore();
        store.Put(DbColumn.Headers, B(1), B(10));
        store.Put(DbColumn.Bodies, B(1), B(20));
        store.Delete(DbColumn.Justifications, B(1));

        Assert.Equal(B(10), store.Get(DbColumn.Headers, B(1)));
        Assert.Equal(B(20), store.Get(DbColumn.Bodies, B(1)));
        Assert.Null(store.Get(DbColumn.StateNodes, B(1)));
    }

    [Fact]
    public void Returned_arrays_are_copies_the_store_does_not_share()
    {
        var store = NewStore();
        var value = B(1, 2, 3);
        store.Put(DbColumn.Headers, B(1), value);
        value[0] = 99;
        store.Get(DbColumn.Headers, B(1))![1] = 99;

        Assert.Equal(B(1, 2, 3), store.Get(DbColumn.Headers, B(1)));
    }

    [Fact]
    public void A_new_store_records_the_current_schema_version()
    {
        var store = NewStore();

        var stored = store.Get(DbColumn.Meta, DbSchema.VersionKey);

        Assert.NotNull(stored);
        Assert.Equal(DbSchema.CurrentVersion, BinaryPrimitives.ReadUInt32LittleEndian(stored));
    }

    [Fact]
    public void A_batch_changes_nothing_until_written()
    {
        var store = NewStore();
        store.Put(DbColumn.Headers, B(3), B(3));
        using var batch = store.CreateWriteBatch();
        batch.Put(DbColumn.Headers, B(1), B(1));
        batch.Put(DbColumn.Bodies, B(2), B(2));
        batch.Delete(DbColumn.Headers, B(3));

        Assert.Equal(3, batch.Count);
        Assert.Null(store.Get(DbColumn.Headers, B(1)));
        Assert.NotNull(store.Get(DbColumn.Headers, B(3)));

        store.Write(batch);

        Assert.Equal(B(1), store.Get(DbColumn.Headers, B(1)));
        Assert.Equal(B(2), store.Get(DbColumn.Bodies, B(2)));
        Assert.Null(store.Get(DbColumn.Headers, B(3)));
    }

    [Fact]
    public void A_batch_applies_its_operations_in_order()
    {
        var store = NewStore();
        using var batch = store.CreateWriteBatch();
        batch.Put(DbColumn.Aux, B(1), B(1));
        batch.Delete(DbColumn.Aux, B(1));
        batch.Delete(DbColumn.Aux, B(2));
        batch.Put(DbColumn.Aux, B(2), B(2));
        batch.Put(DbColumn.Aux, B(3), B(3));
        batch.Put(DbColumn.Aux, B(3), B(4));
        batch.Put(DbColumn.Aux, B(5), B(5));
        batch.DeleteRange(DbColumn.Aux, B(5), B(6));
        batch.DeleteRange(DbColumn.Aux, B(6), B(7));
        batch.Put(DbColumn.Aux, B(6), B(6));
        store.Write(batch);

        Assert.Null(store.Get(DbColumn.Aux, B(1)));
        Assert.Equal(B(2), store.Get(DbColumn.Aux, B(2)));
        Assert.Equal(B(4), store.Get(DbColumn.Aux, B(3)));
        Assert.Null(store.Get(DbColumn.Aux, B(5)));
        Assert.Equal(B(6), store.Get(DbColumn.Aux, B(6)));
    }

    [Fact]
    public void A_cleared_batch_writes_nothing_and_can_be_reused()
    {
        var store = NewStore();
        using var batch = store.CreateWriteBatch();
        batch.Put(DbColumn.Aux, B(1), B(1));
        batch.Clear();
        Assert.Equal(0, batch.Count);
        store.Write(batch);
        Assert.Null(store.Get(DbColumn.Aux, B(1)));

        batch.Put(DbColumn.Aux, B(2), B(2));
        store.Write(batch);
        Assert.Equal(B(2), store.Get(DbColumn.Aux, B(2)));
    }

    [Fact]
    public void DeleteRange_removes_exactly_the_half_open_range_of_one_column()
    {
        var store = NewStore();
        byte[][] keys = [B(0x10), B(0x20), B(0x20, 0x00), B(0x20, 0xFF), B(0x30), B(0x30, 0x00), B(0x40)];
        foreach (var key in keys)
        {
            store.Put(DbColumn.StateNodes, key, B(1));
            store.Put(DbColumn.StateJournal, key, B(1));
        }
        using var batch = store.CreateWriteBatch();
        batch.DeleteRange(DbColumn.StateNodes, B(0x20), B(0x30));
        store.Write(batch);

        Assert.Equal(["10", "30", "3000", "40"], Keys(store.Iterate(DbColumn.StateNodes)));
        Assert.Equal(7, Keys(store.Iterate(DbColumn.StateJournal)).Count);
    }

    [Fact]
    public void DeleteRange_with_an_empty_range_removes_nothing()
    {
        var store = NewStore();
        store.Put(DbColumn.StateNodes, B(5), B(1));
        using var batch = store.CreateWriteBatch();
        batch.DeleteRange(DbColumn.StateNodes, B(5), B(5));
        store.Write(batch);

        Assert.True(store.Contains(DbColumn.StateNodes, B(5)));
    }

    [Fact]
    public void DeleteRange_rejects_a_start_key_after_the_end_key()
    {
        var store = NewStore();
        using var batch = store.CreateWriteBatch();

        var error = Assert.Throws<ArgumentException>(() => batch.DeleteRange(DbColumn.StateNodes, B(2), B(1)));
        Assert.Contains("sorts after", error.Message);
        Assert.Equal(0, batch.Count);
    }

    [Fact]
    public void Iteration_is_in_bytewise_order_with_shorter_prefixes_first()
    {
        var store = NewStore();
        // 0x80 after 0x7F (unsigned), a prefix before its extensions, 0x00 padding after the shorter key.
        string[] ordered = ["00", "0000", "000001", "01", "7F", "7FFF", "80", "8000", "FE", "FF", "FFFF"];
        var random = new Random(7);
        foreach (var hex in ordered.OrderBy(_ => random.Next()))
            store.Put(DbColumn.StateFlat, Convert.FromHexString(hex), Convert.FromHexString(hex));

        var entries = ReadAll(store.Iterate(DbColumn.StateFlat));

        Assert.Equal(ordered, entries.Select(e => Convert.ToHexString(e.Key)).ToArray());
        Assert.All(entries, e => Assert.Equal(e.Key, e.Value));
    }

    [Fact]
    public void Iterate_from_a_key_starts_at_the_first_key_not_below_it()
    {
        var store = NewStore();
        foreach (var hex in new[] { "10", "20", "2000", "30" })
            store.Put(DbColumn.Headers, Convert.FromHexString(hex), B(1));

        Assert.Equal(["20", "2000", "30"], Keys(store.Iterate(DbColumn.Headers, B(0x20))));
        Assert.Equal(["2000", "30"], Keys(store.Iterate(DbColumn.Headers, B(0x20, 0x00))));
        Assert.Equal(["30"], Keys(store.Iterate(DbColumn.Headers, B(0x20, 0x01))));
        Assert.Empty(Keys(store.Iterate(DbColumn.Headers, B(0x31))));
    }

    [Fact]
    public void Iterate_a_range_stops_before_the_end_key()
    {
        var store = NewStore();
        foreach (var hex in new[] { "10", "20", "2000", "30", "3000" })
            store.Put(DbColumn.BlockNumberToHash, Convert.FromHexString(hex), B(1));

        Assert.Equal(["20", "2000"], Keys(store.Iterate(DbColumn.BlockNumberToHash, B(0x11), B(0x30))));
        Assert.Equal(["10", "20", "2000", "30"], Keys(store.Iterate(DbColumn.BlockNumberToHash, [], B(0x30, 0x00))));
        Assert.Empty(Keys(store.Iterate(DbColumn.BlockNumberToHash, B(0x20), B(0x20))));
    }

    [Theory]
    [InlineData("20", new[] { "20", "2000", "20FF", "20FFFF" })]
    [InlineData("20FF", new[] { "20FF", "20FFFF" })]
    [InlineData("FF", new[] { "FF", "FF00", "FFFF" })]
    [InlineData("FFFF", new[] { "FFFF" })]
    [InlineData("21", new[] { "21FF" })]
    [InlineData("22", new string[0])]
    [InlineData("", new[] { "10", "20", "2000", "20FF", "20FFFF", "21FF", "30", "FF", "FF00", "FFFF" })]
    public void IteratePrefix_yields_exactly_the_keys_with_the_prefix(string prefixHex, string[] expected)
    {
        var store = NewStore();
        string[] keys = ["10", "20", "2000", "20FF", "20FFFF", "21FF", "30", "FF", "FF00", "FFFF"];
        foreach (var hex in keys)
        {
            store.Put(DbColumn.Offchain, Convert.FromHexString(hex), B(1));
            store.Put(DbColumn.Aux, Convert.FromHexString(hex.Length == 0 ? hex : "20" + hex), B(1));
        }

        Assert.Equal(expected, Keys(store.IteratePrefix(DbColumn.Offchain, Convert.FromHexString(prefixHex))));
    }

    [Fact]
    public void Iterator_values_match_their_keys_across_large_values()
    {
        var store = NewStore();
        using (var batch = store.CreateWriteBatch())
        {
            for (int i = 0; i < 50; i++)
                batch.Put(DbColumn.Bodies, B((byte)i), Enumerable.Repeat((byte)i, i * 997).ToArray());
            store.Write(batch);
        }

        var entries = ReadAll(store.Iterate(DbColumn.Bodies));

        Assert.Equal(50, entries.Count);
        for (int i = 0; i < 50; i++)
        {
            Assert.Equal(B((byte)i), entries[i].Key);
            Assert.Equal(Enumerable.Repeat((byte)i, i * 997).ToArray(), entries[i].Value);
        }
    }

    [Fact]
    public void Iterator_Key_before_MoveNext_or_after_the_end_throws()
    {
        var store = NewStore();
        store.Put(DbColumn.Headers, B(1), B(1));
        using var iterator = store.Iterate(DbColumn.Headers);

        Assert.Throws<InvalidOperationException>(() => iterator.Key.Length);
        Assert.True(iterator.MoveNext());
        Assert.False(iterator.MoveNext());
        Assert.Throws<InvalidOperationException>(() => iterator.Value.Length);
        Assert.False(iterator.MoveNext());
    }

    [Fact]
    public void An_iterator_reads_the_state_as_of_its_creation()
    {
        var store = NewStore();
        store.Put(DbColumn.StateFlat, B(1), B(1));
        store.Put(DbColumn.StateFlat, B(2), B(2));
        using var iterator = store.Iterate(DbColumn.StateFlat);

        store.Put(DbColumn.StateFlat, B(3), B(3));
        store.Put(DbColumn.StateFlat, B(2), B(22));
        store.Delete(DbColumn.StateFlat, B(1));

        Assert.True(iterator.MoveNext());
        Assert.Equal(B(1), iterator.Key.ToArray());
        Assert.True(iterator.MoveNext());
        Assert.Equal(B(2), iterator.Value.ToArray());
        Assert.False(iterator.MoveNext());
    }

    [Fact]
    public void A_snapshot_does_not_see_later_writes()
    {
        var store = NewStore();
        store.Put(DbColumn.StateNodes, B(1), B(1));
        store.Put(DbColumn.StateNodes, B(2), B(2));
        store.Put(DbColumn.StateNodes, B(3), B(3));
        using var snapshot = store.Snapshot();

        using (var batch = store.CreateWriteBatch())
        {
            batch.Put(DbColumn.StateNodes, B(1), B(11));
            batch.Delete(DbColumn.StateNodes, B(2));
            batch.DeleteRange(DbColumn.StateNodes, B(3), B(4));
            batch.Put(DbColumn.StateNodes, B(4), B(4));
            store.Write(batch);
        }

        Assert.Equal(B(1), snapshot.Get(DbColumn.StateNodes, B(1)));
        Assert.True(snapshot.TryGet(DbColumn.StateNodes, B(2), out var two));
        Assert.Equal(B(2), two);
        Assert.True(snapshot.Contains(DbColumn.StateNodes, B(3)));
        Assert.False(snapshot.Contains(DbColumn.StateNodes, B(4)));
        Assert.Equal(1, snapshot.Get(DbColumn.StateNodes, B(1), new byte[1]));
        Assert.Equal(["01", "02", "03"], Keys(snapshot.Iterate(DbColumn.StateNodes)));
        Assert.Equal(["02"], Keys(snapshot.IteratePrefix(DbColumn.StateNodes, B(2))));
        Assert.Equal(["02", "03"], Keys(snapshot.Iterate(DbColumn.StateNodes, B(2), B(9))));
        // The live store has moved on.
        Assert.Equal(["01", "04"], Keys(store.Iterate(DbColumn.StateNodes)));
    }

    [Fact]
    public void A_disposed_snapshot_refuses_reads()
    {
        var store = NewStore();
        var snapshot = store.Snapshot();
        snapshot.Dispose();

        Assert.Throws<ObjectDisposedException>(() => snapshot.Get(DbColumn.Meta, DbSchema.VersionKey));
        Assert.Throws<ObjectDisposedException>(() => snapshot.Iterate(DbColumn.Meta));
    }

    [Fact]
    public void Disposing_the_store_closes_its_iterators_and_snapshots()
    {
        var store = CreateStore();
        store.Put(DbColumn.Headers, B(1), B(1));
        var iterator = store.Iterate(DbColumn.Headers);
        var snapshot = store.Snapshot();
        var batch = store.CreateWriteBatch();

        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => iterator.MoveNext());
        Assert.Throws<ObjectDisposedException>(() => snapshot.Get(DbColumn.Headers, B(1)));
        Assert.Throws<ObjectDisposedException>(() => store.Get(DbColumn.Headers, B(1)));
        Assert.Throws<ObjectDisposedException>(() => store.Write(batch));
        iterator.Dispose();
        snapshot.Dispose();
        batch.Dispose();
        store.Dispose();
    }

    [Fact]
    public void Write_rejects_a_batch_from_another_store()
    {
        var store = NewStore();
        var other = NewStore();
        using var batch = other.CreateWriteBatch();
        batch.Put(DbColumn.Headers, B(1), B(1));

        Assert.Throws<ArgumentException>(() => store.Write(batch));
        Assert.Null(store.Get(DbColumn.Headers, B(1)));
    }

    [Fact]
    public void An_undeclared_column_is_rejected()
    {
        var store = NewStore();
        using var batch = store.CreateWriteBatch();

        Assert.Throws<ArgumentOutOfRangeException>(() => store.Get((DbColumn)DbColumns.Count, B(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Iterate((DbColumn)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => batch.Put((DbColumn)99, B(1), B(1)));
    }

    [Fact]
    public void A_disposed_batch_refuses_operations()
    {
        var store = NewStore();
        var batch = store.CreateWriteBatch();
        batch.Dispose();

        Assert.Throws<ObjectDisposedException>(() => batch.Put(DbColumn.Headers, B(1), B(1)));
    }

    [Fact]
    public void Flush_keeps_every_value_readable()
    {
        var store = NewStore();
        store.Put(DbColumn.Headers, B(1), B(1));
        store.Flush();
        store.Put(DbColumn.Headers, B(2), B(2));

        Assert.Equal(["01", "02"], Keys(store.Iterate(DbColumn.Headers)));
    }

    [Fact]
    public async Task Concurrent_readers_see_each_batch_entirely_or_not_at_all()
    {
        const int KeyCount = 16;
        const int Generations = 150;
        var store = NewStore();
        WriteGeneration(store, 0);

        using var done = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 2).Select(reader => Task.Run(() =>
        {
            int checks = 0;
            while (!done.IsCancellationRequested || checks == 0)
            {
                if (reader == 0)
                {
                    var entries = ReadAll(store.Iterate(DbColumn.StateFlat));
                    Assert.Equal(KeyCount, entries.Count);
                    uint generation = BinaryPrimitives.ReadUInt32LittleEndian(entries[0].Value);
                    Assert.All(entries, e => Assert.Equal(generation, BinaryPrimitives.ReadUInt32LittleEndian(e.Value)));
                }
                else
                {
                    using var snapshot = store.Snapshot();
                    uint generation = BinaryPrimitives.ReadUInt32LittleEndian(snapshot.Get(DbColumn.StateFlat, B(0))!);
                    var value = new byte[4];
                    for (byte k = 1; k < KeyCount; k++)
                    {
                        Assert.Equal(4, snapshot.Get(DbColumn.StateFlat, B(k), value));
                        Assert.Equal(generation, BinaryPrimitives.ReadUInt32LittleEndian(value));
                    }
                }
                checks++;
            }
            return checks;
        })).ToArray();

        for (uint generation = 1; generation <= Generations; generation++)
            WriteGeneration(store, generation);
        done.Cancel();

        int[] checks = await Task.WhenAll(readers);
        Assert.All(checks, count => Assert.True(count > 0));
        Assert.Equal((uint)Generations, BinaryPrimitives.ReadUInt32LittleEndian(store.Get(DbColumn.StateFlat, B(KeyCount - 1))));

        static void WriteGeneration(IKeyValueStore store, uint generation)
        {
            using var batch = store.CreateWriteBatch();
            var value = new byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(value, generation);
            // Every key changes each generation, alternately by range-delete-then-put and by overwrite.
            if (generation % 2 == 0)
                batch.DeleteRange(DbColumn.StateFlat, [], B(0xFF));
            for (byte k = 0; k < KeyCount; k++)
                batch.Put(DbColumn.StateFlat, B(k), value);
            store.Write(batch);
        }
    }
}
