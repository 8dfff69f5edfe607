using System.Diagnostics.CodeAnalysis;

namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>
/// The in-memory record and provider store of the kad protocol, with rust-libp2p's <c>MemoryStore</c> limits as Substrate
/// configures them: at most <see cref="MaxRecords"/> records of values under <see cref="MaxValueBytes"/>, providers for at
/// most <see cref="MaxProvidedKeys"/> keys and <see cref="MaxProvidersPerKey"/> per key, each with at most
/// <see cref="KBucketsTable.MaxAddressesPerPeer"/> addresses, so no peer can grow it past those bounds. Expired entries are
/// neither served nor counted against the limits. Thread-safe.
/// </summary>
public sealed class KademliaRecordStore
{
    /// <summary>Records kept at once (rust's max_records).</summary>
    public const int MaxRecords = 1024;

    /// <summary>A value of this many bytes or more is refused (rust's max_value_bytes, 65 KiB, compared with ≥).</summary>
    public const int MaxValueBytes = 65 * 1024;

    /// <summary>Providers kept per key (rust's max_providers_per_key = K).</summary>
    public const int MaxProvidersPerKey = KBucketsTable.K;

    /// <summary>Keys with providers kept at once (Substrate's KADEMLIA_MAX_PROVIDER_KEYS; rust's default is 1024).</summary>
    public const int MaxProvidedKeys = 10_000;

    /// <summary>How long a received record lives at most (rust-libp2p's default record_ttl, which Substrate keeps).</summary>
    public static readonly TimeSpan RecordTtl = TimeSpan.FromHours(48);

    /// <summary>How long a provider announcement lives (Substrate's KADEMLIA_PROVIDER_RECORD_TTL).</summary>
    public static readonly TimeSpan ProviderRecordTtl = TimeSpan.FromHours(10);

    private readonly Dictionary<KademliaKey, (KademliaRecord Record, DateTimeOffset? Expires)> _records = [];
    private readonly Dictionary<KademliaKey, List<KademliaProviderRecord>> _providers = [];
    private readonly Lock _lock = new();

    /// <summary>A store whose expiry follows <paramref name="timeProvider"/> (the system clock by default).</summary>
    public KademliaRecordStore(TimeProvider? timeProvider = null) => TimeProvider = timeProvider ?? TimeProvider.System;

