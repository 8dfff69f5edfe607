namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>The outcome of putting a record or provider into a <see cref="KademliaRecordStore"/> (rust-libp2p's store errors).</summary>
public enum KademliaStoreResult
{
    /// <summary>Stored (or an existing entry updated).</summary>
    Stored,

    /// <summary>The value is not smaller than <see cref="KademliaRecordStore.MaxValueBytes"/>.</summary>
    ValueTooLarge,

    /// <summary>The store already holds <see cref="KademliaRecordStore.MaxRecords"/> live records.</summary>
    MaxRecords,

    /// <summary>The store already holds providers for <see cref="KademliaRecordStore.MaxProvidedKeys"/> keys.</summary>
    MaxProvidedKeys,
}
