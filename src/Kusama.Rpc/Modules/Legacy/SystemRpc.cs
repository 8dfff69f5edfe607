using System.Buffers.Binary;
using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.TransactionPool;
using Kusama.Core;
using Kusama.Crypto.Ss58;

namespace Kusama.Rpc.Modules.Legacy;

/// <summary>
/// The system_ namespace (sc-rpc <c>System</c> plus frame-rpc-system's accountNextIndex and dryRun): node identity,
/// chain spec facts, health and sync state, peers (none until networking), next nonces and dry runs.
/// </summary>
public sealed class SystemRpc
{
    private readonly LegacyBlocks _blocks;
    private readonly TransactionPool _pool;
    private readonly ChainSpec _spec;
    private readonly SystemInfo _info;
    private readonly uint _startingBlock;

    public SystemRpc(LegacyBlocks blocks, TransactionPool pool, ChainSpec spec, SystemInfo info)
    {
        _blocks = blocks;
        _pool = pool;
        _spec = spec;
        _info = info;
        _startingBlock = blocks.Tree.Best.Number;
    }

    private BlockTree Tree => _blocks.Tree;

    public RpcModule CreateModule()
    {
        var module = new RpcModule();
        module.AddMethod("system_name", (_, _) => _info.Name);
        module.AddMethod("system_version", (_, _) => _info.Version);
        module.AddMethod("system_chain", (_, _) => _spec.Name);
        module.AddMethod("system_chainType", ChainType);
        module.AddMethod("system_properties", Properties);
        module.AddMethod("system_health", Health);
        module.AddMethod("system_nodeRoles", (_, _) => RpcResult.Json(writer =>
        {
            writer.WriteStartArray();
            writer.WriteStringValue(_info.IsAuthority ? "Authority" : "Full");
            writer.WriteEndArray();
        }));
        module.AddMethod("system_localPeerId", (_, _) => _info.LocalPeerId);
        module.AddMethod("system_localListenAddresses", (_, _) => RpcResult.Json(writer =>
        {
            writer.WriteStartArray();
            foreach (string address in _info.ListenAddresses) writer.WriteStringValue(address);
            writer.WriteEndArray();
        }));
        module.AddMethod("system_peers", (_, _) => RpcResult.Json(static writer =>
        {
            writer.WriteStartArray();
            writer.WriteEndArray();
        }), isUnsafe: true);
        module.AddMethod("system_syncState", SyncState);
        module.AddMethod("system_accountNextIndex", AccountNextIndex);
        module.AddAlias("account_nextIndex", "system_accountNextIndex");
        module.AddMethod("system_dryRun", DryRun, isUnsafe: true);
        module.AddAlias("system_dryRunAt", "system_dryRun");
        module.AddMethod("system_addReservedPeer", NoNetworking, isUnsafe: true);
        module.AddMethod("system_removeReservedPeer", NoNetworking, isUnsafe: true);
        module.AddMethod("system_reservedPeers", (_, _) => RpcResult.Json(static writer =>
        {
            writer.WriteStartArray();
            writer.WriteEndArray();
        }), isUnsafe: true);
        return module;
    }

    /// <summary>sc-chain-spec's serde: <c>"Development"</c>, <c>"Local"</c>, <c>"Live"</c> or <c>{"Custom":"…"}</c>.</summary>
    private RpcResult ChainType(RpcParams parameters, RpcContext context)
    {
        ChainType type = _spec.ChainType;
        if (!type.IsCustom) return type.Name;
        return RpcResult.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("Custom", type.Name);
            writer.WriteEndObject();
        });
    }

    private RpcResult Properties(RpcParams parameters, RpcContext context)
    {
        if (_spec.Properties is { } properties) return RpcResult.Json(properties.DeepClone());
        return RpcResult.Json(static writer =>
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        });
    }

    private RpcResult Health(RpcParams parameters, RpcContext context)
    {
        SystemHealth health = _info.Health();
        return RpcResult.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("peers", health.Peers);
            writer.WriteBoolean("isSyncing", health.IsSyncing);
            writer.WriteBoolean("shouldHavePeers", health.ShouldHavePeers);
            writer.WriteEndObject();
        });
    }

    /// <summary>Without networking the best block is also the highest known one.</summary>
    private RpcResult SyncState(RpcParams parameters, RpcContext context)
    {
        uint best = Tree.Best.Number;
        return RpcResult.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("startingBlock", _startingBlock);
            writer.WriteNumber("currentBlock", best);
            writer.WriteNumber("highestBlock", best);
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// The account's nonce at the best block, advanced past the ready pool transactions that provide
    /// (account, nonce), (account, nonce + 1)… as frame-rpc-system counts them.
    /// </summary>
    private RpcResult AccountNextIndex(RpcParams parameters, RpcContext context)
    {
        string address = parameters.GetString(0, "account");
        if (!Ss58Address.TryDecodeAccountId32(address, out _, out AccountId32 account))
            throw RpcParams.Invalid(0, "account", $"`{address}` is not an SS58 address of a 32-byte account");
        byte[] output;
        try
        {
            output = _blocks.Call(null, "AccountNonceApi_account_nonce", account.Bytes);
        }
        catch (RpcException exception)
        {
            throw new RpcException(LegacyErrors.RuntimeError, "Unable to query nonce.", exception.Error.Message);
        }
        if (output.Length != 4) throw new RpcException(LegacyErrors.RuntimeError, "Unable to query nonce.", $"AccountNonceApi_account_nonce returned {output.Length} bytes, not a u32");
        uint nonce = BinaryPrimitives.ReadUInt32LittleEndian(output);
        var tag = new byte[AccountId32.Length + 4];
        account.Bytes.CopyTo(tag);
        BinaryPrimitives.WriteUInt32LittleEndian(tag.AsSpan(AccountId32.Length), nonce);
        using (BestIterator ready = _pool.Ready())
        {
            foreach (PooledTransaction transaction in ready)
            {
                if (transaction.Provides.Length == 0 || !transaction.Provides[0].AsSpan().SequenceEqual(tag)) continue;
                nonce++;
                BinaryPrimitives.WriteUInt32LittleEndian(tag.AsSpan(AccountId32.Length), nonce);
            }
        }
        return RpcResult.Number(nonce);
    }

    /// <summary><c>BlockBuilder_apply_extrinsic</c> on a throwaway copy of the state at the block: the encoded ApplyExtrinsicResult.</summary>
    private RpcResult DryRun(RpcParams parameters, RpcContext context)
    {
        byte[] extrinsic = parameters.GetHexBytes(0, "extrinsic");
        Hash256? at = parameters.GetOptionalHash(1, "at");
        if (!OpaqueExtrinsic.IsWellFormed(extrinsic, out string? error))
            throw new RpcException(LegacyErrors.DecodeError, "Unable to dry run extrinsic", error);
        try
        {
            return RpcResult.Hex(_blocks.Call(at, "BlockBuilder_apply_extrinsic", extrinsic));
        }
        catch (RpcException exception) when (exception.Error.Code == LegacyErrors.StateClient)
        {
            throw new RpcException(LegacyErrors.RuntimeError, "Unable to dry run extrinsic", exception.Error.Message);
        }
    }

    private static RpcResult NoNetworking(RpcParams parameters, RpcContext context)
    {
        parameters.GetString(0, "peer");
        throw new RpcException(RpcErrorCodes.InternalError, "Reserved peers are not supported: this node has no networking yet");
    }
}
