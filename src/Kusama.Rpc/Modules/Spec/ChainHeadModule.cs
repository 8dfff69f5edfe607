using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.Execution;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Scale;

namespace Kusama.Rpc.Modules.Spec;

/// <summary>
/// <c>chainHead_v1_*</c> (sc-rpc-spec-v2's <c>ChainHead</c>): follow the chain with pinned blocks and run header, body,
/// call and storage operations on them, their results arriving as follow events.
/// </summary>
public sealed partial class ChainHeadModule
{
    private readonly BlockTree _tree;
    private readonly RuntimeExecutor _executor;

    public ChainHeadModule(BlockTree tree, RuntimeExecutor executor, ChainHeadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(executor);
        _tree = tree;
        _executor = executor;
        Options = options ?? new ChainHeadOptions();
    }

    public ChainHeadOptions Options { get; }

    /// <summary>The methods, ready to merge into the server's module.</summary>
    public RpcModule CreateModule()
    {
        var module = new RpcModule();
        module.AddSubscription("chainHead_v1_follow", "chainHead_v1_followEvent", "chainHead_v1_unfollow", Follow);
        module.AddMethod("chainHead_v1_header", Header);
        module.AddMethod("chainHead_v1_body", Body);
        module.AddMethod("chainHead_v1_call", Call);
        module.AddMethod("chainHead_v1_storage", Storage);
        module.AddMethod("chainHead_v1_unpin", Unpin);
        module.AddMethod("chainHead_v1_continue", Continue);
        module.AddMethod("chainHead_v1_stopOperation", StopOperation);
        return module;
    }

    private void Follow(RpcParams parameters, RpcSubscriptionSink sink)
    {
        bool withRuntime = parameters.GetBool(0, "withRuntime");
        FollowConnectionState connection = sink.Context.GetOrAddState(static () => new FollowConnectionState());
        var subscription = new FollowSubscription(_tree, _executor, Options, sink, connection, withRuntime);
        if (!connection.TryAdd(subscription, Options.MaxFollowSubscriptionsPerConnection)) throw SpecErrors.FollowLimitReached();
        subscription.Start();
    }

    /// <summary>The SCALE header of a pinned block; null when the subscription is unknown (or stale).</summary>
    private RpcResult Header(RpcParams parameters, RpcContext context)
    {
        string id = parameters.GetString(0, "followSubscription");
        Hash256 hash = parameters.GetHash(1, "hash");
        FollowSubscription? subscription = Find(context, id);
        if (subscription is null) return RpcResult.Null;
        if (!subscription.IsPinned(hash)) throw SpecErrors.InvalidBlockHash();
        Header? header = subscription.GetPinnedHeader(hash);
        return header is null ? RpcResult.Null : RpcResult.Hex(ScaleCodec.Encode(header));
    }

    private RpcResult Body(RpcParams parameters, RpcContext context)
    {
        string id = parameters.GetString(0, "followSubscription");
        Hash256 hash = parameters.GetHash(1, "hash");
        if (!TryStart(context, id, hash, 1, out FollowSubscription? subscription, out FollowOperation? operation, out RpcResult refused))
            return refused;
        RunOperation(context, subscription!, operation!, () =>
        {
            byte[][]? body = _tree.GetBody(hash);
            if (body is null) return Inaccessible(operation!);
            return writer =>
            {
                WriteEventStart(writer, "operationBodyDone"u8, operation!);
                writer.WritePropertyName("value"u8);
                writer.WriteStartArray();
                foreach (byte[] extrinsic in body) writer.WriteHexValue(extrinsic);
                writer.WriteEndArray();
                writer.WriteEndObject();
            };
        });
        return Started(operation!);
    }

