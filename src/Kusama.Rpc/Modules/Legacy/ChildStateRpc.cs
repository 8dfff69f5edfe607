using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.State;

namespace Kusama.Rpc.Modules.Legacy;

/// <summary>
/// The childstate_ namespace (sc-rpc <c>ChildState</c>): reads of default child tries. The child storage key is the full
/// <c>:child_storage:default:</c>-prefixed key, as clients pass it.
/// </summary>
public sealed class ChildStateRpc(LegacyBlocks blocks)
{
    private static readonly byte[] DefaultChildPrefix = ":child_storage:default:"u8.ToArray();

    public RpcModule CreateModule()
    {
        var module = new RpcModule();
        module.AddMethod("childstate_getStorage", GetStorage);
        module.AddMethod("childstate_getStorageHash", GetStorageHash);
        module.AddMethod("childstate_getStorageSize", GetStorageSize);
        module.AddMethod("childstate_getKeys", GetKeys);
        module.AddMethod("childstate_getKeysPaged", GetKeysPaged);
        module.AddAlias("childstate_getKeysPagedAt", "childstate_getKeysPaged");
        module.AddMethod("childstate_getStorageEntries", GetStorageEntries);
        return module;
    }

    /// <summary>
    /// The child trie's own key (without the default-child prefix) from a prefixed storage key; sc-rpc refuses other
    /// child kinds with "Invalid child storage key".
    /// </summary>
    public static byte[] ChildStorageKey(byte[] prefixedKey)
    {
        if (!prefixedKey.AsSpan().StartsWith(DefaultChildPrefix))
            throw LegacyErrors.StateClientError("Invalid child storage key");
        return prefixedKey[DefaultChildPrefix.Length..];
    }

    private StateView Open(RpcParams parameters, int atIndex, out byte[] childKey)
    {
        childKey = ChildStorageKey(parameters.GetHexBytes(0, "child_storage_key"));
        return blocks.OpenState(parameters.GetOptionalHash(atIndex, "hash"), out _);
    }

    private RpcResult GetStorage(RpcParams parameters, RpcContext context)
    {
        byte[] key = parameters.GetHexBytes(1, "key");
        using StateView view = Open(parameters, 2, out byte[] childKey);
        return RpcResult.HexOrNull(view.GetChild(childKey, key));
    }

    private RpcResult GetStorageHash(RpcParams parameters, RpcContext context)
    {
        byte[] key = parameters.GetHexBytes(1, "key");
        using StateView view = Open(parameters, 2, out byte[] childKey);
        return view.GetChild(childKey, key) is { } value ? RpcResult.Hex(Blake2b.Hash256(value).ToArray()) : RpcResult.Null;
    }

    private RpcResult GetStorageSize(RpcParams parameters, RpcContext context)
    {
        byte[] key = parameters.GetHexBytes(1, "key");
        using StateView view = Open(parameters, 2, out byte[] childKey);
        return view.GetChild(childKey, key) is { } value ? RpcResult.Number((ulong)value.Length) : RpcResult.Null;
    }

    private RpcResult GetKeys(RpcParams parameters, RpcContext context)
    {
        byte[] prefix = parameters.GetHexBytes(1, "prefix");
        using StateView view = Open(parameters, 2, out byte[] childKey);
        var keys = new List<byte[]>();
        foreach (KeyValuePair<byte[], byte[]> pair in view.IterateChild(childKey, prefix))
            keys.Add(pair.Key);
        return StateRpc.HexList(keys);
    }

    private RpcResult GetKeysPaged(RpcParams parameters, RpcContext context)
    {
        byte[] prefix = parameters.GetOptionalHexBytes(1, "prefix") ?? [];
        uint count = parameters.GetU32(2, "count");
        byte[]? startKey = parameters.GetOptionalHexBytes(3, "start_key");
        if (count > StateRpc.MaxKeysPagedCount) throw LegacyErrors.InvalidCount(count, StateRpc.MaxKeysPagedCount);
        using StateView view = Open(parameters, 4, out byte[] childKey);
        var keys = new List<byte[]>();
        if (count > 0)
        {
            foreach (KeyValuePair<byte[], byte[]> pair in view.IterateChild(childKey, prefix, startKey))
            {
                if (startKey is not null && pair.Key.AsSpan().SequenceEqual(startKey)) continue;
                keys.Add(pair.Key);
                if (keys.Count == count) break;
            }
        }
        return StateRpc.HexList(keys);
    }

    private RpcResult GetStorageEntries(RpcParams parameters, RpcContext context)
    {
        byte[][] keys = parameters.GetHexArray(1, "keys");
        using StateView view = Open(parameters, 2, out byte[] childKey);
        var values = new byte[]?[keys.Length];
        for (int i = 0; i < keys.Length; i++) values[i] = view.GetChild(childKey, keys[i]);
        return RpcResult.Json(writer =>
        {
            writer.WriteStartArray();
            foreach (byte[]? value in values) writer.WriteHexOrNullValue(value);
            writer.WriteEndArray();
        });
    }
}