    /// <summary>The clock expiry is measured with.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The number of live records.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                RemoveExpiredRecords(TimeProvider.GetUtcNow());
                return _records.Count;
            }
        }
    }

    /// <summary>The number of keys with at least one live provider.</summary>
    public int ProvidedKeyCount
    {
        get
        {
            lock (_lock)
            {
                RemoveExpiredProviders(TimeProvider.GetUtcNow());
                return _providers.Count;
            }
        }
    }

    /// <summary>
    /// Stores <paramref name="record"/> until <paramref name="expires"/> (null: forever), replacing one with the same key;
    /// a new key is refused while <see cref="MaxRecords"/> live records are held.
    /// </summary>
    public KademliaStoreResult Put(KademliaRecord record, DateTimeOffset? expires)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Value.Length >= MaxValueBytes) return KademliaStoreResult.ValueTooLarge;
        var key = KademliaKey.FromPreimage(record.Key);
        lock (_lock)
        {
            if (!_records.ContainsKey(key) && _records.Count >= MaxRecords)
            {
                RemoveExpiredRecords(TimeProvider.GetUtcNow());
                if (_records.Count >= MaxRecords) return KademliaStoreResult.MaxRecords;
            }
            _records[key] = (record with { Ttl = 0 }, expires);
            return KademliaStoreResult.Stored;
        }
    }

    /// <summary>The live record under <paramref name="key"/>, its <see cref="KademliaRecord.Ttl"/> set to the seconds it has left (as rust sends it).</summary>
    public bool TryGet(ReadOnlySpan<byte> key, [NotNullWhen(true)] out KademliaRecord? record)
    {
        var hashed = KademliaKey.FromPreimage(key);
        DateTimeOffset now = TimeProvider.GetUtcNow();
        lock (_lock)
        {
            if (_records.TryGetValue(hashed, out var stored))
            {
                if (stored.Expires is not DateTimeOffset expires)
                {
                    record = stored.Record;
                    return true;
                }
                if (expires > now)
                {
                    // Rust rounds the remaining lifetime down but never sends 0, which would mean "no expiry".
                    record = stored.Record with { Ttl = (uint)Math.Clamp((expires - now).TotalSeconds, 1, uint.MaxValue) };
                    return true;
                }
                _records.Remove(hashed);
            }
        }
        record = null;
        return false;
    }

    /// <summary>Removes the record under <paramref name="key"/>; true when there was one.</summary>
    public bool Remove(ReadOnlySpan<byte> key)
    {
        var hashed = KademliaKey.FromPreimage(key);
        lock (_lock) return _records.Remove(hashed);
    }

    /// <summary>
    /// Adds or refreshes <paramref name="provider"/>. As rust-libp2p since kad 0.46.1, a key that already has
    /// <see cref="MaxProvidersPerKey"/> live providers ignores newcomers (still <see cref="KademliaStoreResult.Stored"/>),
    /// so a flood of Sybil providers cannot displace the honest ones; a new key is refused at <see cref="MaxProvidedKeys"/>.
    /// </summary>
    public KademliaStoreResult AddProvider(KademliaProviderRecord provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var key = KademliaKey.FromPreimage(provider.Key);
        DateTimeOffset now = TimeProvider.GetUtcNow();
        if (provider.Addresses.Count > KBucketsTable.MaxAddressesPerPeer)
            provider = provider with { Addresses = provider.Addresses.Take(KBucketsTable.MaxAddressesPerPeer).ToArray() };
        lock (_lock)
        {
            if (!_providers.TryGetValue(key, out List<KademliaProviderRecord>? providers))
            {
                if (_providers.Count >= MaxProvidedKeys)
                {
                    RemoveExpiredProviders(now);
                    if (_providers.Count >= MaxProvidedKeys) return KademliaStoreResult.MaxProvidedKeys;
                }
                providers = [];
                _providers.Add(key, providers);
            }
            providers.RemoveAll(p => IsExpired(p.Expires, now));
            int existing = providers.FindIndex(p => p.Provider == provider.Provider);
            if (existing >= 0) providers[existing] = provider;
            else if (providers.Count < MaxProvidersPerKey) providers.Add(provider);
            return KademliaStoreResult.Stored;
        }
    }

    /// <summary>The live providers of <paramref name="key"/>, oldest announcement first.</summary>
    public IReadOnlyList<KademliaProviderRecord> GetProviders(ReadOnlySpan<byte> key)
    {
        var hashed = KademliaKey.FromPreimage(key);
        DateTimeOffset now = TimeProvider.GetUtcNow();
        lock (_lock)
        {
            if (!_providers.TryGetValue(hashed, out List<KademliaProviderRecord>? providers)) return [];
            providers.RemoveAll(p => IsExpired(p.Expires, now));
            if (providers.Count == 0) _providers.Remove(hashed);
            return providers.ToArray();
        }
    }

    private static bool IsExpired(DateTimeOffset? expires, DateTimeOffset now) => expires is DateTimeOffset at && at <= now;

    private void RemoveExpiredRecords(DateTimeOffset now)
    {
        foreach (var (key, stored) in _records)
            if (IsExpired(stored.Expires, now)) _records.Remove(key);
    }

    private void RemoveExpiredProviders(DateTimeOffset now)
    {
        foreach (var (key, providers) in _providers)
        {
            providers.RemoveAll(p => IsExpired(p.Expires, now));
            if (providers.Count == 0) _providers.Remove(key);
        }
    }
}