    private RpcResult Call(RpcParams parameters, RpcContext context)
    {
        string id = parameters.GetString(0, "followSubscription");
        Hash256 hash = parameters.GetHash(1, "hash");
        string function = parameters.GetString(2, "function");
        byte[] arguments = SpecHex.Parse(parameters.GetString(3, "callParameters"));
        FollowSubscription? found = Find(context, id);
        if (found is null) return LimitReached();
        if (!found.WithRuntime && found.IsPinned(hash)) throw SpecErrors.RuntimeCallWithoutRuntime();
        if (!TryStart(context, id, hash, 1, out FollowSubscription? subscription, out FollowOperation? operation, out RpcResult refused))
            return refused;
        RunOperation(context, subscription!, operation!, () =>
        {
            Header? header = _tree.GetHeader(hash);
            if (header is null) return Inaccessible(operation!);
            byte[] output;
            try
            {
                output = _executor.Call(header.StateRoot, function, arguments);
            }
            catch (Kusama.State.StateDiscardedException)
            {
                return Inaccessible(operation!);
            }
            catch (Exception e) when (e is Kusama.Frame.RuntimeApis.RuntimeApiException or Kusama.Runtime.NativeRuntime.MissingNativeRuntimeException)
            {
                string error = e.Message;
                return writer =>
                {
                    WriteEventStart(writer, "operationError"u8, operation!);
                    writer.WriteString("error"u8, error);
                    writer.WriteEndObject();
                };
            }
            return writer =>
            {
                WriteEventStart(writer, "operationCallDone"u8, operation!);
                writer.WriteHex("output", output);
                writer.WriteEndObject();
            };
        });
        return Started(operation!);
    }

    private RpcResult Unpin(RpcParams parameters, RpcContext context)
    {
        string id = parameters.GetString(0, "followSubscription");
        JsonElement value = parameters.GetElement(1, "hashOrHashes");
        var hashes = new List<Hash256>();
        if (value.ValueKind == JsonValueKind.Array)
        {
            int index = 0;
            foreach (JsonElement item in value.EnumerateArray())
                hashes.Add(RpcParams.ReadHash(item, index++, "hashOrHashes"));
        }
        else
        {
            hashes.Add(RpcParams.ReadHash(value, 1, "hashOrHashes"));
        }
        Find(context, id)?.Unpin(hashes);
        return RpcResult.Null;
    }

    private RpcResult Continue(RpcParams parameters, RpcContext context)
    {
        string id = parameters.GetString(0, "followSubscription");
        string operationId = parameters.GetString(1, "operationId");
        // Storage results are never paused (as in Substrate), so no operation ever waits for a continue.
        if (Find(context, id)?.HasOperation(operationId) == true) throw SpecErrors.ContinueNotWaiting();
        return RpcResult.Null;
    }

    private RpcResult StopOperation(RpcParams parameters, RpcContext context)
    {
        string id = parameters.GetString(0, "followSubscription");
        string operationId = parameters.GetString(1, "operationId");
        Find(context, id)?.StopOperation(operationId);
        return RpcResult.Null;
    }

    private static FollowSubscription? Find(RpcContext context, string id) =>
        context.GetOrAddState(static () => new FollowConnectionState()).Get(id);

    private static bool TryStart(RpcContext context, string id, Hash256 hash, int slots,
        out FollowSubscription? subscription, out FollowOperation? operation, out RpcResult refused)
    {
        operation = null;
        refused = default;
        subscription = Find(context, id);
        // The spec answers limitReached for an unknown or stale subscription.
        if (subscription is null)
        {
            refused = LimitReached();
            return false;
        }
        switch (subscription.TryStartOperation(hash, slots, out operation))
        {
            case OperationStart.Started:
                return true;
            case OperationStart.InvalidBlock:
                throw SpecErrors.InvalidBlockHash();
            default:
                refused = LimitReached();
                return false;
        }
    }

    /// <summary>Runs <paramref name="work"/> off the connection's thread and sends the event it returns as the operation's last.</summary>
    private static void RunOperation(RpcContext context, FollowSubscription subscription, FollowOperation operation, Func<Action<Utf8JsonWriter>> work) =>
        context.AfterResponse(() => _ = Task.Run(() =>
        {
            if (operation.Stopped.IsCancellationRequested) return;
            try
            {
                Action<Utf8JsonWriter> writeEvent = work();
                subscription.SendOperationEvent(operation, writeEvent, final: true);
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
        }));

    private static Action<Utf8JsonWriter> Inaccessible(FollowOperation operation) => writer =>
    {
        WriteEventStart(writer, "operationInaccessible"u8, operation);
        writer.WriteEndObject();
    };

    private static void WriteEventStart(Utf8JsonWriter writer, ReadOnlySpan<byte> name, FollowOperation operation)
    {
        writer.WriteStartObject();
        writer.WriteString("event"u8, name);
        writer.WriteString("operationId"u8, operation.Id);
    }

    private static RpcResult Started(FollowOperation operation) => RpcResult.Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("result"u8, "started"u8);
        writer.WriteString("operationId"u8, operation.Id);
        writer.WriteEndObject();
    });

    private static RpcResult LimitReached() => RpcResult.Json(static writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("result"u8, "limitReached"u8);
        writer.WriteEndObject();
    });
}
