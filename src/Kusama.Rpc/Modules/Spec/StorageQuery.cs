using System.Text.Json;

namespace Kusama.Rpc.Modules.Spec;

/// <summary>One item of a <c>chainHead_v1_storage</c> / <c>archive_v1_storage</c> request: a key and what to read under it.</summary>
public sealed record StorageQuery(byte[] Key, StorageQueryType Type)
{
    /// <summary>Parses <c>{"key":"0x..","type":"value"|...}</c>; an unknown type or bad hex is an invalid parameter.</summary>
    public static StorageQuery Parse(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("key", out JsonElement keyElement) || keyElement.ValueKind != JsonValueKind.String
            || !item.TryGetProperty("type", out JsonElement typeElement) || typeElement.ValueKind != JsonValueKind.String)
            throw SpecErrors.InvalidParameter(item.GetRawText());
        string key = keyElement.GetString()!;
        byte[] bytes = SpecHex.Parse(key);
        StorageQueryType type = typeElement.GetString() switch
        {
            "value" => StorageQueryType.Value,
            "hash" => StorageQueryType.Hash,
            "closestDescendantMerkleValue" => StorageQueryType.ClosestDescendantMerkleValue,
            "descendantsValues" => StorageQueryType.DescendantsValues,
            "descendantsHashes" => StorageQueryType.DescendantsHashes,
            var other => throw SpecErrors.InvalidParameter(other ?? "null"),
        };
        return new StorageQuery(bytes, type);
    }
}
