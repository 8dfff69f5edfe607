using System.Text.Json.Nodes;
using Kusama.Core;
using Kusama.Crypto.Keys;

namespace Kusama.Runtime.Genesis;

/// <summary>
/// The GenesisBuilder presets Kusama's runtime ships (<c>genesis_config_presets.rs</c>): <c>development</c> (authority Alice)
/// and <c>local_testnet</c> (Alice and Bob), each endowing the twelve well-known dev accounts with 1,000,000 KSM.
/// </summary>
public static class GenesisPresets
{
    public const string Development = "development";

    public const string LocalTestnet = "local_testnet";

    /// <summary>Each testnet account's endowment: <c>1_000_000 * KSM</c>.</summary>
    public static readonly Balance Endowment = (UInt128)1_000_000 * KusamaConstants.Units;

    public static IReadOnlyList<string> Names { get; } = [Development, LocalTestnet];

    /// <summary>The twelve accounts Kusama's <c>testnet_accounts()</c> endows: Alice..Ferdie and their <c>//stash</c> accounts (sr25519).</summary>
    public static IReadOnlyList<AccountId32> TestnetAccounts { get; } = CreateTestnetAccounts();

    /// <summary>The authorities' seeds of each preset (their session keys arrive with the consensus pallets).</summary>
    public static IReadOnlyList<string> Authorities(string preset) => preset switch
    {
        Development => ["Alice"],
        LocalTestnet => ["Alice", "Bob"],
        _ => throw new GenesisConfigException($"unknown genesis preset '{preset}'; known presets: {string.Join(", ", Names)}"),
    };

    /// <summary>The preset's genesis-config patch, or null for an unknown name (<c>get_preset</c>).</summary>
    public static JsonObject? Get(string name)
    {
        if (name is not (Development or LocalTestnet)) return null;
        var balances = new JsonArray();
        foreach (AccountId32 account in TestnetAccounts)
            balances.Add(new JsonArray(RuntimeGenesisConfig.AccountToJson(account), RuntimeGenesisConfig.BalanceToJson(Endowment)));
        return new JsonObject
        {
            ["balances"] = new JsonObject { ["balances"] = balances },
        };
    }

    private static AccountId32[] CreateTestnetAccounts()
    {
        string[] seeds = ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"];
        var accounts = new AccountId32[seeds.Length * 2];
        for (int i = 0; i < seeds.Length; i++)
        {
            accounts[i] = Account($"//{seeds[i]}");
            accounts[seeds.Length + i] = Account($"//{seeds[i]}//stash");
        }
        return accounts;
    }

    private static AccountId32 Account(string suri) => KeyPair.FromSuri(KeyScheme.Sr25519, suri).AccountId;
}
