using System.Text;
using System.Text.Json;
using Kusama.Blockchain.TransactionPool;
using Kusama.Core;
using Kusama.Frame.Transactions;
using Kusama.Scale;

namespace Kusama.Rpc.Modules.Legacy;

/// <summary>
/// The author_ namespace (sc-rpc <c>Author</c>): submitting and watching extrinsics, the pending pool, removing
/// extrinsics, and the keystore methods.
/// </summary>
public sealed class AuthorRpc(LegacyBlocks blocks, TransactionPool pool, AuthorKeystore keystore)
{
    /// <summary>sp-session's <c>SessionKeys</c> runtime API id (blake2_64 of its name).</summary>
    private static readonly byte[] SessionKeysApiId = Convert.FromHexString("ab3c0572291feb8b");

    public RpcModule CreateModule()
    {
        var module = new RpcModule();
        module.AddMethod("author_submitExtrinsic", SubmitExtrinsic);
        module.AddSubscription("author_submitAndWatchExtrinsic", "author_extrinsicUpdate", "author_unwatchExtrinsic", SubmitAndWatchExtrinsic);
        module.AddMethod("author_pendingExtrinsics", PendingExtrinsics);
        module.AddMethod("author_removeExtrinsic", RemoveExtrinsic, isUnsafe: true);
        module.AddMethod("author_insertKey", InsertKey, isUnsafe: true);
        module.AddMethod("author_hasKey", HasKey, isUnsafe: true);
        module.AddMethod("author_hasSessionKeys", HasSessionKeys, isUnsafe: true);
        module.AddMethod("author_rotateKeys", RotateKeys, isUnsafe: true);
        return module;
    }

    /// <summary>The pool's error as sc-rpc-api's author error object (codes 1002 and 1010–1019 with Substrate's texts).</summary>
    public static RpcException PoolError(TransactionPoolError error) =>
        error.Data is null ? new(error.Code, error.Message) : new(error.Code, error.Message, RpcResult.String(error.Data));

    /// <summary>Unlike the watching variant, a malformed extrinsic is a client error here (1040), as in sc-rpc.</summary>
    private RpcResult SubmitExtrinsic(RpcParams parameters, RpcContext context)
    {
        byte[] extrinsic = parameters.GetHexBytes(0, "extrinsic");
        if (!OpaqueExtrinsic.IsWellFormed(extrinsic, out string? error))
            throw new RpcException(LegacyErrors.AuthorOther, $"Client error: {error}");
        Result<Hash256, TransactionPoolError> result = pool.Submit(TransactionSource.External, extrinsic);
        if (result.IsErr) throw PoolError(result.ErrValue);
        return RpcResult.Hex(result.OkValue.ToArray());
    }

    private void SubmitAndWatchExtrinsic(RpcParams parameters, RpcSubscriptionSink sink)
    {
        byte[] extrinsic = parameters.GetHexBytes(0, "bytes");
        if (!OpaqueExtrinsic.IsWellFormed(extrinsic, out string? error))
            throw new RpcException(LegacyErrors.AuthorBadFormat, $"Extrinsic has invalid format: {error}");
        Result<TransactionWatcher, TransactionPoolError> result = pool.SubmitAndWatch(TransactionSource.External, extrinsic);
        if (result.IsErr) throw PoolError(result.ErrValue);
        TransactionWatcher watcher = result.OkValue;
        sink.Closed.Register(watcher.Dispose);
        _ = ForwardAsync(watcher, sink);
    }

