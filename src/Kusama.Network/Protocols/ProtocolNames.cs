using Kusama.Core;

namespace Kusama.Network.Protocols;

/// <summary>
/// The Substrate protocol names of one chain: <c>/&lt;genesis-hex&gt;[/&lt;forkId&gt;]/&lt;name&gt;</c>, plus the legacy
/// <c>/&lt;protocolId&gt;/&lt;name&gt;</c> names (GRANDPA's legacy name is <c>/paritytech/grandpa/1</c>).
/// </summary>
public sealed class ProtocolNames
{
    /// <summary>GRANDPA's legacy name, the same on every chain.</summary>
    public const string LegacyGrandpa = "/paritytech/grandpa/1";

    private readonly string _prefix;
    private readonly string _legacyPrefix;

    /// <summary>Names for the chain with <paramref name="genesisHash"/>, optional <paramref name="forkId"/> and legacy <paramref name="protocolId"/>.</summary>
    public ProtocolNames(Hash256 genesisHash, string protocolId, string? forkId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(protocolId);
        if (forkId is not null && forkId.Length == 0)
            throw new ArgumentException("a fork id must not be empty", nameof(forkId));
        GenesisHash = genesisHash;
        ProtocolId = protocolId;
        ForkId = forkId;
        string genesis = Convert.ToHexStringLower(genesisHash.Bytes);
        _prefix = forkId is null ? "/" + genesis : "/" + genesis + "/" + forkId;
        _legacyPrefix = "/" + protocolId;
    }

    /// <summary>The genesis hash the names are derived from.</summary>
    public Hash256 GenesisHash { get; }

    /// <summary>The chain spec's <c>protocolId</c> (Kusama: <c>ksmcc3</c>).</summary>
    public string ProtocolId { get; }

    /// <summary>The chain spec's fork id, or null.</summary>
    public string? ForkId { get; }

    /// <summary><c>/&lt;genesis&gt;/block-announces/1</c>.</summary>
    public string BlockAnnounces => _prefix + "/block-announces/1";

    /// <summary><c>/&lt;genesis&gt;/transactions/1</c>.</summary>
    public string Transactions => _prefix + "/transactions/1";

    /// <summary><c>/&lt;genesis&gt;/grandpa/1</c>.</summary>
    public string Grandpa => _prefix + "/grandpa/1";

    /// <summary><c>/&lt;genesis&gt;/sync/2</c> (block requests).</summary>
    public string Sync => _prefix + "/sync/2";

    /// <summary><c>/&lt;genesis&gt;/state/2</c>.</summary>
    public string State => _prefix + "/state/2";

    /// <summary><c>/&lt;genesis&gt;/light/2</c>.</summary>
    public string Light => _prefix + "/light/2";

    /// <summary><c>/&lt;genesis&gt;/sync/warp</c>.</summary>
    public string SyncWarp => _prefix + "/sync/warp";

    /// <summary><c>/&lt;genesis&gt;/kad</c>.</summary>
    public string Kad => _prefix + "/kad";

    /// <summary><c>/&lt;protocolId&gt;/block-announces/1</c>.</summary>
    public string LegacyBlockAnnounces => _legacyPrefix + "/block-announces/1";

    /// <summary><c>/&lt;protocolId&gt;/transactions/1</c>.</summary>
    public string LegacyTransactions => _legacyPrefix + "/transactions/1";

    /// <summary><c>/&lt;protocolId&gt;/sync/2</c>.</summary>
    public string LegacySync => _legacyPrefix + "/sync/2";

    /// <summary><c>/&lt;protocolId&gt;/state/2</c>.</summary>
    public string LegacyState => _legacyPrefix + "/state/2";

    /// <summary><c>/&lt;protocolId&gt;/light/2</c>.</summary>
    public string LegacyLight => _legacyPrefix + "/light/2";

    /// <summary><c>/&lt;protocolId&gt;/sync/warp</c>.</summary>
    public string LegacySyncWarp => _legacyPrefix + "/sync/warp";

    /// <summary><c>/&lt;protocolId&gt;/kad</c>.</summary>
    public string LegacyKad => _legacyPrefix + "/kad";

    /// <summary>The main names in the order block-announces, transactions, grandpa, sync, state, light, warp, kad.</summary>
    public string[] All => [BlockAnnounces, Transactions, Grandpa, Sync, State, Light, SyncWarp, Kad];

    /// <summary>The legacy (fallback) names in the same order as <see cref="All"/>.</summary>
    public string[] AllLegacy =>
        [LegacyBlockAnnounces, LegacyTransactions, LegacyGrandpa, LegacySync, LegacyState, LegacyLight, LegacySyncWarp, LegacyKad];
}
