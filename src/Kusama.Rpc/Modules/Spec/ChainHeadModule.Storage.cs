using System.Text.Json;
using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Frame.Primitives;
using Kusama.State;

namespace Kusama.Rpc.Modules.Spec;

// chainHead_v1_storage: values, hashes and descendants of keys in the state (or a child trie) of a pinned block.
public sealed partial class ChainHeadModule
{
    private RpcResult Storage(RpcParams parameters, RpcContext context)
    {
        string id = parameters.GetString(0, "followSubscription");
        Hash256 hash = parameters.GetHash(1, "hash");
        JsonElement itemsElement = parameters.GetElement(2, "items");
        if (itemsElement.ValueKind != JsonValueKind.Array) throw SpecErrors.InvalidParameter(itemsElement.GetRawText());
        var items = new List<StorageQuery>(itemsElement.GetArrayLength());
        foreach (JsonElement item in itemsElement.EnumerateArray()) items.Add(StorageQuery.Parse(item));
        string? childTrieHex = parameters.GetOptionalString(3, "childTrie");
        byte[]? childTrie = childTrieHex is null ? null : SpecHex.Parse(childTrieHex);

        if (!TryStart(context, id, hash, items.Count, out FollowSubscription? subscription, out FollowOperation? operation, out RpcResult refused))
            return refused;
        int accepted = Math.Min(items.Count, operation!.Slots);
        int discarded = items.Count - accepted;
        List<StorageQuery> queries = items.GetRange(0, accepted);
        context.AfterResponse(() => _ = Task.Run(() => RunStorage(subscription!, operation, hash, queries, childTrie)));
        return RpcResult.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("result"u8, "started"u8);
            writer.WriteString("operationId"u8, operation.Id);
            writer.WriteNumber("discardedItems"u8, discarded);
            writer.WriteEndObject();
        });
    }

    private void RunStorage(FollowSubscription subscription, FollowOperation operation, Hash256 hash, List<StorageQuery> queries, byte[]? childTrie)
    {
        try
        {
            Header? header = _tree.GetHeader(hash);
            if (header is null)
            {
                subscription.SendOperationEvent(operation, Inaccessible(operation), final: true);
                return;
            }
            StateView view;
            try
            {
                view = _tree.State.OpenAt(header.StateRoot);
            }
            catch (StateDiscardedException)
            {
                subscription.SendOperationEvent(operation, Inaccessible(operation), final: true);
                return;
            }
            using (view)
            {
                foreach (StorageQuery query in queries)
                {
                    if (operation.Stopped.IsCancellationRequested) return;
                    if (!SendStorageItems(subscription, operation, view, query, childTrie)) return;
                }
            }
            subscription.SendOperationEvent(operation, writer =>
            {
                WriteEventStart(writer, "operationStorageDone"u8, operation);
                writer.WriteEndObject();
            }, final: true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            string error = e.Message;
            subscription.SendOperationEvent(operation, writer =>
            {
                WriteEventStart(writer, "operationError"u8, operation);
                writer.WriteString("error"u8, error);
                writer.WriteEndObject();
            }, final: true);
        }
    }

    /// <summary>Sends the results of one query, one item per event as Substrate does; false when the operation ended.</summary>
    private static bool SendStorageItems(FollowSubscription subscription, FollowOperation operation, StateView view, StorageQuery query, byte[]? childTrie)
    {
        switch (query.Type)
        {
            case StorageQueryType.Value:
            case StorageQueryType.Hash:
            {
                byte[]? value = childTrie is null ? view.Get(query.Key) : view.GetChild(childTrie, query.Key);
                return value is null || SendItem(subscription, operation, query.Key, value, query.Type == StorageQueryType.Hash);
            }
            case StorageQueryType.DescendantsValues:
            case StorageQueryType.DescendantsHashes:
            {
                bool hashed = query.Type == StorageQueryType.DescendantsHashes;
                IEnumerable<KeyValuePair<byte[], byte[]>> entries = childTrie is null ? view.Iterate(query.Key) : view.IterateChild(childTrie, query.Key);
                foreach (KeyValuePair<byte[], byte[]> entry in entries)
                {
                    if (operation.Stopped.IsCancellationRequested) return false;
                    if (!SendItem(subscription, operation, entry.Key, entry.Value, hashed)) return false;
                }
                return true;
            }
            default:
            {
                // This node keeps no trie-node merkle values to answer with; say so instead of answering wrongly.
                subscription.SendOperationEvent(operation, writer =>
                {
                    WriteEventStart(writer, "operationError"u8, operation);
                    writer.WriteString("error"u8, "closestDescendantMerkleValue queries are not supported by this node");
                    writer.WriteEndObject();
                }, final: true);
                return false;
            }
        }
    }

    private static bool SendItem(FollowSubscription subscription, FollowOperation operation, byte[] key, byte[] value, bool hashed)
    {
        byte[] payload = hashed ? Blake2b.Hash256(value).ToArray() : value;
        return subscription.SendOperationEvent(operation, writer =>
        {
            WriteEventStart(writer, "operationStorageItems"u8, operation);
            writer.WritePropertyName("items"u8);
            writer.WriteStartArray();
            writer.WriteStartObject();
            writer.WriteHex("key", key);
            writer.WriteHex(hashed ? "hash" : "value", payload);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }, final: false);
    }
}
