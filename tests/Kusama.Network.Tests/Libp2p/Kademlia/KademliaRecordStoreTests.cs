using System.Security.Cryptography;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Kademlia;
using Kusama.Network.Libp2p.Multiaddrs;

namespace Kusama.Network.Tests.Libp2p.Kademlia;

public class KademliaRecordStoreTests
{
    private static readonly Multiaddr SomeAddress = Multiaddr.Parse("/ip4/10.0.0.1/tcp/30333");

    private static PeerId RandomPeer()
    {
        byte[] multihash = new byte[34];
        multihash[1] = 32;
        RandomNumberGenerator.Fill(multihash.AsSpan(2));
        return PeerId.FromBytes(multihash);
    }

    private static KademliaRecord Record(int i) => new(BitConverter.GetBytes(i), [(byte)i, 1, 2]);

    [Fact]
    public void AStoredRecordIsServedWithItsRemainingTtlUntilItExpires()
    {
        var clock = new ManualTimeProvider();
        var store = new KademliaRecordStore(clock);
        Assert.Equal(KademliaStoreResult.Stored, store.Put(Record(1), clock.GetUtcNow() + TimeSpan.FromHours(1)));
        clock.Advance(TimeSpan.FromMinutes(30));

        Assert.True(store.TryGet(Record(1).Key, out KademliaRecord? record));
        Assert.Equal(Record(1).Value, record.Value);
        Assert.Equal(30u * 60, record.Ttl);

        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.False(store.TryGet(Record(1).Key, out _));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void ANewKeyIsRefusedAtMaxRecordsButExpiredRecordsMakeRoomAndExistingKeysAreReplaced()
    {
        var clock = new ManualTimeProvider();
        var store = new KademliaRecordStore(clock);
        DateTimeOffset soon = clock.GetUtcNow() + TimeSpan.FromMinutes(1);
        store.Put(Record(0), soon);
        for (int i = 1; i < KademliaRecordStore.MaxRecords; i++) Assert.Equal(KademliaStoreResult.Stored, store.Put(Record(i), null));

        Assert.Equal(KademliaStoreResult.MaxRecords, store.Put(Record(-1), null));
        Assert.Equal(KademliaStoreResult.Stored, store.Put(Record(5) with { Value = [9] }, null));
        Assert.True(store.TryGet(Record(5).Key, out KademliaRecord? replaced));
        Assert.Equal([9], replaced.Value);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(KademliaStoreResult.Stored, store.Put(Record(-1), null));
        Assert.Equal(KademliaRecordStore.MaxRecords, store.Count);
        Assert.False(store.TryGet(Record(0).Key, out _));
    }

    [Fact]
    public void AValueOfMaxValueBytesIsRefusedAndOneByteLessIsStored()
    {
        var store = new KademliaRecordStore();

        Assert.Equal(KademliaStoreResult.ValueTooLarge, store.Put(new KademliaRecord([1], new byte[KademliaRecordStore.MaxValueBytes]), null));
        Assert.Equal(KademliaStoreResult.Stored, store.Put(new KademliaRecord([1], new byte[KademliaRecordStore.MaxValueBytes - 1]), null));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void AFullProviderListIgnoresNewcomersButRefreshesKnownProvidersAndExpiryMakesRoom()
    {
        var clock = new ManualTimeProvider();
        var store = new KademliaRecordStore(clock);
        byte[] key = [7, 7];
        DateTimeOffset later = clock.GetUtcNow() + KademliaRecordStore.ProviderRecordTtl;
        var providers = new List<PeerId>();
        for (int i = 0; i < KademliaRecordStore.MaxProvidersPerKey; i++)
        {
            providers.Add(RandomPeer());
            store.AddProvider(new KademliaProviderRecord(key, providers[i], [SomeAddress], i == 0 ? clock.GetUtcNow() + TimeSpan.FromHours(1) : later));
        }
        PeerId newcomer = RandomPeer();

        Assert.Equal(KademliaStoreResult.Stored, store.AddProvider(new KademliaProviderRecord(key, newcomer, [SomeAddress], later)));
        Assert.DoesNotContain(newcomer, store.GetProviders(key).Select(p => p.Provider));
        store.AddProvider(new KademliaProviderRecord(key, providers[3], [Multiaddr.Parse("/ip4/10.0.0.9/tcp/1")], later));
        Assert.Equal([Multiaddr.Parse("/ip4/10.0.0.9/tcp/1")], store.GetProviders(key).Single(p => p.Provider == providers[3]).Addresses);
        Assert.Equal(KademliaRecordStore.MaxProvidersPerKey, store.GetProviders(key).Count);

        clock.Advance(TimeSpan.FromHours(1));
        store.AddProvider(new KademliaProviderRecord(key, newcomer, [SomeAddress], later));
        IReadOnlyList<KademliaProviderRecord> now = store.GetProviders(key);
        Assert.Contains(newcomer, now.Select(p => p.Provider));
        Assert.DoesNotContain(providers[0], now.Select(p => p.Provider));
    }

    [Fact]
    public void ProvidersAreKeptForAtMostMaxProvidedKeysAndTheirAddressesAreCapped()
    {
        var clock = new ManualTimeProvider();
        var store = new KademliaRecordStore(clock);
        PeerId provider = RandomPeer();
        DateTimeOffset expires = clock.GetUtcNow() + KademliaRecordStore.ProviderRecordTtl;
        for (int i = 0; i < KademliaRecordStore.MaxProvidedKeys; i++)
            Assert.Equal(KademliaStoreResult.Stored, store.AddProvider(new KademliaProviderRecord(BitConverter.GetBytes(i), provider, [SomeAddress], expires)));
        Multiaddr[] many = Enumerable.Range(1, 50).Select(p => Multiaddr.Parse($"/ip4/10.0.0.1/tcp/{p}")).ToArray();

        Assert.Equal(KademliaStoreResult.MaxProvidedKeys, store.AddProvider(new KademliaProviderRecord([1, 2, 3, 4, 5], provider, many, expires)));
        Assert.Equal(KademliaStoreResult.Stored, store.AddProvider(new KademliaProviderRecord(BitConverter.GetBytes(0), provider, many, expires)));
        Assert.Equal(KBucketsTable.MaxAddressesPerPeer, store.GetProviders(BitConverter.GetBytes(0))[0].Addresses.Count);
        Assert.Equal(KademliaRecordStore.MaxProvidedKeys, store.ProvidedKeyCount);

        clock.Advance(KademliaRecordStore.ProviderRecordTtl);
        Assert.Equal(0, store.ProvidedKeyCount);
        Assert.Empty(store.GetProviders(BitConverter.GetBytes(1)));
    }
}
