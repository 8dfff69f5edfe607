using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Frame.Primitives;
using Kusama.Scale;
using Kusama.State;
using Kusama.Trie.Proofs;

namespace Kusama.Rpc.Modules.Legacy;

/// <summary>
/// The state_ namespace (sc-rpc <c>State</c>, full-node backend): runtime calls, storage reads, key paging, change sets,
/// metadata, runtime version, read proofs and the runtime-version and storage subscriptions.
/// </summary>
public sealed partial class StateRpc(LegacyBlocks blocks)
{
    /// <summary>sc-rpc's <c>STORAGE_KEYS_PAGED_MAX_COUNT</c>.</summary>
    public const uint MaxKeysPagedCount = 1000;

    private BlockTree Tree => blocks.Tree;

    public RpcModule CreateModule()
    {
        var module = new RpcModule();
        module.AddMethod("state_call", Call);
        module.AddAlias("state_callAt", "state_call");
        module.AddMethod("state_getStorage", GetStorage);
        module.AddAlias("state_getStorageAt", "state_getStorage");
        module.AddMethod("state_getStorageHash", GetStorageHash);
        module.AddAlias("state_getStorageHashAt", "state_getStorageHash");
        module.AddMethod("state_getStorageSize", GetStorageSize);
        module.AddAlias("state_getStorageSizeAt", "state_getStorageSize");
        module.AddMethod("state_getKeys", GetKeys);
        module.AddMethod("state_getKeysPaged", GetKeysPaged);
        module.AddAlias("state_getKeysPagedAt", "state_getKeysPaged");
        module.AddMethod("state_getPairs", GetPairs, isUnsafe: true);
        module.AddMethod("state_queryStorageAt", QueryStorageAt);
        module.AddMethod("state_queryStorage", QueryStorage, isUnsafe: true);
        module.AddMethod("state_getMetadata", GetMetadata);
        module.AddMethod("state_getRuntimeVersion", GetRuntimeVersion);
        module.AddAlias("chain_getRuntimeVersion", "state_getRuntimeVersion");
        module.AddMethod("state_getReadProof", GetReadProof);
        module.AddMethod("state_getChildReadProof", GetChildReadProof);

        module.AddSubscription("state_subscribeRuntimeVersion", "state_runtimeVersion", "state_unsubscribeRuntimeVersion", SubscribeRuntimeVersion);
        module.AddAlias("chain_subscribeRuntimeVersion", "state_subscribeRuntimeVersion");
        module.AddAlias("chain_unsubscribeRuntimeVersion", "state_unsubscribeRuntimeVersion");
        module.AddSubscription("state_subscribeStorage", "state_storage", "state_unsubscribeStorage", SubscribeStorage);
        return module;
    }

    private RpcResult Call(RpcParams parameters, RpcContext context)
    {
        string method = parameters.GetString(0, "name");
        byte[] data = parameters.GetHexBytes(1, "bytes");
        Hash256? at = parameters.GetOptionalHash(2, "hash");
        return RpcResult.Hex(blocks.Call(at, method, data));
    }

    private RpcResult GetStorage(RpcParams parameters, RpcContext context)
    {
        byte[] key = parameters.GetHexBytes(0, "key");
        using StateView view = blocks.OpenState(parameters.GetOptionalHash(1, "hash"), out _);
        return RpcResult.HexOrNull(view.Get(key));
    }

    private RpcResult GetStorageHash(RpcParams parameters, RpcContext context)
    {
        byte[] key = parameters.GetHexBytes(0, "key");
        using StateView view = blocks.OpenState(parameters.GetOptionalHash(1, "hash"), out _);
        return view.Get(key) is { } value ? RpcResult.Hex(Blake2b.Hash256(value).ToArray()) : RpcResult.Null;
    }

    /// <summary>The value's length; for a key with no value, the summed lengths of the values under it as a prefix (null when none).</summary>
    private RpcResult GetStorageSize(RpcParams parameters, RpcContext context)
    {
        byte[] key = parameters.GetHexBytes(0, "key");
        using StateView view = blocks.OpenState(parameters.GetOptionalHash(1, "hash"), out _);
        if (view.Get(key) is { } value) return RpcResult.Number((ulong)value.Length);
        ulong sum = 0;
        foreach (KeyValuePair<byte[], byte[]> pair in view.Iterate(key))
            sum += (ulong)pair.Value.Length;
        return sum > 0 ? RpcResult.Number(sum) : RpcResult.Null;
    }

