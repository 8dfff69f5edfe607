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
            foreach (string address in _info.Network?.ListenAddresses() ?? []) writer.WriteStringValue(address);
            writer.WriteEndArray();
        }));
        module.AddMethod("system_peers", Peers, isUnsafe: true);
        module.AddMethod("system_syncState", SyncState);
        module.AddMethod("system_accountNextIndex", AccountNextIndex);
        module.AddAlias("account_nextIndex", "system_accountNextIndex");
        module.AddMethod("system_dryRun", DryRun, isUnsafe: true);
        module.AddAlias("system_dryRunAt", "system_dryRun");
        module.AddMethod("system_addReservedPeer", AddReservedPeer, isUnsafe: true);
        module.AddMethod("system_removeReservedPeer", RemoveReservedPeer, isUnsafe: true);
        module.AddMethod("system_reservedPeers", (_, _) => RpcResult.Json(writer =>
        {
            writer.WriteStartArray();
            foreach (string peer in _info.Network?.ReservedPeers() ?? []) writer.WriteStringValue(peer);
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
        SystemHealth health = _info.Network?.Health() ?? new SystemHealth(0, false, false);
        return RpcResult.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("peers", health.Peers);
            writer.WriteBoolean("isSyncing", health.IsSyncing);
            writer.WriteBoolean("shouldHavePeers", health.ShouldHavePeers);
            writer.WriteEndObject();
        });
    }

    /// <summary>The highest block is the best one unless a peer announced a higher one.</summary>
    private RpcResult SyncState(RpcParams parameters, RpcContext context)
    {
        uint best = Tree.Best.Number;
        uint highest = Math.Max(best, _info.Network?.HighestBlock() ?? 0);
        return RpcResult.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("startingBlock", _startingBlock);
            writer.WriteNumber("currentBlock", best);
            writer.WriteNumber("highestBlock", highest);
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

    private RpcResult Peers(RpcParams parameters, RpcContext context)
    {
        IReadOnlyList<SystemPeer> peers = _info.Network?.Peers() ?? [];
        return RpcResult.Json(writer =>
        {
            writer.WriteStartArray();
            foreach (SystemPeer peer in peers)
            {
                writer.WriteStartObject();
                writer.WriteString("peerId", peer.PeerId);
                writer.WriteString("roles", peer.Roles);
                writer.WriteString("bestHash", peer.BestHash);
                writer.WriteNumber("bestNumber", peer.BestNumber);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        });
    }

    private RpcResult AddReservedPeer(RpcParams parameters, RpcContext context)
    {
        string address = parameters.GetString(0, "peer");
        ISystemNetwork network = _info.Network ?? throw new RpcException(RpcErrorCodes.InternalError, "This node has no network");
        try
        {
            network.AddReservedPeer(address);
        }
        catch (ArgumentException exception)
        {
            throw MalformattedPeerArg(exception);
        }
        return RpcResult.Null;
    }

    /// <summary>sc-rpc-api's system <c>MalformattedPeerArg</c>: code 2001 (system base 2000 + 1).</summary>
    private static RpcException MalformattedPeerArg(ArgumentException exception) =>
        new(2001, "Peer argument is malformatted: " + exception.Message);

    private RpcResult RemoveReservedPeer(RpcParams parameters, RpcContext context)
    {
        string peerId = parameters.GetString(0, "peer_id");
        ISystemNetwork network = _info.Network ?? throw new RpcException(RpcErrorCodes.InternalError, "This node has no network");
        try
        {
            network.RemoveReservedPeer(peerId);
        }
        catch (ArgumentException exception)
        {
            throw MalformattedPeerArg(exception);
        }
        return RpcResult.Null;
    }
}
