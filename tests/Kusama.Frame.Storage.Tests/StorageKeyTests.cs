using Kusama.Core;
using Kusama.Frame.Storage.Hashers;
using Kusama.Scale.Codecs;
using PagedKeys = Kusama.Frame.Storage.NMapKeys<uint, Kusama.Core.AccountId32, uint,
    Kusama.Frame.Storage.NMapKey<uint, Kusama.Scale.Codecs.U32Codec, Kusama.Frame.Storage.Hashers.Twox64Concat>,
    Kusama.Frame.Storage.NMapKey<Kusama.Core.AccountId32, Kusama.Scale.Codecs.AccountId32Codec, Kusama.Frame.Storage.Hashers.Twox64Concat>,
    Kusama.Frame.Storage.NMapKey<uint, Kusama.Scale.Codecs.U32Codec, Kusama.Frame.Storage.Hashers.Twox64Concat>>;

namespace Kusama.Frame.Storage.Tests;

/// <summary>Keys of real Kusama items; expected bytes from tests/Vectors, client-interop.md §3.5 and polkadot-js (@polkadot/util-crypto 14).</summary>
public class StorageKeyTests
{
    private static readonly AccountId32 Alice = AccountId32.Parse("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
    private readonly OverlayStorage _storage = new MemoryState().Storage();

    [Fact]
    public void System_Account_of_Alice_is_the_vector_key()
    {
        var account = new StorageMap<AccountId32, uint, AccountId32Codec, U32Codec, Blake2_128Concat>(_storage, "System", "Account");

        Assert.Equal(TestVectors.StorageKey("System.Account(//Alice)"), Hex.Encode(account.HashedKey(Alice)));
        Assert.Equal(
            "0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d",
            Hex.Encode(account.HashedKey(Alice)));
    }

    [Theory]
    [InlineData("System", "Number", "0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac")]
    [InlineData("System", "Events", "0x26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7")]
    [InlineData("Timestamp", "Now", "0xf0c365c3cf59d671eb72da0e7a4113c49f1f0515f462cdcf84e0f1d6045dfcbb")]
    [InlineData("Balances", "TotalIssuance", "0xc2261276cc9d1f8598ea4b6a74b15c2f57c875e4cff74148e4628f264b974c80")]
    public void A_storage_value_key_is_twox128_of_pallet_and_item(string pallet, string item, string expected)
    {
        var value = new StorageValue<uint, U32Codec>(_storage, pallet, item);

        Assert.Equal(expected, Hex.Encode(value.Key.ToArray()));
    }

    [Theory]
    [InlineData(0u, "0x26aa394eea5630e07c48ae0c9558cef7a44704b568d21667356a5a050c118746b4def25cfda6ef3a00000000")]
    [InlineData(42u, "0x26aa394eea5630e07c48ae0c9558cef7a44704b568d21667356a5a050c118746f10bc52fb6d756d72a000000")]
    public void System_BlockHash_uses_Twox64Concat_of_the_u32_number(uint number, string expected)
    {
        var blockHash = new StorageMap<uint, Hash256, U32Codec, Hash256Codec, Twox64Concat>(_storage, "System", "BlockHash", default(Hash256));

        Assert.Equal(expected, Hex.Encode(blockHash.HashedKey(number)));
    }

    [Fact]
    public void Balances_Locks_of_Alice_uses_Blake2_128Concat()
    {
        var locks = new StorageMap<AccountId32, uint, AccountId32Codec, U32Codec, Blake2_128Concat>(_storage, "Balances", "Locks");

        Assert.Equal(
            "0xc2261276cc9d1f8598ea4b6a74b15c2f218f26c73add634897550b4003b26bc6de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d",
            Hex.Encode(locks.HashedKey(Alice)));
    }

    [Fact]
    public void Staking_ErasStakers_double_map_key_hashes_both_keys_in_order()
    {
        var stakers = new StorageDoubleMap<uint, AccountId32, uint, U32Codec, AccountId32Codec, U32Codec, Twox64Concat, Twox64Concat>(_storage, "Staking", "ErasStakers");

        Assert.Equal(
            "0x5f3e4907f716ac89b6347d15ececedca8bde0a0ea8864605e3b68ed9cb2da01b39b9d2792f8bd4c305000000518366b5b1bc7c99d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d",
            Hex.Encode(stakers.HashedKey((5u, Alice))));
    }

    [Fact]
    public void Staking_ErasStakersPaged_n_map_key_hashes_three_keys_in_order()
    {
        var paged = new StorageNMap<(uint, AccountId32, uint), uint, PagedKeys, U32Codec>(_storage, "Staking", "ErasStakersPaged");

        Assert.Equal(
            "0x5f3e4907f716ac89b6347d15ececedca6ecf40373c722b0340d3d65c311a430539b9d2792f8bd4c305000000518366b5b1bc7c99d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d9eb2dcce60f37a2702000000",
            Hex.Encode(paged.HashedKey((5u, Alice, 2u))));
        Assert.Equal([StorageHasher.Twox64Concat, StorageHasher.Twox64Concat, StorageHasher.Twox64Concat], PagedKeys.Hashers);
    }

    [Fact]
    public void A_counted_map_keeps_its_count_at_CounterFor_name()
    {
        var validators = new CountedStorageMap<AccountId32, uint, AccountId32Codec, U32Codec, Twox64Concat>(_storage, "Staking", "Validators");

        Assert.Equal("0x5f3e4907f716ac89b6347d15ececedca6ddc7809c6da9bb6093ee22e0fda4ba8", Hex.Encode(validators.Counter.Key.ToArray()));
    }

    [Fact]
    public void Non_reversible_hashers_write_only_the_digest()
    {
        var b2 = new StorageMap<AccountId32, uint, AccountId32Codec, U32Codec, Blake2_256>(_storage, "P", "I");
        var t2 = new StorageMap<AccountId32, uint, AccountId32Codec, U32Codec, Twox256>(_storage, "P", "I");
        var b1 = new StorageMap<AccountId32, uint, AccountId32Codec, U32Codec, Blake2_128>(_storage, "P", "I");
        var t1 = new StorageMap<AccountId32, uint, AccountId32Codec, U32Codec, Twox128>(_storage, "P", "I");

        Assert.EndsWith("2e3fb4c297a84c5cebc0e78257d213d0927ccc7596044c6ba013dd05522aacba", Hex.Encode(b2.HashedKey(Alice)));
        Assert.EndsWith("518366b5b1bc7c99bae0ba710af1ac66ecc0fd2f7c15bbe1eb86dbf45c7899e8", Hex.Encode(t2.HashedKey(Alice)));
        Assert.EndsWith("de1e86a9a8c739864cf3cc5ec2bea59f", Hex.Encode(b1.HashedKey(Alice)));
        Assert.EndsWith("518366b5b1bc7c99bae0ba710af1ac66", Hex.Encode(t1.HashedKey(Alice)));
        Assert.Equal(32 + 32, b2.HashedKey(Alice).Length);
        Assert.Equal(32 + 16, t1.HashedKey(Alice).Length);
    }
}