    private RpcResult GetKeys(RpcParams parameters, RpcContext context)
    {
        byte[] prefix = parameters.GetHexBytes(0, "prefix");
        using StateView view = blocks.OpenState(parameters.GetOptionalHash(1, "hash"), out _);
        var keys = new List<byte[]>();
        foreach (KeyValuePair<byte[], byte[]> pair in view.Iterate(prefix))
            keys.Add(pair.Key);
        return HexList(keys);
    }

    /// <summary>Up to <c>count</c> keys under the prefix in order, strictly after <c>startKey</c> when given.</summary>
    private RpcResult GetKeysPaged(RpcParams parameters, RpcContext context)
    {
        byte[] prefix = parameters.GetOptionalHexBytes(0, "prefix") ?? [];
        uint count = parameters.GetU32(1, "count");
        byte[]? startKey = parameters.GetOptionalHexBytes(2, "start_key");
        Hash256? at = parameters.GetOptionalHash(3, "hash");
        if (count > MaxKeysPagedCount) throw LegacyErrors.InvalidCount(count, MaxKeysPagedCount);
        using StateView view = blocks.OpenState(at, out _);
        return HexList(KeysPaged(view, prefix, (int)count, startKey));
    }

    internal static List<byte[]> KeysPaged(StateView view, byte[] prefix, int count, byte[]? startKey)
    {
        var keys = new List<byte[]>(Math.Min(count, 64));
        if (count == 0) return keys;
        foreach (KeyValuePair<byte[], byte[]> pair in view.Iterate(prefix, startKey))
        {
            if (startKey is not null && pair.Key.AsSpan().SequenceEqual(startKey)) continue;
            keys.Add(pair.Key);
            if (keys.Count == count) break;
        }
        return keys;
    }

