using Kusama.Db.Rocks;

namespace Kusama.Db.Tests.Rocks;

public sealed class RocksDbStoreTests : KeyValueStoreContractTests
{
    // Small caches keep each test database light; behaviour does not depend on the sizes.
    private static readonly RocksDbOptions TestOptions = new()
    {
        BlockCacheSize = 8L * 1024 * 1024,
        WriteBufferSize = 4L * 1024 * 1024,
        TotalWriteBufferSize = 32L * 1024 * 1024,
        BackgroundThreads = 2,
    };

    private readonly TempDirectory _temp = new();
    private int _databases;

    protected override IKeyValueStore CreateStore() => RocksDbStore.Open(_temp.Combine("db" + _databases++), TestOptions);

    public override void Dispose()
    {
        base.Dispose();
        _temp.Dispose();
    }

    private string DbPath => _temp.Combine("main");

    [Fact]
    public void Open_creates_the_directory_and_every_column_family()
    {
        using (var store = RocksDbStore.Open(DbPath, TestOptions))
        {
            Assert.Equal(DbPath, store.Path);
            foreach (var column in DbColumns.All)
                store.Put(column, B(1), B((byte)column));
        }

        var families = RocksDbSharp.RocksDb.ListColumnFamilies(new RocksDbSharp.DbOptions(), DbPath).ToArray();
        Assert.Equal(["default", "col0", "col1", "col2", "col3", "col4", "col5", "col6", "col7", "col8", "col9"], families);
    }

    [Fact]
    public void Reopening_returns_everything_committed_before_close()
    {
        using (var store = RocksDbStore.Open(DbPath, TestOptions))
        {
            using var batch = store.CreateWriteBatch();
            for (int i = 0; i < 1000; i++)
                batch.Put(DbColumn.StateNodes, BitConverter.GetBytes(i), BitConverter.GetBytes(i * 7));
            batch.Put(DbColumn.Meta, "best"u8, B(1, 2, 3));
            store.Write(batch, sync: true);
            store.Flush();
            // After the flush: this one lives only in the write-ahead log until reopen replays it.
            store.Put(DbColumn.Headers, B(9), B(9, 9));
            store.Delete(DbColumn.StateNodes, BitConverter.GetBytes(5));
        }

        using var reopened = RocksDbStore.Open(DbPath, TestOptions);
        Assert.Equal(B(1, 2, 3), reopened.Get(DbColumn.Meta, "best"u8));
        Assert.Equal(B(9, 9), reopened.Get(DbColumn.Headers, B(9)));
        Assert.Null(reopened.Get(DbColumn.StateNodes, BitConverter.GetBytes(5)));
        Assert.Equal(BitConverter.GetBytes(999 * 7), reopened.Get(DbColumn.StateNodes, BitConverter.GetBytes(999)));
        Assert.Equal(999, ReadAll(reopened.Iterate(DbColumn.StateNodes)).Count);
    }

    [Fact]
    public void Open_adds_a_column_family_missing_from_an_older_database()
    {
        using (RocksDbStore.Open(DbPath, TestOptions)) { }
        DropColumnFamily(DbPath, DbColumns.Name(DbColumn.Offchain));

        using var store = RocksDbStore.Open(DbPath, TestOptions);
        store.Put(DbColumn.Offchain, B(1), B(2));

        Assert.Equal(B(2), store.Get(DbColumn.Offchain, B(1)));
    }

    [Fact]
    public void Open_rejects_a_database_of_another_schema_version()
    {
        using (var store = RocksDbStore.Open(DbPath, TestOptions))
            store.Put(DbColumn.Meta, DbSchema.VersionKey, DbSchema.EncodeVersion(DbSchema.CurrentVersion + 1));

        var error = Assert.Throws<DatabaseException>(() => RocksDbStore.Open(DbPath, TestOptions));

        Assert.Contains($"schema version {DbSchema.CurrentVersion + 1}", error.Message);
        Assert.Contains(DbPath, error.Message);
        Assert.Contains("purge-chain", error.Message);
        Assert.Equal(DbPath, error.Path);
    }

