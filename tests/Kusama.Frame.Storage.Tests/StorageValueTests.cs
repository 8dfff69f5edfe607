using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Storage.Tests;

public class StorageValueTests
{
    private readonly OverlayStorage _storage = new MemoryState().Storage();

    [Fact]
    public void A_value_query_reads_its_default_when_absent_and_the_option_view_sees_absence()
    {
        var number = new StorageValue<uint, U32Codec>(_storage, "System", "Number", 7u);

        Assert.Equal(StorageQueryKind.ValueQuery, number.QueryKind);
        Assert.Equal(7u, number.Get());
        Assert.False(number.Exists());
        Assert.Equal(Option<uint>.None, number.GetOption());
    }

    [Fact]
    public void An_option_query_reports_absence_and_presence()
    {
        var now = new StorageValue<ulong, U64Codec>(_storage, "Timestamp", "Now");

        Assert.Equal(StorageQueryKind.OptionQuery, now.QueryKind);
        Assert.False(now.TryGet(out _));
        now.Set(1_700_000_000_000UL);
        Assert.True(now.TryGet(out ulong value));
        Assert.Equal(1_700_000_000_000UL, value);
        Assert.Equal(Option<ulong>.Some(1_700_000_000_000UL), now.GetOption());
    }

    [Fact]
    public void Set_writes_the_scale_encoding_at_the_item_key()
    {
        var number = new StorageValue<uint, U32Codec>(_storage, "System", "Number", 0u);

        number.Set(0x01020304u);

        Assert.Equal(new byte[] { 4, 3, 2, 1 }, _storage.Get(Hex.Decode("0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac")));
    }

    [Fact]
    public void Take_returns_the_value_and_removes_it()
    {
        var number = new StorageValue<uint, U32Codec>(_storage, "System", "Number", 0u);
        number.Set(9u);

        Assert.Equal(9u, number.Take());
        Assert.False(number.Exists());
        Assert.Equal(0u, number.Take());
    }

    [Fact]
    public void TryMutate_writes_only_when_the_mutation_accepts()
    {
        var issuance = new StorageValue<UInt128, U128Codec>(_storage, "Balances", "TotalIssuance", UInt128.Zero);

        Assert.True(issuance.TryMutate(UInt128.One * 5, static (ref UInt128 value, UInt128 add) => { value += add; return true; }));
        Assert.False(issuance.TryMutate(UInt128.One * 5, static (ref UInt128 value, UInt128 add) => { value += add; return false; }));

        Assert.Equal((UInt128)5, issuance.Get());
    }

    [Fact]
    public void A_value_query_mutation_stores_even_the_default()
    {
        var number = new StorageValue<uint, U32Codec>(_storage, "System", "Number", 0u);

        number.TryMutate(0, static (ref uint value, int _) => true);

        Assert.True(number.Exists());
    }

    [Fact]
    public void TryMutateExists_deletes_on_none()
    {
        var now = new StorageValue<ulong, U64Codec>(_storage, "Timestamp", "Now");
        now.Set(3UL);

        now.TryMutateExists(0, static (ref Option<ulong> value, int _) => { value = Option<ulong>.None; return true; });

        Assert.False(now.Exists());
    }

    [Fact]
    public void Append_extends_the_vector_without_decoding_it()
    {
        var topics = new StorageValue<uint[], VecCodec<uint, U32Codec>>(_storage, "System", "Events", []);

        topics.Append<uint, U32Codec>(1u);
        topics.Append<uint, U32Codec>(2u);

        Assert.Equal(Hex.Decode("0x080100000002000000"), _storage.Get(topics.Key));
        Assert.Equal(new uint[] { 1, 2 }, topics.Get());
    }

    [Fact]
    public void Append_rewrites_a_length_prefix_that_grows_to_two_bytes()
    {
        var items = new StorageValue<byte[], BytesCodec>(_storage, "Test", "Bytes", []);
        items.Set(new byte[63]);

        items.Append<byte, U8Codec>(0xff);

        byte[] stored = _storage.Get(items.Key)!;
        Assert.Equal(new byte[] { 0x01, 0x01 }, stored[..2]);
        Assert.Equal(2 + 64, stored.Length);
        Assert.Equal(0xff, stored[^1]);
    }

    [Fact]
    public void Append_replaces_an_undecodable_value_with_a_one_item_vector()
    {
        var items = new StorageValue<uint[], VecCodec<uint, U32Codec>>(_storage, "Test", "Items", []);
        _storage.Set(items.Key, [0x03]); // a 4-byte-mode compact with no bytes after it

        items.Append<uint, U32Codec>(5u);

        Assert.Equal(new uint[] { 5 }, items.Get());
    }

    [Fact]
    public void A_corrupt_stored_value_is_reported_not_misread()
    {
        var number = new StorageValue<uint, U32Codec>(_storage, "System", "Number", 0u);
        _storage.Set(number.Key, [1, 2]);

        Assert.Throws<ScaleDecodeException>(() => number.Get());
    }
}