    private RpcResult GetPairs(RpcParams parameters, RpcContext context)
    {
        byte[] prefix = parameters.GetHexBytes(0, "prefix");
        using StateView view = blocks.OpenState(parameters.GetOptionalHash(1, "hash"), out _);
        var pairs = new List<KeyValuePair<byte[], byte[]>>();
        foreach (KeyValuePair<byte[], byte[]> pair in view.Iterate(prefix))
            pairs.Add(pair);
        return RpcResult.Json(writer =>
        {
            writer.WriteStartArray();
            foreach (KeyValuePair<byte[], byte[]> pair in pairs)
            {
                writer.WriteStartArray();
                writer.WriteHexValue(pair.Key);
                writer.WriteHexValue(pair.Value);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        });
    }

    /// <summary>One change set holding every key's value at the block.</summary>
    private RpcResult QueryStorageAt(RpcParams parameters, RpcContext context)
    {
        byte[][] keys = parameters.GetHexArray(0, "keys");
        using StateView view = blocks.OpenState(parameters.GetOptionalHash(1, "at"), out Hash256 hash);
        List<KeyValuePair<byte[], byte[]?>> changes = Read(view, keys);
        return RpcResult.Json(writer =>
        {
            writer.WriteStartArray();
            LegacyJson.WriteChangeSet(writer, hash, changes);
            writer.WriteEndArray();
        });
    }

    /// <summary>
    /// Change sets from <c>from</c> to <c>to</c> (best when absent) along the chain: the first block lists every key, later
    /// blocks only the keys whose value changed, and blocks without changes are left out.
    /// </summary>
    private RpcResult QueryStorage(RpcParams parameters, RpcContext context)
    {
        byte[][] keys = parameters.GetHexArray(0, "keys");
        Hash256 from = parameters.GetHash(1, "block");
        Hash256 to = parameters.GetOptionalHash(2, "hash") ?? Tree.Best.Hash;
        Header? fromHeader = Tree.GetHeader(from);
        Header? toHeader = Tree.GetHeader(to);
        if (fromHeader is null || toHeader is null)
            throw LegacyErrors.InvalidBlockRange(from.ToString(), to.ToString(), LegacyErrors.UnknownBlock(fromHeader is null ? from : to));
        if (fromHeader.Number > toHeader.Number || !(from == to || Tree.IsDescendantOf(to, from)))
            throw LegacyErrors.InvalidBlockRange(from.ToString(), to.ToString(), "from and to are on different forks");

        var path = new List<(Hash256 Hash, Header Header)>();
        for (Hash256 hash = to; ; )
        {
            Header header = Tree.GetHeader(hash)!;
            path.Add((hash, header));
            if (hash == from) break;
            hash = header.ParentHash;
        }
        path.Reverse();

        var sets = new List<(Hash256, List<KeyValuePair<byte[], byte[]?>>)>();
        var last = new byte[]?[keys.Length];
        bool first = true;
        foreach ((Hash256 hash, Header header) in path)
        {
            using StateView view = OpenOrThrow(hash, header);
            var changes = new List<KeyValuePair<byte[], byte[]?>>();
            for (int i = 0; i < keys.Length; i++)
            {
                byte[]? value = view.Get(keys[i]);
                if (first || !SameValue(last[i], value)) changes.Add(new(keys[i], value));
                last[i] = value;
            }
            first = false;
            if (changes.Count > 0) sets.Add((hash, changes));
        }
        return RpcResult.Json(writer =>
        {
            writer.WriteStartArray();
            foreach ((Hash256 hash, List<KeyValuePair<byte[], byte[]?>> changes) in sets)
                LegacyJson.WriteChangeSet(writer, hash, changes);
            writer.WriteEndArray();
        });
    }

    /// <summary>The raw <c>RuntimeMetadataPrefixed</c> (<c>0x6d657461…</c>): Metadata_metadata's output without its length prefix.</summary>
    private RpcResult GetMetadata(RpcParams parameters, RpcContext context)
    {
        byte[] output = blocks.Call(parameters.GetOptionalHash(0, "hash"), "Metadata_metadata", []);
        var reader = new ScaleReader(output);
        int length;
        try
        {
            length = reader.ReadCompactLength(output.Length, "metadata");
        }
        catch (ScaleDecodeException exception)
        {
            throw LegacyErrors.StateClientError($"Execution failed: Metadata_metadata returned malformed output: {exception.Message}");
        }
        return RpcResult.Hex(output.AsSpan(reader.Position, length));
    }

    private RpcResult GetRuntimeVersion(RpcParams parameters, RpcContext context) =>
        LegacyJson.RuntimeVersion(blocks.Version(parameters.GetOptionalHash(0, "hash")));

    private RpcResult GetReadProof(RpcParams parameters, RpcContext context)
    {
        byte[][] keys = parameters.GetHexArray(0, "keys");
        using StateView view = blocks.OpenState(parameters.GetOptionalHash(1, "hash"), out Hash256 hash);
        return Proof(hash, view.ReadProof(keys));
    }

    private RpcResult GetChildReadProof(RpcParams parameters, RpcContext context)
    {
        byte[] childKey = ChildStateRpc.ChildStorageKey(parameters.GetHexBytes(0, "child_storage_key"));
        byte[][] keys = parameters.GetHexArray(1, "keys");
        using StateView view = blocks.OpenState(parameters.GetOptionalHash(2, "hash"), out Hash256 hash);
        return Proof(hash, view.ChildReadProof(childKey, keys));
    }

    private static RpcResult Proof(Hash256 at, StorageProof proof) => RpcResult.Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteHex("at", at.Bytes);
        writer.WritePropertyName("proof");
        writer.WriteStartArray();
        foreach (byte[] node in proof.Nodes)
            writer.WriteHexValue(node);
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private StateView OpenOrThrow(Hash256 hash, Header header)
    {
        try
        {
            return Tree.State.OpenAt(header.StateRoot);
        }
        catch (StateDiscardedException)
        {
            throw LegacyErrors.StateClientError(LegacyErrors.UnknownBlock(hash));
        }
    }

    internal static List<KeyValuePair<byte[], byte[]?>> Read(StateView view, byte[][] keys)
    {
        var values = new List<KeyValuePair<byte[], byte[]?>>(keys.Length);
        foreach (byte[] key in keys)
            values.Add(new(key, view.Get(key)));
        return values;
    }

    internal static bool SameValue(byte[]? a, byte[]? b) =>
        a is null ? b is null : b is not null && a.AsSpan().SequenceEqual(b);

    internal static RpcResult HexList(List<byte[]> items) => RpcResult.Json(writer =>
    {
        writer.WriteStartArray();
        foreach (byte[] item in items)
            writer.WriteHexValue(item);
        writer.WriteEndArray();
    });
}