    private static async Task ForwardAsync(TransactionWatcher watcher, RpcSubscriptionSink sink)
    {
        try
        {
            await foreach (TransactionStatus status in watcher.ReadAllAsync(sink.Closed).ConfigureAwait(false))
            {
                if (status.IsFinal)
                {
                    sink.SendAndClose(Status(status));
                    return;
                }
                if (!sink.Send(Status(status))) return;
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            watcher.Dispose();
        }
    }

    /// <summary>sc-transaction-pool-api's <c>TransactionStatus</c> serde (camelCase; InBlock and Finalized carry only the block hash).</summary>
    public static RpcResult Status(TransactionStatus status) => status.Kind switch
    {
        TransactionStatusKind.Future => "future",
        TransactionStatusKind.Ready => "ready",
        TransactionStatusKind.Dropped => "dropped",
        TransactionStatusKind.Invalid => "invalid",
        TransactionStatusKind.Broadcast => RpcResult.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("broadcast");
            writer.WriteStartArray();
            foreach (string peer in status.Peers ?? []) writer.WriteStringValue(peer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }),
        TransactionStatusKind.InBlock => HashVariant("inBlock", status.Hash),
        TransactionStatusKind.Retracted => HashVariant("retracted", status.Hash),
        TransactionStatusKind.FinalityTimeout => HashVariant("finalityTimeout", status.Hash),
        TransactionStatusKind.Finalized => HashVariant("finalized", status.Hash),
        TransactionStatusKind.Usurped => HashVariant("usurped", status.Hash),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status.Kind, "unknown transaction status"),
    };

    private static RpcResult HashVariant(string name, Hash256 hash) => RpcResult.Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteHex(name, hash.Bytes);
        writer.WriteEndObject();
    });

    private RpcResult PendingExtrinsics(RpcParams parameters, RpcContext context) => StateRpc.HexList(pool.PendingExtrinsics());

    /// <summary>Takes <c>[{"hash":…}|{"extrinsic":…}]</c> (sc-rpc-api <c>ExtrinsicOrHash</c>); answers the hashes actually removed.</summary>
    private RpcResult RemoveExtrinsic(RpcParams parameters, RpcContext context)
    {
        JsonElement list = parameters.GetElement(0, "bytes_or_hash");
        if (list.ValueKind != JsonValueKind.Array)
            throw RpcParams.Invalid(0, "bytes_or_hash", "expected an array of {\"hash\":…} or {\"extrinsic\":…} objects");
        var hashes = new List<Hash256>();
        int i = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            string name = $"bytes_or_hash[{i++}]";
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("hash", out JsonElement hash))
            {
                hashes.Add(RpcParams.ReadHash(hash, 0, name));
            }
            else if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("extrinsic", out JsonElement extrinsic))
            {
                byte[] bytes = RpcParams.ReadHex(extrinsic, 0, name);
                if (!OpaqueExtrinsic.IsWellFormed(bytes, out string? error))
                    throw new RpcException(LegacyErrors.AuthorBadFormat, $"Extrinsic has invalid format: {error}");
                hashes.Add(TransactionPool.HashOf(bytes));
            }
            else
            {
                throw RpcParams.Invalid(0, name, "expected {\"hash\":\"0x…\"} or {\"extrinsic\":\"0x…\"}");
            }
        }
        List<Hash256> removed = pool.Remove(hashes);
        return RpcResult.Json(writer =>
        {
            writer.WriteStartArray();
            foreach (Hash256 hash in removed) writer.WriteHexValue(hash.Bytes);
            writer.WriteEndArray();
        });
    }

    private RpcResult InsertKey(RpcParams parameters, RpcContext context)
    {
        byte[] keyType = KeyType(parameters.GetString(0, "key_type"));
        string suri = parameters.GetString(1, "suri");
        byte[] publicKey = parameters.GetHexBytes(2, "public");
        keystore.Insert(keyType, suri, publicKey);
        return RpcResult.Null;
    }

    private RpcResult HasKey(RpcParams parameters, RpcContext context)
    {
        byte[] publicKey = parameters.GetHexBytes(0, "public_key");
        byte[] keyType = KeyType(parameters.GetString(1, "key_type"));
        return keystore.Has(keyType, publicKey);
    }

    /// <summary>Decodes the session keys through <c>SessionKeys_decode_session_keys</c> and checks each is in the keystore.</summary>
    private RpcResult HasSessionKeys(RpcParams parameters, RpcContext context)
    {
        byte[] sessionKeys = parameters.GetHexBytes(0, "session_keys");
        RequireSessionKeysApi();
        byte[] output = ClientCall("SessionKeys_decode_session_keys", ScaleCodec.Encode<byte[], Kusama.Scale.Codecs.BytesCodec>(sessionKeys));
        try
        {
            var reader = new ScaleReader(output);
            if (reader.ReadByte() == 0) throw new RpcException(LegacyErrors.AuthorOther, "Session keys are not encoded correctly");
            int count = reader.ReadCompactLength(output.Length, "session keys");
            for (int i = 0; i < count; i++)
            {
                int length = reader.ReadCompactLength(output.Length, "public key");
                byte[] publicKey = reader.ReadBytes(length).ToArray();
                byte[] keyType = reader.ReadBytes(4).ToArray();
                if (!keystore.Has(keyType, publicKey)) return false;
            }
            return true;
        }
        catch (ScaleDecodeException exception)
        {
            throw new RpcException(LegacyErrors.AuthorOther, $"Client error: {exception.Message}");
        }
    }

    /// <summary>Needs the runtime's <c>SessionKeys</c> API, which generates the keys into the keystore.</summary>
    private RpcResult RotateKeys(RpcParams parameters, RpcContext context)
    {
        RequireSessionKeysApi();
        byte[] output = ClientCall("SessionKeys_generate_session_keys", [0]);
        var reader = new ScaleReader(output);
        try
        {
            int length = reader.ReadCompactLength(output.Length, "session keys");
            return RpcResult.Hex(reader.ReadBytes(length));
        }
        catch (ScaleDecodeException exception)
        {
            throw new RpcException(LegacyErrors.AuthorOther, $"Client error: {exception.Message}");
        }
    }

    private void RequireSessionKeysApi()
    {
        foreach ((byte[] id, uint _) in blocks.Version(null).Apis)
            if (id.AsSpan().SequenceEqual(SessionKeysApiId)) return;
        throw new RpcException(LegacyErrors.AuthorOther, "`SessionKeys` runtime api not present in the runtime");
    }

    private byte[] ClientCall(string method, byte[] args)
    {
        try
        {
            return blocks.Call(null, method, args);
        }
        catch (RpcException exception)
        {
            throw new RpcException(LegacyErrors.AuthorOther, exception.Error.Message);
        }
    }

    /// <summary>sp-core's <c>KeyTypeId</c> from a string: exactly four bytes, else "Invalid key type ID format".</summary>
    private static byte[] KeyType(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length != 4) throw new RpcException(LegacyErrors.AuthorOther, "Invalid key type ID format (should be of length four)");
        return bytes;
    }
}
