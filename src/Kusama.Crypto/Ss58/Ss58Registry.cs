namespace Kusama.Crypto.Ss58;

/// <summary>A few well-known network names and their SS58 prefixes (names as in paritytech/ss58-registry), for <c>kusama key --network</c>.</summary>
public static class Ss58Registry
{
    /// <summary>The Kusama relay chain prefix.</summary>
    public const ushort Kusama = 2;

    /// <summary>The Polkadot relay chain prefix.</summary>
    public const ushort Polkadot = 0;

    /// <summary>The generic Substrate prefix, also used by test networks such as Westend and Rococo.</summary>
    public const ushort Substrate = 42;

    // The first entry for a prefix is its canonical name; westend and rococo are not in the registry but share 42.
    private static readonly (string Network, ushort Prefix)[] Entries =
    [
        ("polkadot", 0),
        ("kusama", 2),
        ("astar", 5),
        ("bifrost", 6),
        ("edgeware", 7),
        ("karura", 8),
        ("acala", 10),
        ("polymesh", 12),
        ("kulupu", 16),
        ("darwinia", 18),
        ("phala", 30),
        ("litentry", 31),
        ("centrifuge", 36),
        ("nodle", 37),
        ("kilt", 38),
        ("substrate", 42),
        ("westend", 42),
        ("rococo", 42),
        ("hydradx", 63),
        ("crust", 66),
        ("sora", 69),
        ("moonbeam", 1284),
        ("moonriver", 1285),
    ];

    /// <summary>Every known (network, prefix) pair, canonical names first for each prefix.</summary>
    public static IReadOnlyList<(string Network, ushort Prefix)> Networks { get; } = Array.AsReadOnly(Entries);

    /// <summary>Looks a network name up case-insensitively.</summary>
    public static bool TryGetPrefix(string? network, out ushort prefix)
    {
        foreach ((string name, ushort p) in Entries)
        {
            if (string.Equals(name, network, StringComparison.OrdinalIgnoreCase))
            {
                prefix = p;
                return true;
            }
        }
        prefix = 0;
        return false;
    }

    /// <summary>Resolves a <c>--network</c> value: a known name or a decimal prefix 0..16383.</summary>
    /// <exception cref="ArgumentException">Neither a known network nor a usable prefix; the message lists the names.</exception>
    public static ushort ResolvePrefix(string network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (TryGetPrefix(network, out ushort prefix)) return prefix;
        if (ushort.TryParse(network, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out prefix)
            && prefix <= Ss58Address.MaxPrefix && !Ss58Address.IsReservedPrefix(prefix))
            return prefix;

        var names = new string[Entries.Length];
        for (int i = 0; i < Entries.Length; i++) names[i] = Entries[i].Network;
        throw new ArgumentException($"unknown network '{network}': use a prefix 0..{Ss58Address.MaxPrefix} (not 46 or 47) or one of {string.Join(", ", names)}", nameof(network));
    }

    /// <summary>The canonical network name for a prefix, or null when the registry here does not know it.</summary>
    public static string? GetNetworkName(ushort prefix)
    {
        foreach ((string name, ushort p) in Entries)
            if (p == prefix) return name;
        return null;
    }
}