    [Fact]
    public void Open_rejects_a_database_without_a_schema_version()
    {
        using (var store = RocksDbStore.Open(DbPath, TestOptions))
            store.Delete(DbColumn.Meta, DbSchema.VersionKey);

        var error = Assert.Throws<DatabaseException>(() => RocksDbStore.Open(DbPath, TestOptions));

        Assert.Contains("not a Kusama.NET database", error.Message);
        Assert.Contains("SchemaVersion", error.Message);
    }

    [Fact]
    public void Open_rejects_a_schema_version_of_the_wrong_length()
    {
        using (var store = RocksDbStore.Open(DbPath, TestOptions))
            store.Put(DbColumn.Meta, DbSchema.VersionKey, B(1, 0));

        var error = Assert.Throws<DatabaseException>(() => RocksDbStore.Open(DbPath, TestOptions));

        Assert.Contains("damaged", error.Message);
    }

    [Fact]
    public void Open_rejects_a_directory_that_is_not_a_database_and_leaves_it_alone()
    {
        Directory.CreateDirectory(DbPath);
        File.WriteAllText(Path.Combine(DbPath, "notes.txt"), "hello");

        var error = Assert.Throws<DatabaseException>(() => RocksDbStore.Open(DbPath, TestOptions));

        Assert.Contains("not a Kusama.NET database", error.Message);
        Assert.Contains(DbPath, error.Message);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(DbPath).Select(f => Path.GetFileName(f)!).ToArray());
    }

    [Fact]
    public void Open_rejects_a_rocksdb_database_of_another_program()
    {
        using (var foreign = RocksDbSharp.RocksDb.Open(new RocksDbSharp.DbOptions().SetCreateIfMissing(true), DbPath))
            foreign.Put("key"u8, "value"u8);

        var error = Assert.Throws<DatabaseException>(() => RocksDbStore.Open(DbPath, TestOptions));

        Assert.Contains("not a Kusama.NET database", error.Message);
    }

    [Fact]
    public void Open_without_create_reports_a_missing_database()
    {
        var error = Assert.Throws<DatabaseException>(() => RocksDbStore.Open(DbPath, TestOptions with { CreateIfMissing = false }));

        Assert.Contains("no database", error.Message);
        Assert.False(Directory.Exists(DbPath));
    }

    [Fact]
    public void Open_reports_a_database_already_in_use()
    {
        using var first = RocksDbStore.Open(DbPath, TestOptions);

        var error = Assert.Throws<DatabaseException>(() => RocksDbStore.Open(DbPath, TestOptions));

        Assert.Contains("in use by another process", error.Message);
    }

    [Fact]
    public void Open_rejects_invalid_options()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RocksDbStore.Open(DbPath, TestOptions with { BlockCacheSize = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => RocksDbStore.Open(DbPath, TestOptions with { MaxOpenFiles = 0 }));
        Assert.False(Directory.Exists(DbPath));
    }

    [Theory]
    [InlineData(RocksDbCompression.None)]
    [InlineData(RocksDbCompression.Lz4)]
    public void Both_compressions_store_and_reload_values(RocksDbCompression compression)
    {
        var options = TestOptions with { Compression = compression };
        var value = Enumerable.Repeat((byte)0xAB, 4096).ToArray();
        using (var store = RocksDbStore.Open(DbPath, options))
        {
            for (int i = 0; i < 100; i++)
                store.Put(DbColumn.Bodies, BitConverter.GetBytes(i), value);
            store.Flush();
        }

        using var reopened = RocksDbStore.Open(DbPath, options);
        Assert.Equal(value, reopened.Get(DbColumn.Bodies, BitConverter.GetBytes(42)));
    }

    public static TheoryData<string> Damages =>
    [
        "CURRENT emptied", "CURRENT garbled", "CURRENT deleted", "MANIFEST garbled", "MANIFEST truncated",
        "table file truncated", "table file footer garbled", "table file deleted",
    ];

    [Theory]
    [MemberData(nameof(Damages))]
    public void Open_reports_a_damaged_database_instead_of_crashing_or_resetting(string damage)
    {
        CreateFlushedDatabase(DbPath);
        Damage(DbPath, damage);

        var error = Assert.Throws<DatabaseException>(() => RocksDbStore.Open(DbPath, TestOptions));

        Assert.Contains(DbPath, error.Message);
        Assert.Contains("purge-chain", error.Message);
        Assert.Equal(DbPath, error.Path);
    }

    [Fact]
    public void A_garbled_data_block_fails_reads_with_a_DatabaseException()
    {
        CreateFlushedDatabase(DbPath);
        GarbleDataBlocks(LargestTableFile(DbPath));

        using var store = RocksDbStore.Open(DbPath, TestOptions);
        var read = Assert.Throws<DatabaseException>(() => store.Get(DbColumn.Headers, BitConverter.GetBytes(0)));
        var iterate = Assert.Throws<DatabaseException>(() => ReadAll(store.Iterate(DbColumn.Headers)));

        Assert.Contains("Corruption", read.Message);
        Assert.Contains("purge-chain", read.Message);
        Assert.Contains("purge-chain", iterate.Message);
    }

    [Fact]
    public void VerifyChecksumsOnOpen_finds_a_garbled_data_block_at_open()
    {
        CreateFlushedDatabase(DbPath);
        GarbleDataBlocks(LargestTableFile(DbPath));

        var error = Assert.Throws<DatabaseException>(() => RocksDbStore.Open(DbPath, TestOptions with { VerifyChecksumsOnOpen = true }));

        Assert.Contains("purge-chain", error.Message);
    }

    [Fact]
    public void VerifyChecksumsOnOpen_accepts_an_intact_database()
    {
        CreateFlushedDatabase(DbPath);

        using var store = RocksDbStore.Open(DbPath, TestOptions with { VerifyChecksumsOnOpen = true });

        Assert.Equal(2000, ReadAll(store.Iterate(DbColumn.Headers)).Count);
    }

    private static void CreateFlushedDatabase(string path)
    {
        using var store = RocksDbStore.Open(path, TestOptions with { Compression = RocksDbCompression.None });
        using var batch = store.CreateWriteBatch();
        for (int i = 0; i < 2000; i++)
            batch.Put(DbColumn.Headers, BitConverter.GetBytes(i), Enumerable.Range(0, 100).Select(j => (byte)(i * 31 + j)).ToArray());
        store.Write(batch);
        store.Flush();
    }

    private static void Damage(string path, string damage)
    {
        string current = Path.Combine(path, "CURRENT");
        string manifest = Path.Combine(path, File.ReadAllText(current).Trim());
        switch (damage)
        {
            case "CURRENT emptied":
                File.WriteAllBytes(current, []);
                break;
            case "CURRENT garbled":
                File.WriteAllText(current, "garbage\n");
                break;
            case "CURRENT deleted":
                File.Delete(current);
                break;
            case "MANIFEST garbled":
                Garble(manifest, 10, int.MaxValue);
                break;
            case "MANIFEST truncated":
                Truncate(manifest);
                break;
            case "table file truncated":
                Truncate(LargestTableFile(path));
                break;
            case "table file footer garbled":
                Garble(LargestTableFile(path), (int)new FileInfo(LargestTableFile(path)).Length - 48, int.MaxValue);
                break;
            case "table file deleted":
                File.Delete(LargestTableFile(path));
                break;
            default:
                throw new ArgumentException(damage);
        }
    }

    private static string LargestTableFile(string path)
        => Directory.GetFiles(path, "*.sst").OrderByDescending(f => new FileInfo(f).Length).First();

    private static void GarbleDataBlocks(string file) => Garble(file, 64, (int)new FileInfo(file).Length / 2);

    private static void Garble(string file, int from, int to)
    {
        var bytes = File.ReadAllBytes(file);
        for (int i = from; i < Math.Min(to, bytes.Length); i += 7)
            bytes[i] ^= 0x5A;
        File.WriteAllBytes(file, bytes);
    }

    private static void Truncate(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
        stream.SetLength(stream.Length / 2);
    }

    private static void DropColumnFamily(string path, string name)
    {
        var families = new RocksDbSharp.ColumnFamilies();
        foreach (var existing in RocksDbSharp.RocksDb.ListColumnFamilies(new RocksDbSharp.DbOptions(), path))
        {
            if (existing != "default")
                families.Add(existing, new RocksDbSharp.ColumnFamilyOptions());
        }
        using var db = RocksDbSharp.RocksDb.Open(new RocksDbSharp.DbOptions(), path, families);
        db.DropColumnFamily(name);
    }
}
