using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Frame.Primitives;

namespace Kusama.Rpc.Modules.Legacy;

/// <summary>
/// The chain_ namespace (sc-rpc <c>Chain</c>): block hashes by number, headers, blocks, the finalized head, and the
/// new, all and finalized head subscriptions, each of which sends the current head first.
/// </summary>
public sealed class ChainRpc(BlockTree tree)
{
    public RpcModule CreateModule()
    {
        var module = new RpcModule();
        module.AddMethod("chain_getBlockHash", GetBlockHash);
        module.AddAlias("chain_getHead", "chain_getBlockHash");
        module.AddMethod("chain_getHeader", GetHeader);
        module.AddMethod("chain_getBlock", GetBlock);
        module.AddMethod("chain_getFinalizedHead", (_, _) => RpcResult.Hex(tree.FinalizedBlock.Hash.ToArray()));
        module.AddAlias("chain_getFinalisedHead", "chain_getFinalizedHead");

        module.AddSubscription("chain_subscribeNewHeads", "chain_newHead", "chain_unsubscribeNewHeads", SubscribeNewHeads);
        module.AddAlias("chain_subscribeNewHead", "chain_subscribeNewHeads");
        module.AddAlias("subscribe_newHead", "chain_subscribeNewHeads");
        module.AddAlias("chain_unsubscribeNewHead", "chain_unsubscribeNewHeads");
        module.AddAlias("unsubscribe_newHead", "chain_unsubscribeNewHeads");

        module.AddSubscription("chain_subscribeAllHeads", "chain_allHead", "chain_unsubscribeAllHeads", SubscribeAllHeads);

        module.AddSubscription("chain_subscribeFinalizedHeads", "chain_finalizedHead", "chain_unsubscribeFinalizedHeads", SubscribeFinalizedHeads);
        module.AddAlias("chain_subscribeFinalisedHeads", "chain_subscribeFinalizedHeads");
        module.AddAlias("chain_unsubscribeFinalisedHeads", "chain_unsubscribeFinalizedHeads");
        return module;
    }

    /// <summary>A number, a hex number, an array of them, or nothing (the best block); numbers past the best answer null.</summary>
    private RpcResult GetBlockHash(RpcParams parameters, RpcContext context)
    {
        if (!parameters.TryGet(0, "hash", out JsonElement value))
            return RpcResult.Hex(tree.Best.Hash.ToArray());
        if (value.ValueKind != JsonValueKind.Array)
            return HashOf(RpcParams.ReadU32(value, 0, "hash"));
        var hashes = new Hash256?[value.GetArrayLength()];
        int i = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            hashes[i] = item.ValueKind == JsonValueKind.Null ? tree.Best.Hash : tree.GetHash(RpcParams.ReadU32(item, 0, $"hash[{i}]"));
            i++;
        }
        return RpcResult.Json(writer =>
        {
            writer.WriteStartArray();
            foreach (Hash256? hash in hashes)
            {
                if (hash is { } h) writer.WriteHexValue(h.Bytes);
                else writer.WriteNullValue();
            }
            writer.WriteEndArray();
        });
    }

    private RpcResult HashOf(uint number) => tree.GetHash(number) is { } hash ? RpcResult.Hex(hash.ToArray()) : RpcResult.Null;

    private RpcResult GetHeader(RpcParams parameters, RpcContext context)
    {
        Hash256 hash = parameters.GetOptionalHash(0, "hash") ?? tree.Best.Hash;
        return tree.GetHeader(hash) is { } header ? LegacyJson.Header(header) : RpcResult.Null;
    }

    private RpcResult GetBlock(RpcParams parameters, RpcContext context)
    {
        Hash256 hash = parameters.GetOptionalHash(0, "hash") ?? tree.Best.Hash;
        Header? header = tree.GetHeader(hash);
        byte[][]? body = header is null ? null : tree.GetBody(hash);
        if (header is null || body is null) return RpcResult.Null;
        Justifications? justifications = tree.GetJustifications(hash);
        return RpcResult.Json(writer => LegacyJson.WriteBlock(writer, header, body, justifications));
    }

    private void SubscribeNewHeads(RpcParams parameters, RpcSubscriptionSink sink) =>
        FollowImports(sink, newBestOnly: true);

    private void SubscribeAllHeads(RpcParams parameters, RpcSubscriptionSink sink) =>
        FollowImports(sink, newBestOnly: false);

    private void FollowImports(RpcSubscriptionSink sink, bool newBestOnly)
    {
        var gate = new Lock();
        Hash256 lastSent = default;
        void OnImported(BlockImportNotification notification)
        {
            if (newBestOnly && !notification.IsNewBest) return;
            lock (gate)
            {
                if (notification.Hash == lastSent) return;
                lastSent = notification.Hash;
                sink.Send(LegacyJson.Header(notification.Header));
            }
        }
        tree.BlockImported += OnImported;
        sink.Closed.Register(() => tree.BlockImported -= OnImported);
        lock (gate)
        {
            BlockInfo best = tree.Best;
            if (best.Hash != lastSent && tree.GetHeader(best.Hash) is { } header)
            {
                lastSent = best.Hash;
                sink.Send(LegacyJson.Header(header));
            }
        }
    }

    /// <summary>Every finalized header once and in order: when finality jumps, the blocks in between are sent too (as Substrate fills gaps).</summary>
    private void SubscribeFinalizedHeads(RpcParams parameters, RpcSubscriptionSink sink)
    {
        var gate = new Lock();
        uint lastNumber = 0;
        bool started = false;
        void OnFinalized(FinalityNotification notification)
        {
            lock (gate)
            {
                if (!started) return;
                // The notification lists the newly finalized blocks oldest first, the new head last.
                foreach (Hash256 hash in notification.Finalized)
                {
                    Header? header = hash == notification.Hash ? notification.Header : tree.GetHeader(hash);
                    if (header is null || header.Number <= lastNumber) continue;
                    lastNumber = header.Number;
                    if (!sink.Send(LegacyJson.Header(header))) return;
                }
                if (notification.Number > lastNumber)
                {
                    lastNumber = notification.Number;
                    sink.Send(LegacyJson.Header(notification.Header));
                }
            }
        }
        tree.Finalized += OnFinalized;
        sink.Closed.Register(() => tree.Finalized -= OnFinalized);
        lock (gate)
        {
            BlockInfo finalized = tree.FinalizedBlock;
            if (tree.GetHeader(finalized.Hash) is { } header) sink.Send(LegacyJson.Header(header));
            lastNumber = finalized.Number;
            started = true;
        }
    }
}
