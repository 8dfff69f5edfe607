using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kusama.Core;
using Kusama.Crypto.Ss58;
using Kusama.Runtime.Pallets.Balances;

namespace Kusama.Runtime.Genesis;

/// <summary>
/// The runtime's genesis config (<c>RuntimeGenesisConfig</c>) in Substrate's JSON shape: one camelCase key per pallet with a
/// genesis config — <c>{"system":{}, "balances":{"balances":[[account, amount], ...]}, "transactionPayment":{"multiplier":"1..."}}</c>.
/// Unknown keys are refused, as serde's <c>deny_unknown_fields</c> does, so a typo cannot pass silently.
/// </summary>
public sealed record RuntimeGenesisConfig(BalancesGenesisConfig Balances, FixedU128 Multiplier)
{
    /// <summary>The SS58 prefix genesis JSON writes accounts with (Substrate's default, 42); any prefix is read.</summary>
    public const ushort JsonSs58Prefix = 42;

    /// <summary>The default config: no balances, fee multiplier one.</summary>
    public static RuntimeGenesisConfig Default => new(new BalancesGenesisConfig([]), FixedU128.One);

    /// <summary>The default config as JSON (<c>GenesisBuilder</c>'s starting point for patches).</summary>
    public static JsonObject DefaultJson() => Default.ToJson();

    public JsonObject ToJson()
    {
        var balances = new JsonArray();
        foreach ((AccountId32 who, Balance free) in Balances.Balances)
            balances.Add(new JsonArray(AccountToJson(who), BalanceToJson(free)));
        return new JsonObject
        {
            ["system"] = new JsonObject(),
            ["balances"] = new JsonObject { ["balances"] = balances },
            ["transactionPayment"] = new JsonObject { ["multiplier"] = Multiplier.Inner.ToString(CultureInfo.InvariantCulture) },
        };
    }

    /// <summary>Reads a complete config (after patches were applied).</summary>
    /// <exception cref="GenesisConfigException">A key is unknown or a value has the wrong shape.</exception>
    public static RuntimeGenesisConfig FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        RejectUnknown(json, "genesis config", "system", "balances", "transactionPayment");
        if (json["system"] is not (null or JsonObject)) throw new GenesisConfigException("genesis config: 'system' must be an object");
        if (json["system"] is JsonObject system) RejectUnknown(system, "system");

        var balances = new List<(AccountId32, Balance)>();
        if (json["balances"] is JsonObject balancesJson)
        {
            RejectUnknown(balancesJson, "balances", "balances", "devAccounts");
            if (balancesJson["devAccounts"] is not null)
                throw new GenesisConfigException("balances.devAccounts is not supported; list the accounts in balances.balances");
            if (balancesJson["balances"] is JsonArray entries)
            {
                for (int i = 0; i < entries.Count; i++)
                {
                    if (entries[i] is not JsonArray { Count: 2 } pair)
                        throw new GenesisConfigException($"balances.balances[{i}] must be [account, amount]");
                    balances.Add((AccountFromJson(pair[0], $"balances.balances[{i}][0]"), BalanceFromJson(pair[1], $"balances.balances[{i}][1]")));
                }
            }
            else if (balancesJson["balances"] is not null) throw new GenesisConfigException("balances.balances must be an array");
        }
        else if (json["balances"] is not null) throw new GenesisConfigException("genesis config: 'balances' must be an object");

        FixedU128 multiplier = FixedU128.One;
        if (json["transactionPayment"] is JsonObject payment)
        {
            RejectUnknown(payment, "transactionPayment", "multiplier");
            if (payment["multiplier"] is { } value)
                multiplier = FixedU128.FromInner(ParseU128(value, "transactionPayment.multiplier"));
        }
        else if (json["transactionPayment"] is not null) throw new GenesisConfigException("genesis config: 'transactionPayment' must be an object");

        return new RuntimeGenesisConfig(new BalancesGenesisConfig([.. balances]), multiplier);
    }

    /// <summary>
    /// sp-genesis-builder's <c>json_merge</c> (RFC 7386 merge patch): objects merge key by key, <c>null</c> removes a key,
    /// anything else replaces. Returns a new object; the inputs are not changed.
    /// </summary>
    public static JsonObject MergePatch(JsonObject target, JsonObject patch)
    {
        var result = (JsonObject)target.DeepClone();
        foreach ((string key, JsonNode? value) in patch)
        {
            if (value is null) result.Remove(key);
            else if (value is JsonObject patchObject && result[key] is JsonObject targetObject) result[key] = MergePatch(targetObject, patchObject);
            else result[key] = value.DeepClone();
        }
        return result;
    }

    public static JsonNode AccountToJson(AccountId32 account) => JsonValue.Create(Ss58Address.Encode(account, JsonSs58Prefix));

    public static JsonNode BalanceToJson(Balance balance) => JsonNode.Parse(balance.Value.ToString(CultureInfo.InvariantCulture))!;

    private static AccountId32 AccountFromJson(JsonNode? node, string where)
    {
        if (node is JsonValue value && value.TryGetValue(out string? text))
        {
            Span<byte> raw = stackalloc byte[32];
            if (text.StartsWith("0x", StringComparison.Ordinal) && text.Length == 66 && Hex.TryDecode(text, raw, out _)) return new AccountId32(raw);
            try
            {
                return Ss58Address.DecodeAccountId32(text, out _);
            }
            catch (FormatException e)
            {
                throw new GenesisConfigException($"{where}: '{text}' is not an SS58 address or 32-byte hex account: {e.Message}", e);
            }
        }
        throw new GenesisConfigException($"{where} must be an account string (SS58 or 0x-hex)");
    }

    private static Balance BalanceFromJson(JsonNode? node, string where) => new(ParseU128(node, where));

    private static UInt128 ParseU128(JsonNode? node, string where)
    {
        if (node is JsonValue value)
        {
            string text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
            if (UInt128.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out UInt128 parsed)) return parsed;
        }
        throw new GenesisConfigException($"{where} must be a non-negative integer below 2^128 (a JSON number or a decimal string)");
    }

    private static void RejectUnknown(JsonObject json, string where, params string[] known)
    {
        foreach ((string key, _) in json)
            if (Array.IndexOf(known, key) < 0)
                throw new GenesisConfigException($"{where}: unknown field '{key}'" + (known.Length > 0 ? $"; expected one of {string.Join(", ", known)}" : ""));
    }
}
